import type { InstallationTables } from "../db/database.js";
import { rateLimited } from "../errors.js";

/**
 * Failed logins per email within a sliding window, kept in PostgreSQL so every server process counts
 * the same failures. Times are the database's, so the processes' clocks do not matter. The table
 * holds typed e-mails, not municipal data, and is installation-wide by design (no row-level security).
 */
export class LoginThrottle {
  constructor(
    private readonly db: InstallationTables,
    private readonly maxFailures = 10,
    private readonly windowSeconds = 5 * 60,
  ) {}

  /** RATE_LIMITED (with the seconds until the oldest counted failure expires) once the limit is reached. */
  async check(email: string): Promise<void> {
    const [{ failures, retryAfter }] = (await this.db.query(
      `SELECT count(*)::int AS failures,
              ceil(extract(epoch FROM min(at) + make_interval(secs => $2) - clock_timestamp()))::int AS "retryAfter"
         FROM login_failure WHERE email = $1 AND at > clock_timestamp() - make_interval(secs => $2)`,
      [email, this.windowSeconds],
    )) as Array<{ failures: number; retryAfter: number | null }>;
    if (failures >= this.maxFailures) throw rateLimited(Math.max(1, retryAfter ?? 1));
  }

  /** Counts a failure, and forgets failures that have left the window (anyone's: the table stays small). */
  async recordFailure(email: string): Promise<void> {
    await this.db.query(
      `WITH expired AS (DELETE FROM login_failure WHERE at < clock_timestamp() - make_interval(secs => $2))
       INSERT INTO login_failure (email) VALUES ($1)`,
      [email, this.windowSeconds],
    );
  }

  async recordSuccess(email: string): Promise<void> {
    await this.db.query("DELETE FROM login_failure WHERE email = $1", [email]);
  }
}
