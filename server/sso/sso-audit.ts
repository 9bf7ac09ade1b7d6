import type { Tx } from "../db/database.js";

/** One administrative change of single sign-on or of a user it signed in, for `admin_audit`. */
export interface SsoAuditEntry {
  /** Null for no one of the municipality (an operator). */
  actorId: string | null;
  action: string;
  targetType: "oidc_config" | "user";
  targetId: string | null;
  /** In Swedish, for the audit log's reader. */
  summary: string;
  /** Never a secret: callers pass presented settings (`hasClientSecret`), not stored ones. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Appends to the administrative record (who, what, when, before and after) in the change's own
 * transaction. A narrow writer of this capability's own; the administration's generic one replaces it.
 */
export async function recordSsoChange(tx: Tx, entry: SsoAuditEntry): Promise<void> {
  await tx.em.query(
    `INSERT INTO admin_audit (municipality_id, actor_id, action, target_type, target_id, summary, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      tx.municipalityId,
      entry.actorId,
      entry.action,
      entry.targetType,
      entry.targetId,
      entry.summary,
      entry.before && JSON.stringify(entry.before),
      entry.after && JSON.stringify(entry.after),
    ],
  );
}
