import { createHmac } from "node:crypto";
import { isIPv6 } from "node:net";
import type pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { BatchedBudget } from "./batched-budget.js";
import { rateLimited } from "../errors.js";
import type { Budget } from "./rate-limits.js";

/** Created by a migration (1764000009000), so the app needs no right to create tables. */
const TABLE = "rate_limit";
/** Expired rows are swept this often; a row is kept an hour past its expiry, for processes whose clocks lag. */
const SWEEP_EVERY_MS = 5 * 60_000;
const SWEEP_GRACE_MS = 60 * 60_000;

interface Counter {
  consume(key: string, points?: number): Promise<RateLimiterRes>;
}

/**
 * One budget. `consume` counts and checks in one step — in PostgreSQL one `INSERT … ON CONFLICT DO
 * UPDATE … RETURNING` — so parallel requests cannot all pass a check that each saw before the others
 * counted. It throws RATE_LIMITED with the seconds until the window ends.
 */
export class Limiter {
  constructor(
    private readonly counter: Counter & Partial<Pick<RateLimiterMemory, "reward" | "delete">>,
    private readonly keyOf: (id: string) => string,
  ) {}

  async consume(id: string): Promise<void> {
    try {
      await this.counter.consume(this.keyOf(id));
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw rateLimited(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw rejection;
    }
  }

  /** Gives back one point that `consume` took, for an attempt that turned out not to count. */
  async refund(id: string): Promise<void> {
    await this.counter.reward!(this.keyOf(id), 1);
  }

  /** Forgets everything counted for `id`. */
  async forget(id: string): Promise<void> {
    await this.counter.delete!(this.keyOf(id));
  }
}

/**
 * Makes limiters. Shared ones count in the `rate_limit` table, through the data source's pool, so every
 * server process on the database counts the same requests; they are only ever consumed outside a
 * transaction, so they never wait for a connection while holding one. A row holds a limiter's name, a
 * keyed hash of the limited identity (an e-mail address, an IP address, a user id — never the value
 * itself, so the table is no list of who tried to log in from where), a count and an expiry.
 * Expiries are the processes' clocks (rate-limiter-flexible's), which are assumed to agree within seconds.
 *
 * Local ones count in the process's memory: for traffic too frequent for a database round trip each
 * (co-editing) or that lives in one process anyway (a socket's subscriptions).
 */
export class RateLimiterStore {
  private readonly sweeper: NodeJS.Timeout;
  private readonly batched: BatchedBudget[] = [];

  constructor(
    private readonly pool: pg.Pool,
    /** The token secret: only the servers can tell which identity a row counts. */
    private readonly secret: string,
  ) {
    // One sweep per process; the library's own timers would run one per limiter and outlive `close`.
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_EVERY_MS).unref();
  }

  shared(name: string, budget: Budget): Limiter {
    return new Limiter(this.postgres(name, budget), (id) => this.hash(id));
  }

  /** A shared budget per IP address, counted as `addressKey` says. */
  sharedPerAddress(name: string, budget: Budget): Limiter {
    return new Limiter(this.postgres(name, budget), (ip) => this.hash(addressKey(ip)));
  }

  /**
   * A shared budget with a reserve: `burst` is spent only once `budget` is, and its window is its own.
   * Counted in memory first and added to the table every 100 ms (`BatchedBudget`): for the mutations,
   * which would otherwise cost every mutation a statement of its own. Consume only.
   */
  sharedWithBurst(name: string, budget: Budget, burst: Budget): Limiter {
    const counter = new BatchedBudget(this.pool, name, budget, burst);
    this.batched.push(counter);
    return new Limiter(counter, (id) => this.hash(id));
  }

  local(name: string, budget: Budget): Limiter {
    return new Limiter(new RateLimiterMemory({ keyPrefix: name, points: budget.points, duration: budget.durationSeconds }), (id) => id);
  }

  /** Deletes rows long expired (anyone's: the table holds only short-lived counts). */
  async sweep(): Promise<void> {
    await this.pool.query(`DELETE FROM ${TABLE} WHERE expire < $1`, [Date.now() - SWEEP_GRACE_MS]).catch((error: Error) => {
      console.error(`[rate-limit] sweep failed: ${error.message}`);
    });
  }

  /** Stops the sweeper, and adds what the batched budgets counted since their last flush. */
  async close(): Promise<void> {
    clearInterval(this.sweeper);
    await Promise.all(this.batched.map((counter) => counter.close()));
  }

  private postgres(name: string, budget: Budget): RateLimiterPostgres {
    return new RateLimiterPostgres({
      storeClient: this.pool,
      storeType: "pool",
      tableName: TABLE,
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: name,
      points: budget.points,
      duration: budget.durationSeconds,
    });
  }

  private hash(id: string): string {
    return createHmac("sha256", this.secret).update(`rate-limit\n${id}`).digest("base64url");
  }
}

/**
 * What an address is counted as: an IPv4 address (also when it reaches us IPv4-mapped), or an IPv6
 * address's /64, which one subscriber normally holds whole — else every address in it would get a
 * fresh budget.
 */
export function addressKey(ip: string): string {
  const address = ip.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head, tail] = address.includes("::") ? address.split("::") : [address, undefined];
  const groups = (part: string | undefined) => (part ? part.split(":").flatMap((g) => (g.includes(".") ? ["0", "0"] : [g])) : []);
  const before = groups(head);
  const after = groups(tail);
  const all = tail === undefined ? before : [...before, ...Array<string>(8 - before.length - after.length).fill("0"), ...after];
  return `${all
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}
