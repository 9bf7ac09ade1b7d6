/**
 * The catalog facts that decide whether the schema can be distributed by `municipality_id` on Citus
 * with every municipality's rows co-located: each unique key (primary key, UNIQUE constraint, unique
 * index, exclusion constraint) of a municipal table contains `municipality_id`, and each foreign key
 * between municipal tables pairs `municipality_id` with `municipality_id`. A municipal table is one
 * with a `municipality_id` column. Tables kept whole on every node (reference tables) are exempt only
 * for the keys named for them.
 */
export interface ReferenceTable {
  why: string;
  /** The keys that span municipalities, by index or constraint name; every other key follows the rule. */
  crossMunicipalityKeys: string[];
}

export interface Query {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

interface KeyFacts {
  table: string;
  name: string;
  definition: string;
  hasMunicipality: boolean;
}

interface ForeignKeyFacts {
  table: string;
  name: string;
  definition: string;
  target: string;
  paired: boolean;
}

const MUNICIPAL = (relation: string) =>
  `EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = ${relation} AND a.attname = 'municipality_id' AND NOT a.attisdropped)`;
const MUNICIPALITY_ATTNUM = (relation: string) =>
  `(SELECT a.attnum FROM pg_attribute a WHERE a.attrelid = ${relation} AND a.attname = 'municipality_id' AND NOT a.attisdropped)`;

export async function tablesWithoutMunicipality(db: Query): Promise<string[]> {
  const rows = (await db.query(`
    SELECT c.relname AS table FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT ${MUNICIPAL("c.oid")} ORDER BY 1`)) as Array<{
    table: string;
  }>;
  return rows.map((r) => r.table);
}

/** Every unique index (those behind primary keys and UNIQUE constraints too) and exclusion constraint of a municipal table. */
export async function uniqueKeys(db: Query): Promise<KeyFacts[]> {
  return (await db.query(`
    SELECT c.relname AS table, i.relname AS name, pg_get_indexdef(i.oid) AS definition,
           ${MUNICIPALITY_ATTNUM("c.oid")} = ANY ((x.indkey::int2[])[0:x.indnkeyatts - 1]) AS "hasMunicipality"
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
     WHERE c.relnamespace = 'public'::regnamespace AND ${MUNICIPAL("c.oid")}
       AND (x.indisunique OR EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype = 'x'))
     ORDER BY 1, 2`)) as KeyFacts[];
}

/** Every foreign key that starts or ends at a municipal table, and whether it pairs municipality_id with municipality_id. */
export async function foreignKeys(db: Query): Promise<ForeignKeyFacts[]> {
  return (await db.query(`
    SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition, t.relname AS target,
           EXISTS (SELECT FROM unnest(k.conkey, k.confkey) AS p(own, other)
                    WHERE p.own = ${MUNICIPALITY_ATTNUM("c.oid")} AND p.other = ${MUNICIPALITY_ATTNUM("t.oid")}) AS paired
      FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid
     WHERE k.contype = 'f' AND c.relnamespace = 'public'::regnamespace AND (${MUNICIPAL("c.oid")} OR ${MUNICIPAL("t.oid")})
     ORDER BY 1, 2`)) as ForeignKeyFacts[];
}

/**
 * What keeps the schema from being distributed by municipality_id, as readable lines (empty when
 * nothing does). `notMunicipal` are the tables without a municipality_id (replicated or local as a
 * whole); `reference` the municipal tables replicated whole, with the keys that need it.
 */
export async function distributionProblems(
  db: Query,
  notMunicipal: Record<string, string>,
  reference: Record<string, ReferenceTable>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const table of await tablesWithoutMunicipality(db))
    if (!(table in notMunicipal)) problems.push(`${table}: no municipality_id, and not named as a table outside the municipalities`);
  const exempt = (table: string, name: string) => reference[table]?.crossMunicipalityKeys.includes(name) ?? false;
  for (const key of await uniqueKeys(db))
    if (!key.hasMunicipality && !exempt(key.table, key.name))
      problems.push(`${key.table}: ${key.name} lacks municipality_id: ${key.definition}`);
  for (const fk of await foreignKeys(db)) {
    const targetIsMunicipal = !(fk.target in notMunicipal);
    const sourceIsMunicipal = !(fk.table in notMunicipal);
    if (!sourceIsMunicipal) problems.push(`${fk.table}: ${fk.name} refers from outside the municipalities to ${fk.target}`);
    else if (targetIsMunicipal && !fk.paired) problems.push(`${fk.table}: ${fk.name} does not pair municipality_id: ${fk.definition}`);
    // Citus refuses a foreign key from a reference table to a distributed one.
    else if (fk.table in reference && targetIsMunicipal && !(fk.target in reference))
      problems.push(`${fk.table}: ${fk.name} refers from a reference table to the distributed ${fk.target}`);
  }
  return problems;
}
