/**
 * `npm run bench:collab`: co-editing figures on this machine (issue "Co-editing", targets in the
 * README). Prints numbers; asserts nothing.
 */
import * as Y from "yjs";
import type { Client } from "graphql-ws";
import { cpuSeconds, fmt, gqlHttp, loginAs, percentile, rssBytes, startBenchEnv, wsClient, wsRequest, type BenchEnv } from "./support.js";

const PUSH = "mutation($s: ID!, $u: String!, $o: String) { pushSectionUpdate(sectionId: $s, update: $u, origin: $o) { seq } }";
const UPDATES = "subscription($s: ID!) { sectionUpdates(sectionId: $s) { update } }";
const CREATE = `mutation($p: ID!, $q: ID!) { createAgreement(input: { title: "Bench", kind: DIREKTBESTALLNING, purchaserOrganId: $p, providerOrganId: $q, periodStart: "2027-01-01", periodEnd: "2027-12-31" }) { sections { id } } }`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One typist: a Y.Doc whose every keystroke becomes an update pushed over graphql-ws. */
class Typist {
  private readonly doc = new Y.Doc();
  private readonly text = this.doc.getXmlFragment("content");
  constructor(
    readonly client: Client,
    readonly sectionId: string,
  ) {}

  /** Types one character; returns the update it produced (base64) and the push promise (ack = durable). */
  keystroke(char: string): { update: string; acked: Promise<unknown> } {
    let update = "";
    const capture = (u: Uint8Array) => (update = Buffer.from(u).toString("base64"));
    this.doc.once("update", capture);
    this.doc.transact(() => {
      if (this.text.length === 0) this.text.insert(0, [new Y.XmlText()]);
      const node = this.text.get(0) as Y.XmlText;
      node.insert(node.length, char);
    });
    return { update, acked: wsRequest(this.client, PUSH, { s: this.sectionId, u: update, o: "bench" }) };
  }
}

/** Subscribes `readers` to a section; calls back with each received update (base64) and its arrival time. */
function listen(readers: Client[], sectionId: string, onUpdate: (update: string, at: bigint) => void): Promise<void> {
  let ready = 0;
  return new Promise((resolve) => {
    for (const reader of readers) {
      reader.subscribe<{ sectionUpdates: { update: string } }>(
        { query: UPDATES, variables: { s: sectionId } },
        {
          next: (r) => r.data && onUpdate(r.data.sectionUpdates.update, process.hrtime.bigint()),
          error: (e) => console.error("subscription error", e),
          complete: () => {},
        },
      );
      reader.on("connected", () => ++ready === readers.length && setTimeout(resolve, 200));
    }
  });
}

async function sections(env: BenchEnv, token: string, agreements: number): Promise<string[]> {
  const organs = (await gqlHttp(env, "{ organs { id shortName } }", {}, token)).organs as Array<{ id: string; shortName: string }>;
  const id = (s: string) => organs.find((o) => o.shortName === s)!.id;
  const ids: string[] = [];
  for (let i = 0; i < agreements; i++) {
    const created = await gqlHttp(env, CREATE, { p: id("VON"), q: id("PS") }, token);
    ids.push(...created.createAgreement.sections.map((s: { id: string }) => s.id));
  }
  return ids;
}

async function propagation(env: BenchEnv, tokens: string[], clients: number, edits: number, gapMs: number) {
  const [sectionId] = await sections(env, tokens[0], 1);
  const writer = new Typist(wsClient(env, tokens[0]), sectionId);
  const readers = Array.from({ length: clients - 1 }, (_, i) => wsClient(env, tokens[(i + 1) % tokens.length]));
  const sentAt = new Map<string, bigint>();
  const latencies: number[] = [];
  const durable: number[] = [];
  await listen(readers, sectionId, (u, at) => sentAt.has(u) && latencies.push(Number(at - sentAt.get(u)!) / 1e6));
  for (let i = 0; i < edits; i++) {
    const t0 = process.hrtime.bigint();
    const { update, acked } = writer.keystroke("abcdefghij"[i % 10]);
    sentAt.set(update, t0);
    void acked.then(() => durable.push(Number(process.hrtime.bigint() - t0) / 1e6));
    await sleep(gapMs);
  }
  await sleep(500);
  await Promise.all([writer.client, ...readers].map((c) => c.dispose()));
  return { latencies, durable, expected: edits * (clients - 1) };
}

