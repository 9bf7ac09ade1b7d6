import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * - Versions of a municipality's section template and of its settings (queue days, password login,
 *   result requirements), so that two administrators editing the same page at once do not silently
 *   overwrite each other: a change made against a stale version is refused with CONFLICT.
 * - The administration log's order: rows written in one transaction share their `at`, so the log is
 *   read newest first by `seq`, the order they were appended in.
 */
export class AdministrationVersions1764000013000 implements MigrationInterface {
  name = "AdministrationVersions1764000013000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE municipality
        ADD COLUMN template_version int NOT NULL DEFAULT 1,
        ADD COLUMN settings_version int NOT NULL DEFAULT 1;
      ALTER TABLE admin_audit ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
      CREATE INDEX admin_audit_seq ON admin_audit (municipality_id, seq DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX admin_audit_seq;
      ALTER TABLE admin_audit DROP COLUMN seq;
      ALTER TABLE municipality DROP COLUMN template_version, DROP COLUMN settings_version;
    `);
  }
}
