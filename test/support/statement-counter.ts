import type pg from "pg";
import type { DataSource } from "typeorm";

/**
 * Counts the statements (round trips: one `query` call of a pooled client) a server sends through its
 * data source's pool, so a test can see how many one operation costs. Every client the pool hands out
 * is wrapped once, on its first checkout; the LISTEN connection of the bus is not pooled and not counted.
 */
export interface StatementCounter {
  /** Statements sent since the counter was made. */
  readonly count: number;
  /** The statements' texts since `reset`, for a failure message. */
  readonly texts: readonly string[];
  reset(): void;
}

const WRAPPED = Symbol("statement-counter");

export function countStatements(dataSource: DataSource): StatementCounter {
  const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
  let count = 0;
  let texts: string[] = [];
  const onAcquire = (client: pg.PoolClient & { [WRAPPED]?: true }) => {
    if (client[WRAPPED]) return;
    client[WRAPPED] = true;
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      count++;
      const text = typeof args[0] === "string" ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? "");
      texts.push(text.replace(/\s+/g, " ").slice(0, 160));
      return query(...args);
    };
  };
  pool.on("acquire", onAcquire);
  return {
    get count() {
      return count;
    },
    get texts() {
      return texts;
    },
    reset() {
      count = 0;
      texts = [];
    },
  };
}
