import type { Tx } from "../db/database.js";
import { isUuid } from "../validation/input.js";

/** A row of the caller's municipality by id; an id that is not a UUID names nothing. */
export const byId = <T>(tx: Tx, entity: new () => T, id: string): Promise<T | null> =>
  isUuid(id) ? (tx.em.findOneBy(entity, { id, municipalityId: tx.municipalityId } as never) as Promise<T | null>) : Promise.resolve(null);
