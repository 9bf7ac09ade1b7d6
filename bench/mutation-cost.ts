/**
 * What one request of `targets/requests.ts` costs (not a target): the CPU of the server process and of
 * the PostgreSQL instance (the postmaster and every backend, /proc) per `{ __typename }`, `addComment`
 * and `updateBalanceLine`, sent as that benchmark sends them, 20 at a time, on a fresh built server.
 * Each kind runs alone (a warm-up, then N requests), so its CPU is its own; the throughput printed
 * beside it is only a hint on a shared machine. `npm run build:server && npx tsx bench/mutation-cost.ts`
 * (`N=1000`, `ONLY=addComment`; `BENCH_CPU_PROFILE=dir` for a profile of the server).
 */
import { readdirSync, readFileSync } from "node:fs";
import { HttpLoad, SlotPool, type Shot } from "./harness/http-load.js";
import { cpuSeconds, startBenchEnv, type BenchEnv } from "./support.js";
import { ADD_COMMENT, UPDATE_LINE, seed, type Slot } from "./targets/requests.js";

const N = Number(process.env.N ?? 1000);
const ONLY = process.env.ONLY;
const CONCURRENCY = 20;

/** The postmaster listening on the instance's port, and every process it started. */
function postgresCpuSeconds(env: BenchEnv): number {
  const port = new URL(env.pg.appUrl).port;
  const processes = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
        return [{ pid: Number(pid), ppid: Number(stat[1]), stat, cmdline }];
      } catch {
        return []; // gone meanwhile
      }
    });
  const postmaster = processes.find((p) => /postgres$/.test(p.cmdline[0]) && p.cmdline.includes(port));
  if (!postmaster) throw new Error(`No postmaster on port ${port}`);
  // Backends that ended meanwhile are counted in their parent's cutime/cstime.
  const own = (s: string[]) => (Number(s[11]) + Number(s[12])) / 100;
  const reaped = (Number(postmaster.stat[13]) + Number(postmaster.stat[14])) / 100;
  return own(postmaster.stat) + reaped + processes.filter((p) => p.ppid === postmaster.pid).reduce((sum, p) => sum + own(p.stat), 0);
}

const env = await startBenchEnv();
const load = new HttpLoad(`${env.url}/graphql`);
try {
  const slots = await seed(env);
  const kinds: Array<[string, (s: Slot) => Shot, (s: Slot, answer: any) => void]> = [
    ["{ __typename }", () => ({ body: JSON.stringify({ query: "{ __typename }" }) }), () => {}],
    [
      "addComment",
      (s) => ({ body: JSON.stringify({ query: ADD_COMMENT, variables: { s: s.sectionId, b: `Fråga ${s.sent++}` } }), token: s.token }),
      () => {},
    ],
    [
      "updateBalanceLine",
      (s) => ({
        body: JSON.stringify({ query: UPDATE_LINE, variables: { l: s.lineId, v: s.version, a: `${1000 + (++s.sent % 500)}.00` } }),
        token: s.token,
      }),
      (s, answer) => {
        if (answer) s.version = answer.updateBalanceLine.version;
      },
    ],
  ];
  for (const [name, shot, answered] of kinds) {
    if (ONLY && !name.includes(ONLY)) continue;
    const pool = new SlotPool(slots);
    const run = async (count: number) => {
      let left = count;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (left-- > 0) {
            const slot = await pool.take();
            try {
              answered(slot, await load.post(shot(slot)));
            } finally {
              pool.give(slot);
            }
          }
        }),
      );
    };
    await run(Math.min(N, 300)); // warm-up
    const server0 = cpuSeconds(env.server.pid!);
    const pg0 = postgresCpuSeconds(env);
    const t0 = performance.now();
    await run(N);
    const seconds = (performance.now() - t0) / 1000;
    const server = ((cpuSeconds(env.server.pid!) - server0) / N) * 1000;
    const postgres = ((postgresCpuSeconds(env) - pg0) / N) * 1000;
    console.log(
      `${name.padEnd(18)} CPU per request: server ${server.toFixed(2)} ms + PostgreSQL ${postgres.toFixed(2)} ms = ${(server + postgres).toFixed(2)} ms; ${(N / seconds).toFixed(0)} req/s`,
    );
  }
} finally {
  load.close();
  await env.stop();
}
