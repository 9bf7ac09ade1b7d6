import { topic } from "../events/event-types.js";

/**
 * Mail was queued: every process's mail worker looks for due mail at once, instead of at its next
 * poll. One id for the whole outbox (`OUTBOX`); the worker finds the municipalities itself.
 */
export const MailTopic = topic("mail");
export const OUTBOX = "outbox";
