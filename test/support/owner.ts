import type { DataSource } from "typeorm";
import { inject } from "vitest";
import { openDataSource } from "../../server/db/data-source.js";

let owner: Promise<DataSource> | undefined;

/** The schema owner's connection, one per test file: seeding and fixtures, never a server under test. */
export function ownerDataSource(): Promise<DataSource> {
  owner ??= openDataSource(inject("ownerDatabaseUrl"), { poolSize: 2 });
  return owner;
}

/**
 * A statement behind the servers' backs (a status set directly, a row aged), as the owner in one
 * municipality's transaction: row-level security is forced, so the owner too sees and changes only
 * the rows of the municipality named here, and an unscoped statement would silently touch nothing.
 */
export async function asOwner<T = Record<string, any>>(municipalityId: string, sql: string, parameters: unknown[] = []): Promise<T[]> {
  return inScope<T>(await ownerDataSource(), municipalityId, sql, parameters);
}

/** `sql` on `dataSource` in one municipality's transaction (a scratch database's owner, say), as `asOwner` does. */
export async function inScope<T = Record<string, any>>(
  dataSource: DataSource,
  municipalityId: string,
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  return dataSource.transaction(async (em) => {
    await em.query("SELECT set_config('app.municipality_id', $1, true)", [municipalityId]);
    // The structured result: rows alike for SELECT and for UPDATE/DELETE … RETURNING.
    return (await em.queryRunner!.query(sql, parameters, true)).records as T[];
  });
}
