import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "../db/database.js";

/** Why a one-time link was made: an invitation to a new user, or a reset of a forgotten password. */
export type PasswordLinkPurpose = "INVITATION" | "RESET";

/** How long a one-time link works (issue 11: 72 hours, and once). */
export const PASSWORD_LINK_TTL_HOURS = 72;

/** The link's path on the client, which asks for the new password and calls `setPassword`. */
export const SET_PASSWORD_PATH = "/losenord";

/** Only the token's hash is stored: whoever reads the database cannot use a link from it. */
export const passwordTokenHash = (token: string): string => createHash("sha256").update(token, "utf8").digest("hex");

/**
 * A new one-time link for `userId`, in the caller's transaction: 32 random bytes, valid 72 hours and
 * usable once. The user's earlier unused links stop working, so only the newest one sent counts.
 * Answers the whole URL, under `publicUrl`.
 */
export async function issuePasswordLink(tx: Tx, userId: string, purpose: PasswordLinkPurpose, publicUrl: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.em.query("DELETE FROM password_token WHERE municipality_id = $1 AND user_id = $2 AND used_at IS NULL", [
    tx.municipalityId,
    userId,
  ]);
  await tx.em.query(
    `INSERT INTO password_token (municipality_id, user_id, token_hash, purpose, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
    [tx.municipalityId, userId, passwordTokenHash(token), purpose, PASSWORD_LINK_TTL_HOURS],
  );
  return `${publicUrl}${SET_PASSWORD_PATH}#${token}`;
}
