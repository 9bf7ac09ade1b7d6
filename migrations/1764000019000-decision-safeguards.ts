import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Safeguards on decisions (issue 12, items 3 and 4). Every table here already has its forced tenant
 * policy (1764000007000-row-level-security); these are new columns only.
 *
 * - `balance_mark.reason`: why a förvaltningschef marks that the balance holds although it misses the
 *   result requirement (required then; stored with the mark and frozen with the version).
 * - `approval.corrected_by/at`: the secretary's latest correction of the minutes' details (meeting date,
 *   paragraph, remarks); the old and new values are in the agreement's event log.
 * - `dispute.reflected_by/at`: a party confirmed that the section's text reflects the decision.
 */
export class DecisionSafeguards1764000019000 implements MigrationInterface {
  name = "DecisionSafeguards1764000019000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE balance_mark ADD COLUMN reason text;
      ALTER TABLE approval ADD COLUMN corrected_by uuid REFERENCES app_user(id), ADD COLUMN corrected_at timestamptz;
      ALTER TABLE dispute ADD COLUMN reflected_by uuid, ADD COLUMN reflected_at timestamptz,
        ADD FOREIGN KEY (municipality_id, reflected_by) REFERENCES app_user (municipality_id, id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE dispute DROP COLUMN reflected_by, DROP COLUMN reflected_at;
      ALTER TABLE approval DROP COLUMN corrected_by, DROP COLUMN corrected_at;
      ALTER TABLE balance_mark DROP COLUMN reason;
    `);
  }
}
