import { notFound } from "../errors.js";
import { asIs, type Command } from "../pipeline/command.js";
import { endSession, sessionsStore, type SessionRow } from "./sessions.store.js";

type Nothing = Record<string, never>;

/**
 * Ends the session the caller authenticated with: its token and cookie are refused from the commit
 * on, and its open sockets close (see `endSession`). Anyone may end their own login; it is on no
 * agreement, so it locks the session row instead.
 */
export const logout: Command<Nothing, SessionRow, Nothing, boolean> = {
  name: "logout",
  async load({ tx, actor }) {
    const session = actor.session ? await sessionsStore.find(tx, actor.session.id, actor.userId, { lock: true }) : null;
    if (!session) throw notFound("Sessionen");
    return session;
  },
  policy: { allows: (actor, session) => session.userId === actor.userId, refusal: "Du kan bara logga ut dig själv" },
  lifecycle: { refusal: "" }, // no states, no check: a live session can always end
  validate: asIs,
  // A second logout that raced the first (both authenticated before either committed) has nothing left to end.
  unchanged: (session) => (session.revoked ? true : null),
  async write({ tx }, session) {
    await endSession(tx, session.id);
    return { result: true };
  },
};
