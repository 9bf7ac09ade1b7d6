import type { Tx } from "../db/database.js";
import { agreementScope, inMunicipalityOf, type Context } from "./context.js";

/** Loads many keys at once; a key it leaves out has no value. */
export type LoadMany<V> = (keys: string[]) => Promise<Map<string, V>>;

interface Batch<V> {
  loaded: Map<string, Promise<V | undefined>>;
  waiting: Map<string, { resolve: (value: V | undefined) => void; reject: (error: unknown) => void }>;
}

const batches = new WeakMap<Context, Map<string, Batch<unknown>>>();

/** What the operation loaded so far is forgotten: a command changed data (`runCommand`). */
export function forgetBatches(ctx: Context): void {
  batches.delete(ctx);
}

/**
 * The value of `key` among every key of `kind` that the operation's resolvers ask for in the same
 * turn: the rows of a list (events, comments, positions) resolve their fields one after the other
 * without waiting, so their keys are collected and `loadMany` reads them in one statement, once per
 * operation (as DataLoader batches: after the current promise jobs, on the next tick). `kind` names
 * what is loaded and where (the municipality), since two kinds must never share a batch.
 */
export function loadInBatch<V>(ctx: Context, kind: string, key: string, loadMany: LoadMany<V>): Promise<V | undefined> {
  let ofContext = batches.get(ctx);
  if (!ofContext) batches.set(ctx, (ofContext = new Map()));
  let batch = ofContext.get(kind) as Batch<V> | undefined;
  if (!batch) ofContext.set(kind, (batch = { loaded: new Map(), waiting: new Map() }));
  const known = batch.loaded.get(key);
  if (known) return known;
  const pending = new Promise<V | undefined>((resolve, reject) => batch.waiting.set(key, { resolve, reject }));
  batch.loaded.set(key, pending);
  if (batch.waiting.size === 1) void Promise.resolve().then(() => process.nextTick(() => flush(batch, loadMany)));
  return pending;
}

/**
 * Values of `kind` a read of something else brought along (a comment's author, joined to the comment):
 * a later `loadInBatch` of those keys gets them without a statement. A key already loaded or asked for
 * keeps what it has.
 */
export function knownInBatch<V>(ctx: Context, kind: string, values: ReadonlyMap<string, V>): void {
  let ofContext = batches.get(ctx);
  if (!ofContext) batches.set(ctx, (ofContext = new Map()));
  let batch = ofContext.get(kind) as Batch<V> | undefined;
  if (!batch) ofContext.set(kind, (batch = { loaded: new Map(), waiting: new Map() }));
  for (const [key, value] of values) if (!batch.loaded.has(key)) batch.loaded.set(key, Promise.resolve(value));
}

async function flush<V>(batch: Batch<V>, loadMany: LoadMany<V>): Promise<void> {
  const waiting = batch.waiting;
  batch.waiting = new Map();
  try {
    const values = await loadMany([...waiting.keys()]);
    for (const [key, { resolve }] of waiting) resolve(values.get(key));
  } catch (error) {
    // A failed read is not kept: a later field asks again.
    for (const [key, { reject }] of waiting) {
      batch.loaded.delete(key);
      reject(error);
    }
  }
}

/**
 * A value of each agreement of a list (an Agreement field), read for every agreement the operation's
 * resolvers ask for in the same turn by one `loadMany` in the agreements' scope (`agreementScope`): the
 * public records list every signed agreement with their versions, balances and follow-up.
 */
export function perAgreement<V>(
  ctx: Context,
  kind: string,
  agreement: { id: string; municipalityId: string; status: string },
  loadMany: (tx: Tx, agreementIds: string[]) => Promise<Map<string, V>>,
): Promise<V | undefined> {
  const municipalityId = agreementScope(ctx, agreement);
  return loadInBatch(ctx, `${kind}:${municipalityId}`, agreement.id, (ids) =>
    inMunicipalityOf(ctx, municipalityId, (tx) => loadMany(tx, ids)),
  );
}
