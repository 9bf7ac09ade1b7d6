/**
 * One performance target of `npm run bench`, as the issue states it: a figure measured through the
 * public contract, compared with a floor measured in the same run (absolute times vary by a third
 * between runs on this machine; ratios do not), or with a fixed budget where there is no floor (sizes,
 * start-up seconds).
 */
export interface Figure {
  /** What was measured, e.g. "p99 delivery to 500 subscribers". */
  label: string;
  value: number;
  unit: string;
}

export interface TargetResult {
  /** Stable id, e.g. "fan-out-500-p99"; the results file keys on it. */
  id: string;
  /** The target in words, e.g. "One event to 500 subscribers: p99 ≤ 3× raw ws fan-out". */
  title: string;
  measured: Figure;
  /** The floor it is compared with; null for a fixed budget. */
  floor: Figure | null;
  /** measured / floor (or measured / budget for a fixed budget). */
  ratio: number;
  /** The ratio's bound and its direction: "≤ 3" passes when ratio ≤ 3; "≥ 0.7" when ratio ≥ 0.7. */
  bound: { op: "<=" | ">="; limit: number };
  pass: boolean;
  /** Other figures worth keeping (n, p50, CPU seconds, …). */
  details?: Record<string, number | string>;
}

/** A group of targets that share a setup (a server, data); run one after another, never concurrently. */
export interface Benchmark {
  name: string;
  /** An upper bound on its running time; the runner stops it after this. */
  budgetSeconds: number;
  run(): Promise<TargetResult[]>;
}

/** A ratio target: measured against a floor, passing within `limit` in direction `op`. */
export function ratioTarget(
  id: string,
  title: string,
  measured: Figure,
  floor: Figure,
  op: "<=" | ">=",
  limit: number,
  details?: TargetResult["details"],
): TargetResult {
  const ratio = measured.value / floor.value;
  return { id, title, measured, floor, ratio, bound: { op, limit }, pass: op === "<=" ? ratio <= limit : ratio >= limit, details };
}

/** A fixed budget (bytes, seconds): the ratio is measured / budget, passing at ≤ 1. */
export function budgetTarget(id: string, title: string, measured: Figure, budget: number, details?: TargetResult["details"]): TargetResult {
  const ratio = measured.value / budget;
  return { id, title, measured, floor: null, ratio, bound: { op: "<=", limit: 1 }, pass: ratio <= 1, details };
}
