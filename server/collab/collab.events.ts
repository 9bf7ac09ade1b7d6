import { topic } from "../events/event-types.js";

/**
 * A section's update log grew (`seq`), written by server `node`. It carries the commit's updates
 * (`[base64, origin]`, the last one at `seq`) when they fit in a notification; otherwise, or after a
 * gap, listeners read what they lack from the log.
 */
export const SectionTopic = topic<{ seq: number; node: string; updates: Array<[string, string | null]> | null }>("section");
/** Who is in an agreement changed; the signal's id is the agreement's. */
export const PresenceTopic = topic("presence");
