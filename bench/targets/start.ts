import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { budgetTarget, type Benchmark } from "../harness/target.js";

/**
 * Target 7: `npm start` until the server answers, as a user runs it — the built server with its own
 * embedded PostgreSQL and the demo data (NODE_ENV unset), in a data directory of its own:
 *  (a) the first time, empty data directory (initdb, migrations, demo seed): ≤ 15 s;
 *  (b) again, initialised data directory: ≤ 5 s, including `npm start`'s first step, the check that
 *      dist/ is up to date (scripts/build-if-stale.mjs, timed with --check: the same work when nothing
 *      changed, without building when the bench's own build left no stamp).
 * Ready means `{ __typename }` answers over HTTP, polled from the moment the server prints its URL.
 * A fixed budget: there is no floor to measure a start against.
 */
const root = join(import.meta.dirname, "../..");
const quick = process.env.BENCH_QUICK === "1";

interface StartTiming {
  readyMs: number;
  /** Milliseconds each phase of the server's start took, as it reports them; "listening" is from spawn. */
  phases: Record<string, number>;
}

/** Starts `node dist/server/main.js` on dataDir, waits until it answers, stops it (SIGTERM) and returns the times. */
async function timeStart(dataDir: string): Promise<StartTiming> {
  const env: NodeJS.ProcessEnv = { ...process.env, BALANS_DATA_DIR: dataDir, PORT: "0" };
  for (const name of ["NODE_ENV", "DATABASE_URL", "MIGRATION_DATABASE_URL", "BALANS_TOKEN_SECRET", "BALANS_DEMO"]) delete env[name];
  // BENCH_CPU_PROFILE=dir writes a V8 CPU profile of each start there.
  const profile = process.env.BENCH_CPU_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [];
  const started = performance.now();
  const server = spawn(process.execPath, [...profile, "dist/server/main.js"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
  const phases: Record<string, number> = {};
  let output = "";
  const onData = (chunk: Buffer) => {
    output += chunk;
    // The server's own account of its phases (server/main.ts): "[start] modules 812, postgres 240, … ms".
    const line = /^\[start\] (.*) ms$/m.exec(String(chunk))?.[1];
    for (const part of line?.split(", ") ?? []) {
      const [name, ms] = part.split(" ");
      phases[name] = Number(ms);
    }
  };
  server.stdout.on("data", onData);
  server.stderr.on("data", onData);
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const m = /running at (http:\/\/\S+?)\/? /.exec(output);
        if (m) {
          clearInterval(timer);
          resolve(m[1]);
        }
      }, 5);
      void exited.then((code) => {
        clearInterval(timer);
        reject(new Error(`the server exited (${code}) before it was ready:\n${output}`));
      });
    });
    phases["listening"] = Math.round(performance.now() - started);
    for (;;) {
      const answer = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      }).catch(() => null);
      if (answer?.ok && ((await answer.json()) as { data?: { __typename?: string } }).data?.__typename) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    return { readyMs: performance.now() - started, phases };
  } finally {
    server.kill("SIGTERM");
    const code = await exited;
    if (code !== 0) console.warn(`  the server exited ${code} after SIGTERM:\n${output.slice(-2000)}`);
  }
}

/** `npm start`'s first step when nothing changed: fingerprinting the sources. */
function timeBuildCheck(): { ms: number; upToDate: boolean } {
  const started = performance.now();
  const result = spawnSync(process.execPath, ["scripts/build-if-stale.mjs", "--check"], { cwd: root, encoding: "utf8" });
  return { ms: performance.now() - started, upToDate: result.status === 0 };
}

export const start: Benchmark = {
  name: "start",
  budgetSeconds: 150,
  async run() {
    const dataDir = mkdtempSync(join(tmpdir(), "balans-bench-start-"));
    try {
      const first = await timeStart(dataDir);
      const restarts: { totalMs: number; check: number; timing: StartTiming }[] = [];
      for (let i = 0; i < (quick ? 2 : 5); i++) {
        const check = timeBuildCheck();
        const timing = await timeStart(dataDir);
        restarts.push({ totalMs: check.ms + timing.readyMs, check: check.ms, timing });
      }
      const sorted = restarts.map((r) => r.totalMs).sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)];
      const typical = restarts.find((r) => r.totalMs === median)!;
      const phaseDetails = (prefix: string, phases: Record<string, number>) =>
        Object.fromEntries(Object.entries(phases).map(([phase, ms]) => [`${prefix} ${phase} (ms)`, ms]));
      return [
        budgetTarget(
          "start-first",
          "First start, empty data directory (initdb, migrations, demo seed): ready ≤ 15 s",
          { label: "spawn to ready", value: first.readyMs / 1000, unit: "s" },
          15,
          phaseDetails("first:", first.phases),
        ),
        budgetTarget(
          "start-again",
          "Start with an initialised data directory, with npm start's build check: ready ≤ 5 s",
          { label: "median check + spawn to ready", value: median / 1000, unit: "s" },
          5,
          {
            n: restarts.length,
            "build check (ms)": Math.round(typical.check),
            "max (ms)": Math.round(Math.max(...restarts.map((r) => r.totalMs))),
            ...phaseDetails("again:", typical.timing.phases),
          },
        ),
      ];
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
