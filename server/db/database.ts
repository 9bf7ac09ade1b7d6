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

  inMunicipality<T>(municipalityId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      await em.query("SELECT set_config('app.municipality_id', $1, true)", [municipalityId]);
      return work({ em, municipalityId });
    });
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
