import type { Tx } from "../db/database.js";
import { notifyAfterCommit } from "../events/event-log.js";
import { SessionTopic } from "./identity.events.js";

/** A session row as authentication and logout read it. */
export interface SessionRow {
  id: string;
  userId: string;
  expiresAt: Date;
  revoked: boolean;
  /** By the database's clock, so the server processes' clocks do not matter. */
  expired: boolean;
}

const COLUMNS = `id, user_id AS "userId", expires_at AS "expiresAt", revoked_at IS NOT NULL AS revoked, expires_at <= now() AS expired`;

/** The `session` table: one row per login, in the user's municipality (row-level security). */
export const sessionsStore = {
  /** A new session of `userId` lasting `ttlSeconds`; the user's sessions that have expired are dropped. */
  async start(tx: Tx, userId: string, ttlSeconds: number): Promise<SessionRow> {
    await tx.em.query("DELETE FROM session WHERE municipality_id = $1 AND user_id = $2 AND expires_at < now()", [
      tx.municipalityId,
      userId,
    ]);
    const [row] = (await tx.em.query(
      `INSERT INTO session (municipality_id, user_id, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3)) RETURNING ${COLUMNS}`,
      [tx.municipalityId, userId, ttlSeconds],
    )) as SessionRow[];
    return row;
  },

  /** The session `id` of `userId`, or null when there is none (another user's, or dropped). */
  async find(tx: Tx, id: string, userId: string, options: { lock?: boolean } = {}): Promise<SessionRow | null> {
    const [row] = (await tx.em.query(
      `SELECT ${COLUMNS} FROM session WHERE id = $1 AND user_id = $2 AND municipality_id = $3${options.lock ? " FOR UPDATE" : ""}`,
      [id, userId, tx.municipalityId],
    )) as SessionRow[];
    return row ?? null;
  },
};

/**
 * Ends one session, in the caller's transaction: its token and cookie are refused from the commit on,
 * and every server process closes the sockets that authenticated with it. The bus signal is sent here,
 * with the revocation, so that no caller can end a session and forget to tell the open sockets.
 * Returns whether it was still live.
 */
export async function endSession(tx: Tx, sessionId: string): Promise<boolean> {
  // An UPDATE answers [rows, count] through TypeORM.
  const [rows] = (await tx.em.query(
    `UPDATE session SET revoked_at = now() WHERE id = $1 AND municipality_id = $2 AND revoked_at IS NULL RETURNING user_id AS "userId"`,
    [sessionId, tx.municipalityId],
  )) as [Array<{ userId: string }>, number];
  for (const { userId } of rows) await notifyAfterCommit(tx, SessionTopic.signal(tx.municipalityId, userId));
  return rows.length > 0;
}

/**
 * Ends every live session of a user (deactivation), or all but `except` (a password change keeps the
 * session it was made in), as `endSession` does. Returns how many were live.
 */
export async function endSessions(tx: Tx, userId: string, options: { except?: string } = {}): Promise<number> {
  const [rows] = (await tx.em.query(
    `UPDATE session SET revoked_at = now()
      WHERE municipality_id = $1 AND user_id = $2 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)
      RETURNING id`,
    [tx.municipalityId, userId, options.except ?? null],
  )) as [Array<{ id: string }>, number];
  if (rows.length > 0) await notifyAfterCommit(tx, SessionTopic.signal(tx.municipalityId, userId));
  return rows.length;
}
