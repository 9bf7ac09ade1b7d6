import type { Tx } from "../db/database.js";
import { topic } from "../events/event-types.js";

/**
 * Some of a user's sessions ended (logout; later a password change or deactivation); the signal's id
 * is the user's. It names no session: every process re-reads the state of the sessions its sockets
 * of that user hold, which also covers signals lost while the bus reconnected.
 */
export const SessionTopic = topic("session");

/**
 * A user's roles changed (or they were reactivated); the signal's id is the user's. A socket
 * authenticates once, at connect, with the roles of that moment, so every process closes that user's
 * sockets with a code clients retry (`ROLES_CHANGED`): they reconnect at once, with the new roles, and
 * every subscription is authorized anew.
 */
export const RolesTopic = topic("roles");

/**
 * A user's row or roles changed, by any statement: triggers on app_user and role_assignment send it
 * at commit (migration 1764000031000), so no code path can forget it. The id is the user's. Every
 * process drops what it keeps of that user (`ActorCache`); sockets stay open (see `RolesTopic`).
 */
export const AccountTopic = topic("account");

/**
 * Notes that `tx` changes the user's row or roles. The trigger sends the signal to every process; this
 * lets the one that commits drop its cache at once (`Tx.signals`), so the caller's next request reads
 * what they just wrote.
 */
export function noteAccountChange(tx: Tx, userId: string): void {
  tx.signals.push(AccountTopic.signal(tx.municipalityId, userId));
}
