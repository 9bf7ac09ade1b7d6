/**
 * Values a live feed read once for every subscriber on the process, whose fields resolve the same for
 * everyone allowed to receive them (an agreement's event: its actor is a user of the same
 * municipality). The transport may answer every subscriber with one execution of a selection on such
 * a value (`graphql/shared-results.ts`); fields that depend on the caller are still resolved per caller.
 */
const marked = new WeakSet<object>();

export function markSameForEveryReader<T extends object>(value: T): T {
  marked.add(value);
  return value;
}

export function isSameForEveryReader(value: unknown): boolean {
  return typeof value === "object" && value !== null && marked.has(value);
}
