import { topic } from "../events/event-types.js";

/**
 * Some of a user's sessions ended (logout; later a password change or deactivation); the signal's id
 * is the user's. It names no session: every process re-reads the state of the sessions its sockets
 * of that user hold, which also covers signals lost while the bus reconnected.
 */
export const SessionTopic = topic("session");
