import type { TopicSignal } from "../events/event-types.js";
import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import { CrossMunicipality } from "./cross-municipality.js";
import { sendPreparedByName } from "./prepared.js";

/** A transaction bound to one municipality: every query of a service runs through one of these. */
export interface Tx {
  em: EntityManager;
  municipalityId: string;
  /**
   * Bus signals this transaction sends (`notifyAfterCommit`, or a trigger's, noted by the code that
   * fires it). At its commit they go to this process's own cache listeners before the caller has an
   * answer (`CommitListener`), so a caller reads their own writes: the NOTIFY reaches every process,
   * this one too, only moments later.
   */
  readonly signals: TopicSignal[];
}

/** Told the signals of each transaction that committed, right after its COMMIT. */
export type CommitListener = (signals: readonly TopicSignal[]) => void;

/** A transaction of one municipality kept open for several units of work, until `end`. */
export interface HeldTransaction {
  tx: Tx;
  /** Commits (a transaction a failed statement aborted rolls back) and returns the connection; once. */
  end(): Promise<void>;
}

/**
 * The one way services reach PostgreSQL. Each unit of work is a transaction that knows the caller's
 * municipality and sets `app.municipality_id` for it; row-level security (forced, on every table of
 * municipal data) then shows and accepts only that municipality's rows, whatever a statement asks.
 */
export class Database {
  /** The reviewed lookups across municipalities (ids only), for work that comes before a municipality is known. */
  readonly across: CrossMunicipality;
  /** Connections held by `hold` now, and at most: half the pool, so work that holds none always finds one. */
  private held = 0;
  private readonly maxHeld: number;

  constructor(
    readonly dataSource: DataSource,
    private readonly committed: CommitListener = () => {},
  ) {
    this.across = new CrossMunicipality(dataSource);
    const poolSize = (dataSource.options.extra as { max?: number } | undefined)?.max ?? 10;
    this.maxHeld = Math.floor(poolSize / 2);
  }

  async inMunicipality<T>(municipalityId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    const runner = await this.begin(municipalityId);
    try {
      const tx: Tx = { em: runner.manager, municipalityId, signals: [] };
      const result = await work(tx);
      await runner.commitTransaction();
      if (tx.signals.length > 0) this.committed(tx.signals);
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => {});
      throw error;
    } finally {
      await runner.release();
    }
  }

  /**
   * A transaction of `municipalityId` that stays open until its holder ends it, for reads that share
   * it; null when half the pool is already held that way (the caller then opens one per unit of work).
   */
  hold(municipalityId: string): Promise<HeldTransaction> | null {
    if (this.held >= this.maxHeld) return null;
    this.held++;
    const opening = this.begin(municipalityId).then(
      // Reads only: a command ends it before writing, so it sends no signals.
      (runner) => ({ tx: { em: runner.manager, municipalityId, signals: [] }, end: endOnce(queueStatements(runner), () => this.held--) }),
      (error: unknown) => {
        this.held--;
        throw error;
      },
    );
    return opening;
  }

  private async begin(municipalityId: string): Promise<QueryRunner> {
    if (!isUuid(municipalityId)) throw new Error(`Not a municipality id: ${municipalityId}`);
    const runner = this.dataSource.createQueryRunner();
    sendPreparedByName(await runner.connect());
    try {
      // One round trip opens the transaction and scopes it (a checked UUID, so it can be inlined);
      // TypeORM is then told the transaction is open, as its own startTransaction would.
      await runner.query(`START TRANSACTION; SELECT set_config('app.municipality_id', '${municipalityId}', true)`);
    } catch (error) {
      await runner.release();
      throw error;
    }
    Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
    return runner;
  }
}

/**
 * The reads that share a held transaction send their statements at the same time; one connection
 * runs one at a time, so each waits for the one before (pg's own queue for that is deprecated).
 * Returns what ends it: after the statements already sent, and refusing any sent later (a field of
 * an operation that failed may still be running), so nothing runs outside the transaction.
 */
function queueStatements(runner: QueryRunner): () => Promise<void> {
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let last: Promise<unknown> = Promise.resolve();
  let accepting = true;
  const queued = (...args: unknown[]) => {
    if (!accepting) return Promise.reject(new Error("The operation's read transaction has ended"));
    const next = last.then(() => query(...args));
    last = next.catch(() => {});
    return next;
  };
  runner.query = queued as QueryRunner["query"];
  return async () => {
    accepting = false;
    await last;
    runner.query = query as QueryRunner["query"];
    // COMMIT rolls back a transaction that a failed statement aborted.
    await runner.commitTransaction().catch(() => runner.rollbackTransaction().catch(() => {}));
    await runner.release().catch(() => {});
  };
}

/** `end` run once, however often it is called; `after` when it is done. */
function endOnce(end: () => Promise<void>, after: () => void): () => Promise<void> {
  let ending: Promise<void> | undefined;
  return () => (ending ??= end().finally(after));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that is not a UUID cannot name anything: callers answer NOT_FOUND rather than a SQL error. */
export const isUuid = (id: string): boolean => UUID.test(id);
