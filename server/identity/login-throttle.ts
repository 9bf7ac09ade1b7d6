import { rateLimited } from "../errors.js";

/**
 * Failed logins per email within a sliding window. In memory: each server process counts its own,
 * which bounds guessing per process; a shared limit would need the database.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 5 * 60_000,
  ) {}

  check(email: string, now = Date.now()): void {
    const recent = this.recent(email, now);
    if (recent.length >= this.maxFailures) throw rateLimited(Math.ceil((recent[0] + this.windowMs - now) / 1000));
  }

  recordFailure(email: string, now = Date.now()): void {
    const recent = this.recent(email, now);
    recent.push(now);
    this.failures.set(email, recent);
  }

  recordSuccess(email: string): void {
    this.failures.delete(email);
  }

  private recent(email: string, now: number): number[] {
    return (this.failures.get(email) ?? []).filter((t) => now - t < this.windowMs);
  }
}
