/**
 * Fan-out (issue 15, target 1): one agreement event to 50 and to 500 subscribers of `agreementEvents`
 * over graphql-ws, each on its own authenticated socket, against the floor measured in the same run: a
 * bare `ws` relay process sending the same bytes 1→50 and 1→500. The events are appended by another
 * process (this one, through the server's own `appendEvent`, as a second server would), so that the
 * server under test does only the fan-out: its mutations are target 3's. Latency runs from the start of
 * the writing transaction (from the publisher's send, for the relay) to each subscriber's receipt; CPU
 * per delivery is the server's (or the relay's) CPU seconds over the burst, divided by the deliveries.
 */
import type { Client } from "graphql-ws";
import type WebSocket from "ws";
import { ratioTarget, type Benchmark, type TargetResult } from "../harness/target.js";
import { Arrivals, openSocket, seedReaders, startRawRelay } from "../harness/fan-out-support.js";
import { cpuSeconds, gqlHttp, loginAs, percentile, startBenchEnv, wsClient, type BenchEnv } from "../support.js";
import { openDataSource } from "../../server/db/data-source.js";
import { Database } from "../../server/db/database.js";
import { appendEvent } from "../../server/events/event-log.js";

const QUICK = process.env.BENCH_QUICK === "1";
const AUDIENCES = [50, 500];
const EVENTS = QUICK ? 10 : 40;
const WARM_UP = 3;
/** The server allows 32 sockets per user; 25 each keeps to it. */
const SOCKETS_PER_USER = 25;

const CREATE = `mutation($p: ID!, $q: ID!) { createAgreement(input: { title: "Fan-out", kind: DIREKTBESTALLNING, purchaserOrganId: $p, providerOrganId: $q, periodStart: "2027-01-01", periodEnd: "2027-12-31" }) { id } }`;
// The client's own subscription (AgreementTimeline.graphql).
const EVENTS_SUBSCRIPTION = `subscription AgreementEvents($agreementId: ID!, $afterSeq: Int) {
  agreementEvents(agreementId: $agreementId, afterSeq: $afterSeq) { seq type at summary actor { id name } }
}`;

interface Sample {
  latencies: number[];
  lasts: number[];
  cpuPerDelivery: number;
}

function summarise(latencies: number[], lasts: number[], cpu: number, deliveries: number): Sample {
  return { latencies, lasts, cpuPerDelivery: cpu / deliveries };
}

/** Appends one event to the agreement's log, committed with its bus signal, as any server process does. */
type Append = () => Promise<unknown>;

async function balansFanOut(env: BenchEnv, readerTokens: string[], append: Append, agreementId: string, n: number) {
  const arrivals = new Arrivals();
  const clients: Client[] = [];
  let sampleMessage: unknown = null;
  for (let i = 0; i < n; i++) {
    const client = wsClient(env, readerTokens[Math.floor(i / SOCKETS_PER_USER)]);
    clients.push(client);
    client.subscribe<{ agreementEvents: { seq: number } }>(
      { query: EVENTS_SUBSCRIPTION, variables: { agreementId } },
      {
        next: (r) => {
          const at = process.hrtime.bigint();
          if (!r.data) return console.error("fan-out: error result", r.errors);
          sampleMessage ??= r;
          arrivals.arrived(String(r.data.agreementEvents.seq), at);
        },
        error: (e) => console.error("fan-out: subscription error", e),
        complete: () => {},
      },
    );
  }
  const publish = async () => {
    const sentAt = process.hrtime.bigint();
    const appended = append();
    const seq = ((await appended) as { seq: number }).seq;
    return arrivals.expect(String(seq), n, sentAt);
  };
  // Until every subscription is live on the server: an event everyone receives proves it.
  await waitUntilEveryoneReceives(publish);
  for (let i = 0; i < WARM_UP; i++) await publish();
  const latencies: number[] = [];
  const lasts: number[] = [];
  const cpuBefore = cpuSeconds(env.server.pid!);
  for (let i = 0; i < EVENTS; i++) {
    const times = await publish();
    latencies.push(...times);
    lasts.push(Math.max(...times));
  }
  const cpu = cpuSeconds(env.server.pid!) - cpuBefore;
  await Promise.all(clients.map((c) => c.dispose()));
  return { sample: summarise(latencies, lasts, cpu, EVENTS * n), sampleMessage };
}

async function waitUntilEveryoneReceives(publish: () => Promise<number[]>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await publish();
      return;
    } catch (error) {
      if (attempt >= 10) throw error;
    }
  }
}

