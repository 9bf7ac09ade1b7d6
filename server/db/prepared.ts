import type pg from "pg";
import type { Tx } from "./database.js";
import { columnsOf } from "./plain-rows.js";

/**
 * Statements every command sends (the agreement's lock, the event's append, a comment's insert, the
 * balance's guarded version), sent as named prepared statements: PostgreSQL parses and plans each
 * once per connection instead of on every execution, which was about half of its CPU per mutation
 * (an `addComment` straight through pg: 2.35 ms of PostgreSQL CPU per transaction unnamed, 1.39 ms
 * named). Nothing else changes: the statement goes through the same query runner, in the same
 * transaction, with the same parameters and rows.
 *
 * Only fixed texts are registered, by the module that owns them, each under a name of its own: a
 * connection holds at most one prepared statement per registered text (a text built from a varying
 * list would prepare one per variant). A registered text names its columns rather than `*`, so a
 * column a later migration adds does not change the result of a statement a running process has
 * prepared (PostgreSQL refuses that as "cached plan must not change result type").
 */
const names = new Map<string, string>();
const texts = new Map<string, string>();

/** Registers `text` to be sent as the prepared statement `name`; returns `text`. */
export function prepared(name: string, text: string): string {
  const registered = texts.get(name);
  if (registered !== undefined && registered !== text) throw new Error(`Prepared statement ${name} registered with two texts`);
  texts.set(name, text);
  names.set(text, name);
  return text;
}

const NAMED = Symbol("named-statements");
type Client = pg.ClientBase & { [NAMED]?: true };

/**
 * Makes `client` (a pooled connection, once per connection) send the registered texts by name; pg
 * then parses each once on that connection and binds it afterwards.
 */
export function sendPreparedByName(client: Client): void {
  if (client[NAMED]) return;
  client[NAMED] = true;
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const [text, values] = args;
    const name = typeof text === "string" && Array.isArray(values) ? names.get(text) : undefined;
    return name === undefined ? query(...args) : query({ name, text, values });
  };
}

/**
 * A registered statement that reads whole rows of `entity`: `build` gets its select list (`columnsOf`,
 * every column TypeORM's own read of the entity selects; rows become entities with `entityOf`), and the
 * text is built and registered at the first use, once the entities' metadata is known.
 */
export function entityStatement<T>(
  name: string,
  entity: new () => T,
  alias: string,
  build: (columns: string) => string,
): (tx: Tx) => string {
  let text: string | undefined;
  return (tx) => (text ??= prepared(name, build(columnsOf(tx.em, entity, alias))));
}
