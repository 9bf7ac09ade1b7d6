/**
 * `npm run bench [name…]`: every benchmark (or the named ones), one at a time, against the built server
 * in its own process (NODE_ENV=production), on loopback. Prints each target with its measured value,
 * its floor and pass or fail; writes bench/results/<date>.json and .md. A script, not a test: it exits 0
 * unless a benchmark itself broke (pass `--strict` to exit 1 on a failed target as well).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchmarks } from "./benchmarks.js";
import type { Benchmark, TargetResult } from "./harness/target.js";
import { markdownTable } from "./harness/report.js";

const args = process.argv.slice(2);
const strict = args.includes("--strict");
const names = args.filter((a) => !a.startsWith("--"));
const chosen = names.length === 0 ? benchmarks : benchmarks.filter((b) => names.includes(b.name));
if (chosen.length === 0) {
  console.error(`No benchmark named ${names.join(", ")}; there are: ${benchmarks.map((b) => b.name).join(", ")}`);
  process.exit(2);
}

async function within<T>(benchmark: Benchmark): Promise<T | TargetResult[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`over its budget of ${benchmark.budgetSeconds} s`)), benchmark.budgetSeconds * 1000);
  });
  try {
    return await Promise.race([benchmark.run(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const results: TargetResult[] = [];
const broken: string[] = [];
for (const benchmark of chosen) {
  console.log(`\n▶ ${benchmark.name}`);
  try {
    const own = (await within(benchmark)) as TargetResult[];
    for (const r of own) console.log(`  ${r.pass ? "PASS" : "FAIL"}  ${r.title}: ${describe(r)}`);
    results.push(...own);
  } catch (error) {
    broken.push(benchmark.name);
    console.error(`  BROKEN  ${benchmark.name}: ${(error as Error).stack ?? error}`);
  }
}

function describe(r: TargetResult): string {
  const measured = `${r.measured.label} ${round(r.measured.value)} ${r.measured.unit}`;
  if (!r.floor) return `${measured} (${round(r.ratio)} of the budget)`;
  return `${measured} vs ${r.floor.label} ${round(r.floor.value)} ${r.floor.unit} = ${round(r.ratio)}× (${r.bound.op === "<=" ? "≤" : "≥"} ${r.bound.limit})`;
}
function round(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2);
}

const date = new Date().toISOString().slice(0, 10);
const dir = join(import.meta.dirname, "results");
mkdirSync(dir, { recursive: true });
const run = {
  date: new Date().toISOString(),
  machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
  results,
  broken,
};
writeFileSync(join(dir, `${date}.json`), JSON.stringify(run, null, 2) + "\n");
writeFileSync(join(dir, `${date}.md`), markdownTable(results) + "\n");
const failed = results.filter((r) => !r.pass).length;
console.log(`\n${results.length - failed} of ${results.length} targets pass${broken.length ? `; broken: ${broken.join(", ")}` : ""}.`);
console.log(`Written: bench/results/${date}.json and .md`);
process.exit(broken.length > 0 || (strict && failed > 0) ? 1 : 0);
