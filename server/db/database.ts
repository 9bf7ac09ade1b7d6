import type { DataSource, EntityManager } from "typeorm";

/** A transaction bound to one municipality: every query of a service runs through one of these. */
export interface Tx {
  em: EntityManager;
  municipalityId: string;
}

/**
 * The one way services reach PostgreSQL. Each unit of work is a transaction that knows the caller's
 * municipality and sets `app.municipality_id` for it, so row-level security can be switched on later
 * without touching the services.
 */
export class Database {
  constructor(readonly dataSource: DataSource) {}

  async inMunicipality<T>(municipalityId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    if (!isUuid(municipalityId)) throw new Error(`Not a municipality id: ${municipalityId}`);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // One round trip opens the transaction and scopes it (a checked UUID, so it can be inlined);
      // TypeORM is then told the transaction is open, as its own startTransaction would.
      await runner.query(`START TRANSACTION; SELECT set_config('app.municipality_id', '${municipalityId}', true)`);
      Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
      const result = await work({ em: runner.manager, municipalityId });
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => {});
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Background upkeep that looks across municipalities only to find work, then does it per municipality. */
  maintenance<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return work(this.dataSource.manager);
  }

  /** For the few things that come before a municipality is known: login, and public pages by slug. */
  beforeMunicipality<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that is not a UUID cannot name anything: callers answer NOT_FOUND rather than a SQL error. */
export const isUuid = (id: string): boolean => UUID.test(id);
