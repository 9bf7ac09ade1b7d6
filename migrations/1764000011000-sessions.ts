import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Server-side sessions: one row per login, named by the token (`sid`) and the browser's cookie.
 * Authentication refuses a token whose row is revoked or expired, so logging out (and, later, a
 * password change or deactivation) ends a login at once, which a signed token alone cannot.
 * Municipal data, so row-level security like every such table.
 */
export class Sessions1764000011000 implements MigrationInterface {
  name = "Sessions1764000011000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id) ON DELETE CASCADE
      );
      CREATE INDEX session_user_live ON session (municipality_id, user_id) WHERE revoked_at IS NULL;
      ALTER TABLE session ENABLE ROW LEVEL SECURITY;
      ALTER TABLE session FORCE ROW LEVEL SECURITY;
      -- The policy every table of municipal data has (1764000007000-row-level-security).
      CREATE POLICY tenant ON session
        USING (municipality_id = (SELECT current_municipality_id()))
        WITH CHECK (municipality_id = (SELECT current_municipality_id()));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE session");
  }
}
