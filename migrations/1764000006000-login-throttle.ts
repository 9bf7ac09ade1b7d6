import type { MigrationInterface, QueryRunner } from "typeorm";

/** Failed logins, shared by every server process so that the limit holds for the whole installation. */
export class LoginThrottle1764000006000 implements MigrationInterface {
  name = "LoginThrottle1764000006000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_failure (
        email text NOT NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX login_failure_email_at ON login_failure (email, at);
      CREATE INDEX login_failure_at ON login_failure (at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE login_failure");
  }
}
