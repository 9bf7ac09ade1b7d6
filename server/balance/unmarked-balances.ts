import type { Tx } from "../db/database.js";

/**
 * Agreements whose balance this transaction read without marks (`versionAndMarks`, which commands read
 * under the agreement's row lock) and has not marked since: every write of `balance_mark` is in
 * `balance.store.ts` and runs under that lock, so until this transaction marks it there is none to clear, and
 * clearing them (a consequence of every change of the balance) needs no statement.
 */
const unmarkedBalances = new WeakMap<Tx, Set<string>>();

export function unmarked(tx: Tx): Set<string> {
  let agreements = unmarkedBalances.get(tx);
  if (!agreements) unmarkedBalances.set(tx, (agreements = new Set()));
  return agreements;
}
