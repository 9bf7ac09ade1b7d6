/**
 * Where the first start's demo seed spends its time: seeds a throwaway embedded PostgreSQL and prints
 * the statements it sent, grouped by text, with count and time waited (`npx tsx bench/seed-profile.ts`).
 * A development tool for target 7 (bench/targets/start.ts), not a benchmark.
 */
import "reflect-metadata";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { prepareDatabase } from "../server/db/app-role.js";
import { startEmbeddedPostgres } from "../server/db/embedded-postgres.js";
import { APP_ROLE } from "../server/db/embedded-roles.js";
import { seedDemoData } from "../server/seed/demo-seed.js";

const stats = new Map<string, { n: number; ms: number }>();
let counting = false;
// Every statement goes through pg.Client#query: wrap it to count and time each.
const original = pg.Client.prototype.query as any;

(pg.Client.prototype as any).query = function (this: unknown, ...args: any[]) {
  const text: string = typeof args[0] === "string" ? args[0] : (args[0]?.text ?? "?");
  const key = text.replace(/\s+/g, " ").slice(0, 90);
  const t0 = performance.now();
  const result = original.apply(this, args);
  if (counting && result && typeof result.then === "function")
    result.then(
      () => {
        const s = stats.get(key) ?? { n: 0, ms: 0 };
        s.n++;
        s.ms += performance.now() - t0;
        stats.set(key, s);
      },
      () => {},
    );
  return result;
};
const pgInst = await startEmbeddedPostgres(mkdtempSync(join(tmpdir(), "balans-probe-")));
const t0 = performance.now();
await prepareDatabase(pgInst.ownerUrl, APP_ROLE, async (owner) => {
  console.log("migrated", Math.round(performance.now() - t0));
  counting = true;
  const t1 = performance.now();
  const cpu = process.cpuUsage();
  await seedDemoData(owner);
  const node = process.cpuUsage(cpu);
  // The owner's backends (the seed's two connections) are still open: their CPU time from /proc.
  const backends = (await owner.query("SELECT pid FROM pg_stat_activity WHERE usename = current_user")) as Array<{ pid: number }>;
  const pgSeconds = backends.reduce((sum, { pid }) => {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return sum + (Number(fields[11]) + Number(fields[12])) / 100;
  }, 0);
  console.log(
    `seed ${Math.round(performance.now() - t1)} ms; CPU: Node ${((node.user + node.system) / 1e6).toFixed(2)} s, PostgreSQL ${pgSeconds.toFixed(2)} s`,
  );
  counting = false;
});
const all = [...stats].sort((a, b) => b[1].ms - a[1].ms);
console.log(
  "statements",
  all.reduce((a, [, s]) => a + s.n, 0),
  "ms",
  Math.round(all.reduce((a, [, s]) => a + s.ms, 0)),
);
for (const [k, s] of all.slice(0, 40)) console.log(String(s.n).padStart(6), s.ms.toFixed(0).padStart(7), k);
await pgInst.stop();
