import type pg from "pg";
import { RateLimiterRes } from "rate-limiter-flexible";
import { logger } from "../logging.js";
import type { Budget } from "./rate-limits.js";

/** How often each process adds what it counted to the table, and learns what the others added. */
export const FLUSH_EVERY_MS = 100;

/** One key's count as this process knows it: the table's total at the last exchange, and its own since. */
interface Count {
  key: string;
  limit: number;
  durationMs: number;
  /** The window's end (the table's, by the clock of the process that opened it). */
  expire: number;
  /** The table's count at the last exchange, this process's included. */
  stored: number;
  /** Counted here since, not yet in the table. */
  pending: number;
  /** The first exchange of a window, which every consume of the key waits for. */
  opening?: Promise<void>;
}

/**
 * A budget with a reserve (`budget`, then `burst` once it is spent, each with its own window), shared
 * by every server process through the `rate_limit` table like `RateLimiterPostgres` (same rows, same
 * keys: `<name>:<key>`, `<name>-burst:<key>`), but counted in memory first: a consume that fits what the
 * process knows needs no statement, and every FLUSH_EVERY_MS one statement adds all keys' new counts
 * and returns the totals, which include the other processes'. A window's first consume on a process
 * waits for its exchange with the table.
 *
 * So a refusal, or a consume within budget, costs no round trip and holds no connection. What other
 * processes counted is seen within a flush: with P processes a user may exceed a budget by what P − 1
 * of them let through in one interval; counts not yet flushed when a process dies are lost.
 */
export class BatchedBudget {
  private readonly counts = new Map<string, Count>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly name: string,
    private readonly budget: Budget,
    private readonly burst: Budget,
  ) {
    this.timer = setInterval(() => void this.flush(), FLUSH_EVERY_MS).unref();
  }

  /** Resolves when counted; rejects with a `RateLimiterRes` (ms until a point frees) when both are spent. */
  async consume(key: string): Promise<RateLimiterRes> {
    const main = await this.current(`${this.name}:${key}`, this.budget);
    if (this.take(main)) return new RateLimiterRes(main.limit - main.stored - main.pending, main.expire - Date.now());
    const reserve = await this.current(`${this.name}-burst:${key}`, this.burst);
    const now = Date.now();
    if (this.take(reserve)) return new RateLimiterRes(0, Math.min(main.expire, reserve.expire) - now);
    throw new RateLimiterRes(0, Math.max(0, Math.min(main.expire, reserve.expire) - now));
  }

  /** Adds every count not yet in the table; the interval calls it, and `close`. */
  async flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    const now = Date.now();
    const due: Array<[Count, number]> = [];
    for (const count of this.counts.values()) {
      if (count.expire <= now && !count.opening) this.counts.delete(count.key);
      else if (count.pending > 0 && !count.opening) due.push([count, count.pending]);
    }
    if (due.length === 0) return;
    this.flushing = this.exchange(due.map(([count, points]) => ({ count, points })))
      .catch((error: Error) => logger().warn({ err: error }, "rate-limit counts not flushed; retrying"))
      .finally(() => (this.flushing = null));
    return this.flushing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
    await this.flush(); // what was counted while a flush already under way was being sent
  }

  /** The key's count in its current window, opening one (with an exchange) when there is none. */
  private async current(key: string, budget: Budget): Promise<Count> {
    let count = this.counts.get(key);
    if (count && count.expire <= Date.now() && !count.opening) {
      this.counts.delete(key);
      count = undefined;
    }
    if (!count) {
      const opened: Count = {
        key,
        limit: budget.points,
        durationMs: budget.durationSeconds * 1000,
        expire: Infinity,
        stored: 0,
        pending: 0,
      };
      // The opening exchange adds nothing: it learns the total (or starts the window); the caller takes the point.
      opened.opening = this.exchange([{ count: opened, points: 0 }]).then(
        () => void delete opened.opening,
        (error: unknown) => {
          this.counts.delete(key);
          throw error;
        },
      );
      this.counts.set(key, opened);
      count = opened;
    }
    if (count.opening) await count.opening;
    return count;
  }

  /** A point of `count`'s window (`current` just made sure it is open: one that ends meanwhile is no matter). */
  private take(count: Count): boolean {
    if (count.stored + count.pending >= count.limit) return false;
    count.pending++;
    return true;
  }

  /**
   * One statement: adds `points` to each key (a window that ended starts again with them, as
   * `RateLimiterPostgres` does) and returns each key's total and window end.
   */
  private async exchange(batch: Array<{ count: Count; points: number }>): Promise<void> {
    const now = Date.now();
    const { rows } = await this.pool.query<{ key: string; points: number; expire: string }>(
      `INSERT INTO rate_limit (key, points, expire)
       SELECT * FROM unnest($1::varchar[], $2::int[], $3::bigint[])
       ON CONFLICT (key) DO UPDATE SET
         points = CASE WHEN rate_limit.expire <= $4 THEN excluded.points ELSE rate_limit.points + excluded.points END,
         expire = CASE WHEN rate_limit.expire <= $4 THEN excluded.expire ELSE rate_limit.expire END
       RETURNING key, points, expire`,
      [batch.map((b) => b.count.key), batch.map((b) => b.points), batch.map((b) => now + b.count.durationMs), now],
    );
    const byKey = new Map(rows.map((row) => [row.key, row]));
    for (const { count, points } of batch) {
      const row = byKey.get(count.key)!;
      count.pending -= points;
      count.stored = row.points;
      count.expire = Number(row.expire);
    }
  }
}
