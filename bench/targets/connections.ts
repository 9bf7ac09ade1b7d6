/**
 * Target 6 of issue 15: 10,000 idle, authenticated graphql-ws connections on one server process, at
 * ≤ 40 KiB of server RSS each, while `me` is still answered within 2× its latency without them.
 * The sockets are held by 4 child processes (raw `ws`, the graphql-ws handshake by hand), never by
 * graphql-ws clients in the bench process. `BENCH_QUICK=1`: 2,000 connections, fewer requests.
 */
import { readFileSync } from "node:fs";
import { WS_LIMITS } from "../../server/http/ws-limits.js";
import { readyLine, spawnHelper, stopChild } from "../harness/processes.js";
import { budgetTarget, ratioTarget, type Benchmark, type TargetResult } from "../harness/target.js";
import { loginAll, seedUsers } from "../harness/users.js";
import { gqlHttp, loginAs, percentile, rssBytes, startBenchEnv, type BenchEnv } from "../support.js";

const QUICK = process.env.BENCH_QUICK === "1";
const CONNECTIONS = QUICK ? 2_000 : 10_000;
const SWARMS = 4;
/** Sockets per user, below the server's per-user limit (`WS_LIMITS.socketsPerUser`): many users, as in life. */
const SOCKETS_PER_USER = 25;
const ME = "{ me { id name } }";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function meLatencies(env: BenchEnv, token: string, count: number): Promise<number[]> {
  for (let i = 0; i < 20; i++) await gqlHttp(env, ME, {}, token); // warm up
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    await gqlHttp(env, ME, {}, token);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

/** The open-files limit of a process, from /proc: the server needs one descriptor per socket. */
function openFilesLimit(pid: number): number {
  const line = readFileSync(`/proc/${pid}/limits`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("Max open files"))!;
  return Number(line.split(/\s+/)[3]);
}

async function run(): Promise<TargetResult[]> {
  if (SOCKETS_PER_USER > WS_LIMITS.socketsPerUser) throw new Error("SOCKETS_PER_USER is above the server's per-user limit");
  const env = await startBenchEnv();
  const swarms: ReturnType<typeof spawnHelper>[] = [];
  try {
    // Soft and hard limits are inherited from the shell (`ulimit -n`): every process here needs at most
    // CONNECTIONS + a few hundred descriptors; a lower limit is reported rather than raised behind the user's back.
    const limit = openFilesLimit(env.server.pid!);
    if (limit < CONNECTIONS + 500)
      throw new Error(`ulimit -n is ${limit}; the server needs ${CONNECTIONS + 500} (raise it, up to the hard limit)`);
    const chef = await loginAs(env, "von.chef");
    const users = await seedUsers(env, chef, {
      prefix: "reader",
      count: Math.ceil(CONNECTIONS / SOCKETS_PER_USER),
      role: "HANDLAGGARE",
      organ: "VON",
    });
    const userTokens = await loginAll(env, users);
    const tokens = Array.from({ length: CONNECTIONS }, (_, i) => userTokens[i % userTokens.length]);

    const samples = QUICK ? 100 : 300;
    const idle = await meLatencies(env, chef, samples);
    await sleep(1000);
    const rssBefore = rssBytes(env.server.pid!);

    const perSwarm = Math.ceil(CONNECTIONS / SWARMS);
    for (let s = 0; s < SWARMS; s++) swarms.push(spawnHelper("socket-swarm-process.ts"));
    const started = Date.now();
    const ready = await Promise.all(
      swarms.map((swarm, s) => {
        const ready = readyLine(swarm, /ready (\d+) (\d+)/);
        swarm.stdin!.end(JSON.stringify({ url: env.wsUrl, tokens: tokens.slice(s * perSwarm, (s + 1) * perSwarm) }) + "\n");
        return ready;
      }),
    );
    const openSeconds = (Date.now() - started) / 1000;
    const acked = ready.reduce((sum, [, a]) => sum + Number(a), 0);
    const failed = ready.reduce((sum, [, , f]) => sum + Number(f), 0);
    await sleep(3000);
    const rssAfter = rssBytes(env.server.pid!);
    const loaded = await meLatencies(env, chef, samples);
    const perConnectionKiB = (rssAfter - rssBefore) / 1024 / acked;

    const rss = budgetTarget(
      "connections-rss-per-connection",
      `${CONNECTIONS.toLocaleString("en")} idle authenticated graphql-ws connections on one process: ≤ 40 KiB server RSS each`,
      { label: "RSS growth per connection", value: perConnectionKiB, unit: "KiB" },
      40,
      { acked, failed, openSeconds, rssBeforeMiB: rssBefore / 2 ** 20, rssAfterMiB: rssAfter / 2 ** 20 },
    );
    const me = ratioTarget(
      "connections-me-p50",
      `With them open, \`me\` answered within 2× its idle latency (p50)`,
      { label: `me p50 with ${CONNECTIONS} open`, value: percentile(loaded, 50), unit: "ms" },
      { label: "me p50 idle", value: percentile(idle, 50), unit: "ms" },
      "<=",
      2,
      { p99: percentile(loaded, 99), idleP99: percentile(idle, 99), n: samples },
    );
    // A connection that did not open is no connection held: the targets fail rather than flatter.
    return failed > 0 ? [rss, me].map((r) => ({ ...r, pass: false })) : [rss, me];
  } finally {
    await Promise.all(swarms.map(stopChild));
    await env.stop();
  }
}

export const connections: Benchmark = { name: "connections", budgetSeconds: QUICK ? 120 : 240, run };
