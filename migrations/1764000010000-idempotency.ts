import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Idempotency keys: a mutation sent again with the same key is done once. The key is reserved in the
 * command's own transaction (so it commits with the change, or not at all) and the first answer is
 * kept beside it. Municipal data, so row-level security like every such table.
 */
export class Idempotency1764000010000 implements MigrationInterface {
  name = "Idempotency1764000010000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_key (
        municipality_id uuid NOT NULL,
        user_id uuid NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (municipality_id, user_id, key),
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id) ON DELETE CASCADE
      );
      CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
      ALTER TABLE idempotency_key ENABLE ROW LEVEL SECURITY;
      ALTER TABLE idempotency_key FORCE ROW LEVEL SECURITY;
      -- The policy every table of municipal data has (1764000007000-row-level-security).
      CREATE POLICY tenant ON idempotency_key
        USING (municipality_id = (SELECT current_municipality_id()))
        WITH CHECK (municipality_id = (SELECT current_municipality_id()));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE idempotency_key");
  }
}