async function sustained(env: BenchEnv, tokens: string[], ratePerSecond: number, seconds: number) {
  const sectionIds = await sections(env, tokens[0], 25); // 25 agreements × 8 sections = 200 sections
  const writers = sectionIds.map((s, i) => new Typist(wsClient(env, tokens[i % 2]), s));
  const readerClients = sectionIds.map((_, i) => wsClient(env, tokens[(i + 1) % 2]));
  const sentAt = new Map<string, bigint>();
  const latencies: number[] = [];
  const durable: number[] = [];
  await Promise.all(
    sectionIds.map((s, i) => listen([readerClients[i]], s, (u, at) => sentAt.has(u) && latencies.push(Number(at - sentAt.get(u)!) / 1e6))),
  );
  const cpuBefore = cpuSeconds(env.server.pid!);
  const start = Date.now();
  const total = ratePerSecond * seconds;
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / ratePerSecond;
    if (due > Date.now()) await sleep(due - Date.now());
    const t0 = process.hrtime.bigint();
    const { update, acked } = writers[i % writers.length].keystroke("x");
    sentAt.set(update, t0);
    void acked.then(() => durable.push(Number(process.hrtime.bigint() - t0) / 1e6));
  }
  const elapsed = (Date.now() - start) / 1000;
  const cpu = ((cpuSeconds(env.server.pid!) - cpuBefore) / elapsed) * 100;
  await sleep(1000);
  await Promise.all([...writers.map((w) => w.client), ...readerClients].map((c) => c.dispose()));
  return { latencies, durable, cpu, achieved: total / elapsed };
}

async function idleConnections(env: BenchEnv, token: string, count: number) {
  await sleep(1500);
  const before = rssBytes(env.server.pid!);
  const clients: Client[] = [];
  for (let i = 0; i < count; i++) {
    const client = wsClient(env, token);
    await new Promise<void>((resolve) => client.on("connected", () => resolve()));
    clients.push(client);
  }
  await sleep(1500);
  const after = rssBytes(env.server.pid!);
  await Promise.all(clients.map((c) => c.dispose()));
  return (after - before) / count;
}

const line = (label: string, values: number[], unit = "ms") =>
  console.log(
    `  ${label.padEnd(44)} p50 ${fmt(percentile(values, 50))} ${unit}   p99 ${fmt(percentile(values, 99))} ${unit}   (n=${values.length})`,
  );

async function main() {
  const env = await startBenchEnv();
  try {
    const tokens = [await loginAs(env, "von.chef"), await loginAs(env, "ps.chef")];
    console.log("Balans co-editing benchmark (server: built, NODE_ENV=production, own process)\n");
    if (process.argv.includes("--sustained-only")) {
      const load = await sustained(env, tokens, 1000, 10);
      console.log(`  sustained load: ${fmt(load.achieved, 0)} edits/s, server CPU ${fmt(load.cpu, 1)} % of one core`);
      line("propagation under load", load.latencies);
      return;
    }
    const two = await propagation(env, tokens, 2, 600, 5);
    line("propagation, 2 clients on one section", two.latencies);
    line("durable (ack) , 2 clients", two.durable);
    const fifty = await propagation(env, tokens, 50, 200, 20);
    line("propagation, 50 clients on one section", fifty.latencies);
    const load = await sustained(env, tokens, 1000, 10);
    console.log(
      `  sustained load: ${fmt(load.achieved, 0)} edits/s over 200 sections × 2 clients, server CPU ${fmt(load.cpu, 1)} % of one core`,
    );
    line("propagation under load", load.latencies);
    line("durable (ack) under load", load.durable);
    const within200 = [...two.durable, ...load.durable].filter((d) => d <= 200).length / (two.durable.length + load.durable.length);
    console.log(`  edits durable within 200 ms: ${fmt(within200 * 100, 2)} %`);
    const perConnection = await idleConnections(env, tokens[0], 1000);
    console.log(`  server RSS per idle connection: ${fmt(perConnection / 1024, 1)} KiB (1000 connections)`);
  } finally {
    await env.stop();
  }
}

await main();
