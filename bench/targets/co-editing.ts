/**
 * Target 5 of issue 15, co-editing (README "Co-editing"): propagation against a raw `ws` relay of the
 * same bytes, measured in the same run; the sustained load's server CPU and latency; acknowledgements
 * only once durable; and two server processes splitting the load. `BENCH_QUICK=1`: smaller runs.
 */
import type { Client } from "graphql-ws";
import { budgetTarget, ratioTarget, type Benchmark, type TargetResult } from "../harness/target.js";
import { connectedClient, createSections, elapsedMs, listen, rawRelay, sleep, Typist } from "../harness/collab-clients.js";
import { readyLine, spawnHelper, startSecondServer, stopChild } from "../harness/processes.js";
import { loginAll, seedUsers } from "../harness/users.js";
import { cpuSeconds, loginAs, percentile, startBenchEnv, type BenchEnv } from "../support.js";

const QUICK = process.env.BENCH_QUICK === "1";
/** BENCH_COEDITING=propagation,load,split runs only those parts (development runs); all by default. */
const PARTS = new Set((process.env.BENCH_COEDITING ?? "propagation,load,split").split(","));
/** Editors per party: the load's 400 sockets stay within the per-user socket limit (WS_LIMITS.socketsPerUser). */
const EDITORS_PER_PARTY = 16;

interface Editors {
  purchaser: string[];
  provider: string[];
}

const ms = (value: number) => ({ value, unit: "ms" });

async function propagation(env: BenchEnv, editors: Editors, sectionId: string, clients: number, edits: number, gapMs: number) {
  const writer = new Typist(await connectedClient(env.wsUrl, editors.purchaser[0]), sectionId);
  const readers = await Promise.all(
    Array.from({ length: clients - 1 }, (_, i) => connectedClient(env.wsUrl, editors.provider[i % editors.provider.length])),
  );
  const sentAt = new Map<string, bigint>();
  const latencies: number[] = [];
  const acks: number[] = [];
  for (const reader of readers)
    await listen(reader, sectionId, (u, at) => sentAt.has(u) && latencies.push(Number(at - sentAt.get(u)!) / 1e6));
  await sleep(300);
  const sent: string[] = [];
  for (let i = 0; i < edits; i++) {
    const t0 = process.hrtime.bigint();
    const { update, acked } = writer.keystroke("abcdefghij"[i % 10]);
    sentAt.set(update, t0);
    sent.push(update);
    void acked.then(() => acks.push(elapsedMs(t0)));
    await sleep(gapMs);
  }
  await sleep(500);
  await Promise.all([writer.client, ...readers].map((c) => c.dispose()));
  return { latencies, acks, sent };
}

/**
 * 1,000 edits a second spread over 200 sections, one writer and one reader each. With `readerUrl` the
 * readers are on another server process than the writers (half the sections each way round).
 */
async function sustained(env: BenchEnv, editors: Editors, sectionIds: string[], seconds: number, otherWsUrl?: string) {
  const urlOf = (i: number, reader: boolean) => (otherWsUrl && (i % 2 === 0) === reader ? otherWsUrl : env.wsUrl);
  const writers = await Promise.all(
    sectionIds.map(async (s, i) => new Typist(await connectedClient(urlOf(i, false), editors.purchaser[i % EDITORS_PER_PARTY]), s)),
  );
  const readers = await Promise.all(sectionIds.map((_, i) => connectedClient(urlOf(i, true), editors.provider[i % EDITORS_PER_PARTY])));
  const sentAt = new Map<string, bigint>();
  const latencies: number[] = [];
  const acks: number[] = [];
  for (const [i, s] of sectionIds.entries())
    await listen(readers[i], s, (u, at) => sentAt.has(u) && latencies.push(Number(at - sentAt.get(u)!) / 1e6));
  await sleep(500);
  const cpuBefore = cpuSeconds(env.server.pid!);
  const clientCpuBefore = cpuSeconds(process.pid);
  const start = Date.now();
  const total = 1000 * seconds;
  for (let i = 0; i < total; i++) {
    const due = start + i;
    if (due > Date.now()) await sleep(due - Date.now());
    const t0 = process.hrtime.bigint();
    const { update, acked } = writers[i % writers.length].keystroke("x");
    sentAt.set(update, t0);
    void acked.then(() => acks.push(elapsedMs(t0)));
  }
  const elapsed = (Date.now() - start) / 1000;
  // The CPU the load cost, until its last edit is acknowledged (on a busy machine the server may lag
  // behind and finish after the sending stopped), per second of load.
  for (const until = Date.now() + 15_000; acks.length < total && Date.now() < until;) await sleep(50);
  const cpu = ((cpuSeconds(env.server.pid!) - cpuBefore) / elapsed) * 100;
  // The bench process's own share: when it nears a core, the clients, not the server, set the latencies.
  const clientCpu = ((cpuSeconds(process.pid) - clientCpuBefore) / elapsed) * 100;
  await sleep(500);
  await Promise.all([...writers.map((w) => w.client), ...readers].map((c: Client) => c.dispose()));
  return { latencies, acks, cpu, clientCpu, rate: total / elapsed, delivered: latencies.length / total };
}

