import type { DataSource, EntityManager } from "typeorm";
import { CrossMunicipality } from "./cross-municipality.js";

/** A transaction bound to one municipality: every query of a service runs through one of these. */
export interface Tx {
  em: EntityManager;
  municipalityId: string;
}

/**
 * The one way services reach PostgreSQL. Each unit of work is a transaction that knows the caller's
 * municipality and sets `app.municipality_id` for it; row-level security (forced, on every table of
 * municipal data) then shows and accepts only that municipality's rows, whatever a statement asks.
 */
export class Database {
  /** The reviewed lookups across municipalities (ids only), for work that comes before a municipality is known. */
  readonly across: CrossMunicipality;

  constructor(readonly dataSource: DataSource) {
    this.across = new CrossMunicipality(dataSource);
  }

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
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that is not a UUID cannot name anything: callers answer NOT_FOUND rather than a SQL error. */
export const isUuid = (id: string): boolean => UUID.test(id);
