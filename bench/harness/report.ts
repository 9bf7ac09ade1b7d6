import type { TargetResult } from "./target.js";

const num = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2));

/** The README's Performance table: one row per target. */
export function markdownTable(results: TargetResult[]): string {
  const rows = results.map((r) => {
    const floor = r.floor ? `${r.floor.label}: ${num(r.floor.value)} ${r.floor.unit}` : "fixed budget";
    const bound = `${r.bound.op === "<=" ? "≤" : "≥"} ${r.bound.limit}`;
    return `| ${r.title} | ${r.measured.label}: ${num(r.measured.value)} ${r.measured.unit} | ${floor} | ${num(r.ratio)} (${bound}) | ${r.pass ? "pass" : "**fail**"} |`;
  });
  return ["| target | measured | floor | ratio (bound) | result |", "|---|---|---|---|---|", ...rows].join("\n");
}