async function rawFanOut(relayUrl: string, relayPid: number, bytes: string, n: number): Promise<Sample> {
  const arrivals = new Arrivals();
  const subscribers: WebSocket[] = [];
  for (let i = 0; i < n; i++) {
    const socket = await openSocket(`${relayUrl}/sub`);
    // Parsed as a graphql-ws client parses each message.
    socket.on("message", (data) => {
      const at = process.hrtime.bigint();
      const message = JSON.parse(data.toString()) as { payload: { data: { agreementEvents: { seq: number } } } };
      arrivals.arrived(String(message.payload.data.agreementEvents.seq), at);
    });
    subscribers.push(socket);
  }
  const publisher = await openSocket(`${relayUrl}/pub`);
  let counter = 0;
  const publish = () => {
    // The same bytes as the server's message, numbered as the server numbers its events.
    const key = String(++counter);
    const text = bytes.replace('"seq":-1', `"seq":${key}`);
    const all = arrivals.expect(key, n, process.hrtime.bigint());
    publisher.send(text);
    return all;
  };
  await new Promise((r) => setTimeout(r, 200));
  for (let i = 0; i < WARM_UP; i++) await publish();
  const latencies: number[] = [];
  const lasts: number[] = [];
  const cpuBefore = cpuSeconds(relayPid);
  for (let i = 0; i < EVENTS; i++) {
    const times = await publish();
    latencies.push(...times);
    lasts.push(Math.max(...times));
  }
  const cpu = cpuSeconds(relayPid) - cpuBefore;
  for (const s of [...subscribers, publisher]) s.close();
  return summarise(latencies, lasts, cpu, EVENTS * n);
}

function targets(n: number, balans: Sample, raw: Sample): TargetResult[] {
  const details = {
    subscribers: n,
    events: EVENTS,
    p50: percentile(balans.latencies, 50),
    rawP50: percentile(raw.latencies, 50),
    allReceivedP50: percentile(balans.lasts, 50),
    allReceivedP99: percentile(balans.lasts, 99),
    rawAllReceivedP50: percentile(raw.lasts, 50),
  };
  return [
    ratioTarget(
      `fan-out-${n}-p99`,
      `One event to ${n} subscribers: p99 ≤ 3× raw ws 1→${n}`,
      { label: "p99 delivery", value: percentile(balans.latencies, 99), unit: "ms" },
      { label: "raw ws p99", value: percentile(raw.latencies, 99), unit: "ms" },
      "<=",
      3,
      details,
    ),
    ratioTarget(
      `fan-out-${n}-cpu`,
      `One event to ${n} subscribers: server CPU per delivery ≤ 3× raw ws`,
      { label: "CPU per delivery", value: balans.cpuPerDelivery * 1e6, unit: "µs" },
      { label: "raw ws", value: Math.max(raw.cpuPerDelivery, 0.01 / (EVENTS * n)) * 1e6, unit: "µs" },
      "<=",
      3,
      { subscribers: n, events: EVENTS },
    ),
  ];
}

export const fanOut: Benchmark = {
  name: "fan-out",
  budgetSeconds: 240,
  async run() {
    const env = await startBenchEnv();
    const relay = await startRawRelay();
    try {
      const readers = await seedReaders(env, Math.ceil(Math.max(...AUDIENCES) / SOCKETS_PER_USER));
      const readerTokens = await Promise.all(readers.map((who) => loginAs(env, who)));
      const chief = await loginAs(env, "von.chef");
      const organs = (await gqlHttp(env, "{ organs { id shortName } }", {}, chief)).organs as Array<{ id: string; shortName: string }>;
      const organ = (s: string) => organs.find((o) => o.shortName === s)!.id;
      const created = (await gqlHttp(env, CREATE, { p: organ("VON"), q: organ("PS") }, chief)).createAgreement;
      const writer = new Database(await openDataSource(env.pg.appUrl, { poolSize: 2 }));
      const { municipalityId, actorId } = await gqlHttp(env, "{ me { id municipality { id } } }", {}, chief).then((d) => ({
        municipalityId: d.me.municipality.id as string,
        actorId: d.me.id as string,
      }));
      let counter = 0;
      const append: Append = () =>
        writer.inMunicipality(municipalityId, (tx) =>
          appendEvent(tx, { agreementId: created.id, actorId, type: "comment.added", summary: `Ny kommentar #${++counter}` }),
        );
      const results: TargetResult[] = [];
      for (const n of AUDIENCES) {
        const { sample, sampleMessage } = await balansFanOut(env, readerTokens, append, created.id, n);
        // The bytes the server sent, as a graphql-ws `next` message, with a placeholder for the key.
        const template = structuredClone(sampleMessage) as { data: { agreementEvents: { seq: number } } };
        template.data.agreementEvents.seq = -1;
        const bytes = JSON.stringify({ id: "5c1b7a3e-2f4d-4c1a-9e8b-0a1b2c3d4e5f", type: "next", payload: template });
        const raw = await rawFanOut(relay.url, relay.process.pid!, bytes, n);
        results.push(...targets(n, sample, raw));
      }
      await writer.dataSource.destroy();
      return results;
    } finally {
      await relay.stop();
      await env.stop();
    }
  },
};
