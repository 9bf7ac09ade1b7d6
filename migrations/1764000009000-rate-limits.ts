import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The counts of the rate limits (server/pipeline/rate-limiter.ts), shared by every server process.
 * The table is rate-limiter-flexible's PostgreSQL store's, created here rather than by the library at
 * run time, so the app needs no right to create tables. A row is one limiter's key — its name and a
 * keyed hash of who is counted, no municipal data — with a count and an expiry (epoch milliseconds).
 * It replaces `login_failure`, whose check and count were two statements.
 */
export class RateLimits1764000009000 implements MigrationInterface {
  name = "RateLimits1764000009000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      );
      CREATE INDEX rate_limit_expire ON rate_limit (expire);
      DROP TABLE login_failure;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_failure (
        email text NOT NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX login_failure_email_at ON login_failure (email, at);
      CREATE INDEX login_failure_at ON login_failure (at);
      DROP TABLE rate_limit;
    `);
  }
}