async function run(): Promise<TargetResult[]> {
  const env = await startBenchEnv();
  const relay = spawnHelper("raw-relay-process.ts");
  let second: Awaited<ReturnType<typeof startSecondServer>> | undefined;
  try {
    const [, port] = await readyLine(relay, /listening (\d+)/);
    const relayUrl = `ws://127.0.0.1:${port}`;
    const chef = await loginAs(env, "von.chef");
    const editors: Editors = {
      purchaser: await loginAll(
        env,
        await seedUsers(env, chef, { prefix: "von-editor", count: EDITORS_PER_PARTY, role: "HANDLAGGARE", organ: "VON" }),
      ),
      provider: await loginAll(
        env,
        await seedUsers(env, chef, { prefix: "ps-editor", count: EDITORS_PER_PARTY, role: "HANDLAGGARE", organ: "PS" }),
      ),
    };
    const sections = await createSections(env, chef, 27); // 2 for propagation, 200 for the load
    const results: TargetResult[] = [];

    const runs = [
      [2, QUICK ? 200 : 600, 5, sections[0]],
      [50, QUICK ? 60 : 200, 20, sections[1]],
    ] as const;
    for (const [clients, edits, gapMs, section] of PARTS.has("propagation") ? runs : []) {
      const server = await propagation(env, editors, section, clients, edits, gapMs);
      const floor = await rawRelay(relayUrl, clients, server.sent, gapMs);
      results.push(
        ratioTarget(
          `co-editing-propagation-${clients}-p50`,
          `Co-editing, ${clients} clients on one section: propagation p50 ≤ 2× a raw ws relay of the same bytes`,
          { label: "p50 propagation", ...ms(percentile(server.latencies, 50)) },
          { label: "raw ws relay p50", ...ms(percentile(floor, 50)) },
          "<=",
          2,
          {
            p99: percentile(server.latencies, 99),
            n: server.latencies.length,
            floorP99: percentile(floor, 99),
            ackP99: percentile(server.acks, 99),
          },
        ),
      );
      if (clients === 2)
        results.push(
          ackTarget(
            "co-editing-ack-p99",
            "Co-editing, 2 clients: every edit acknowledged once durable, ack p99 ≤ 50 ms",
            server.acks,
            edits,
          ),
        );
    }

    const seconds = QUICK ? 4 : 10;
    if (!PARTS.has("load")) return results;
    const same = await sustained(env, editors, sections.slice(16, 216), seconds);
    const details = {
      rate: Math.round(same.rate),
      delivered: same.delivered,
      p50: percentile(same.latencies, 50),
      clientCpu: same.clientCpu,
    };
    results.push(
      budgetTarget(
        "co-editing-load-cpu",
        "Co-editing, 1,000 edits/s over 200 sections × 2 clients: server CPU ≤ 25 % of a core",
        { label: "server CPU", value: same.cpu, unit: "% of a core" },
        25,
        details,
      ),
      budgetTarget(
        "co-editing-load-p99",
        "Co-editing under that load: propagation p99 ≤ 10 ms",
        { label: "p99 propagation", ...ms(percentile(same.latencies, 99)) },
        10,
        details,
      ),
      ackTarget("co-editing-load-ack-p99", "Co-editing under that load: ack (durable) p99 ≤ 50 ms", same.acks, seconds * 1000),
    );

    if (!PARTS.has("split")) return results;
    second = await startSecondServer(env.pg);
    // The first process ran the load above warm (its code compiled by the propagation runs, and those
    // sections open by then); a second of the same load first puts the new one on the same footing,
    // so the ratio compares propagation across processes, not a cold start with a warm one.
    await sustained(env, editors, sections.slice(16, 216), 1, second.wsUrl);
    const split = await sustained(env, editors, sections.slice(16, 216), seconds, second.wsUrl);
    results.push(
      ratioTarget(
        "co-editing-cross-process-p99",
        "Co-editing, two server processes splitting that load: cross-process propagation p99 ≤ 2× same-process",
        { label: "cross-process p99", ...ms(percentile(split.latencies, 99)) },
        { label: "same-process p99 (same load)", ...ms(percentile(same.latencies, 99)) },
        "<=",
        2,
        { p50: percentile(split.latencies, 50), delivered: split.delivered, ackP99: percentile(split.acks, 99) },
      ),
    );
    return results;
  } finally {
    if (second) await stopChild(second.server);
    await stopChild(relay);
    await env.stop();
  }
}

/** Ack p99 against the 50 ms budget; an edit never acknowledged counts as missing (the target fails). */
function ackTarget(id: string, title: string, acks: number[], expected: number): TargetResult {
  const complete = acks.length === expected;
  const result = budgetTarget(id, title, { label: "ack p99", ...ms(percentile(acks, 99)) }, 50, {
    acknowledged: `${acks.length} of ${expected}`,
    p50: percentile(acks, 50),
  });
  return complete ? result : { ...result, pass: false };
}

export const coEditing: Benchmark = { name: "co-editing", budgetSeconds: QUICK ? 120 : 240, run };
