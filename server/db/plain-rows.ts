import type { EntityManager } from "typeorm";

/**
 * Entities read by written-out SQL (`tx.em.query`) instead of TypeORM's query builder, on paths read
 * often: the query building and hydration cost about as much server time as the round trip. The select
 * list names each column by its property (as `prefix` + property), and `entityOf` picks those values
 * into an instance. This is what TypeORM's `find` returns for Balans's entities: plain columns only (no
 * relations, embeddeds or transformers, which `select` refuses), parsed by pg as TypeORM leaves them
 * (timestamps as Dates, numerics and bigints as strings, dates as "YYYY-MM-DD", jsonb parsed), and a
 * column TypeORM never selects (a password hash) is left out here too.
 */
type EntityClass<T> = new () => T;

interface Shape {
  /** [database column, property] of every column TypeORM selects. */
  columns: Array<[string, string]>;
  /** The property of its (first) primary column: null there means no row. */
  primary: string;
  /** [row key, property] of every column, per prefix: no key is built per row. */
  keys: Map<string, Array<[string, string]>>;
}

const shapes = new Map<EntityClass<unknown>, Shape>();
const lists = new Map<EntityClass<unknown>, Map<string, string>>();

function shapeOf<T>(em: EntityManager, entity: EntityClass<T>): Shape {
  let shape = shapes.get(entity);
  if (!shape) {
    const metadata = em.connection.getMetadata(entity);
    for (const column of metadata.columns)
      if (column.relationMetadata || column.embeddedMetadata || column.transformer)
        throw new Error(`${metadata.name}.${column.propertyName} is not a plain column`);
    const columns = metadata.columns.filter((c) => c.isSelect).map((c): [string, string] => [c.databaseName, c.propertyName]);
    shapes.set(entity, (shape = { columns, primary: metadata.primaryColumns[0].propertyName, keys: new Map() }));
  }
  return shape;
}

/** `alias."column" AS "<prefix>property", …` for every column of `entity` that TypeORM selects. */
export function columnsOf<T>(em: EntityManager, entity: EntityClass<T>, alias: string, prefix = ""): string {
  let ofEntity = lists.get(entity);
  if (!ofEntity) lists.set(entity, (ofEntity = new Map()));
  const key = `${alias}|${prefix}`;
  let list = ofEntity.get(key);
  if (list === undefined) {
    list = shapeOf(em, entity)
      .columns.map(([column, property]) => `${alias}."${column}" AS "${prefix}${property}"`)
      .join(", ");
    ofEntity.set(key, list);
  }
  return list;
}

/** The entity a row selected with `columnsOf(…, prefix)` holds; null when its key is null (an outer join found none). */
export function entityOf<T>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>, prefix = ""): T | null {
  const shape = shapeOf(em, entity);
  let keys = shape.keys.get(prefix);
  if (!keys) shape.keys.set(prefix, (keys = shape.columns.map(([, property]): [string, string] => [`${prefix}${property}`, property])));
  if (row[`${prefix}${shape.primary}`] === null) return null;
  const value = new entity() as Record<string, unknown>;
  for (const [key, property] of keys) value[property] = row[key];
  return value as T;
}

/** `entityOf` of rows known to hold one each (no outer join). */
export function entitiesOf<T>(em: EntityManager, entity: EntityClass<T>, rows: Array<Record<string, unknown>>, prefix = ""): T[] {
  return rows.map((row) => entityOf(em, entity, row, prefix)!);
}

/**
 * The entities a written-out statement reads: `sql` gets the select list (`columnsOf(…, alias)`), and
 * each row it returns becomes one entity.
 */
export async function selectEntities<T>(
  em: EntityManager,
  entity: EntityClass<T>,
  alias: string,
  sql: (columns: string) => string,
  parameters: unknown[],
): Promise<T[]> {
  const rows = (await em.query(sql(columnsOf(em, entity, alias)), parameters)) as Array<Record<string, unknown>>;
  return entitiesOf(em, entity, rows);
}
