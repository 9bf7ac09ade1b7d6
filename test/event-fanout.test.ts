import { describe, expect, it } from "vitest";
import { createAgreement } from "./support/agreements.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";
import { countStatements } from "./support/statements.js";
import { collect, wsClient } from "./support/ws.js";
import WebSocket from "ws";
import { appendEvent } from "../server/events/event-log.js";

const EVENTS = "subscription($id: ID!) { agreementEvents(agreementId: $id, afterSeq: 1) { seq summary actor { name } } }";
const UPDATE =
  "mutation($id: ID!, $v: Int!, $t: String!) { updateAgreement(id: $id, expectedVersion: $v, input: { title: $t }) { version } }";
const SUBSCRIBERS = 8;
const EVENT_COUNT = 4;

describe("agreement event fan-out", () => {
  it("reads each event at most once per process, whatever the number of subscribers", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const readers = await Promise.all(
      (["kommunledning", "revisor", "ps.chef", "von.handlaggare"] as const).map((who) => actor(server, m, who)),
    );
    const { id } = await createAgreement(vonChef, m);
    const subscriptions = Array.from({ length: SUBSCRIBERS }, (_, i) =>
      collect(wsClient(server, readers[i % readers.length].token), EVENTS, { id }, "agreementEvents"),
    );
    // Replayed or live, every subscriber has the first change: the streams are live on the server.
    let version = ok(await vonChef(UPDATE, { id, v: 1, t: "Start" })).updateAgreement.version;
    await Promise.all(subscriptions.map((s) => s.waitFor((v) => v.length === 1)));

    const statements = countStatements(server.appDataSource);
    for (let i = 0; i < EVENT_COUNT; i++) {
      version = ok(await vonChef(UPDATE, { id, v: version, t: `Titel ${i}` })).updateAgreement.version;
      await Promise.all(subscriptions.map((s) => s.waitFor((v) => v.length === i + 2)));
    }
    const eventReads = statements.matching(/FROM "agreement_event"/);
    const userReads = statements.matching(/FROM "?app_user\b/);
    statements.stop();

    // No read of the log at all: each event (and its actor) came with its bus signal. It was one read
    // per event before, and one per subscriber and event (32 here, and 36 of users) before that; the
    // user reads are the mutations' own.
    expect(eventReads).toBe(0);
    expect(userReads).toBeLessThanOrEqual(2 * EVENT_COUNT);
    for (const s of subscriptions) {
      expect(s.values.map((e) => e.seq)).toEqual([2, 3, 4, 5, 6]);
      expect(s.values[4]).toMatchObject({ summary: expect.stringContaining("Titel 3"), actor: { name: expect.any(String) } });
    }
  });

  it("sends every subscriber the same payload bytes, in graphql-ws frames of its own subscription id", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const revisor = await actor(server, m, "revisor");
    const { id } = await createAgreement(vonChef, m);
    // Two sockets at the protocol's level, three subscriptions with the same selection: the frames as sent.
    const sockets = await Promise.all([rawSubscriber(server.wsUrl, revisor.token), rawSubscriber(server.wsUrl, vonChef.token)]);
    sockets[0].subscribe("a", EVENTS, { id });
    sockets[0].subscribe("b", EVENTS, { id });
    sockets[1].subscribe("c-1", EVENTS, { id });
    ok(await vonChef(UPDATE, { id, v: 1, t: "Ramavtal" }));
    const frames = await Promise.all([sockets[0].nextFrames(2), sockets[1].nextFrames(1)]).then((f) => f.flat());

    const payloads = new Set(frames.map((frame) => JSON.stringify(JSON.parse(frame).payload)));
    expect(payloads.size).toBe(1);
    const payload = frames[0].slice(frames[0].indexOf(',"payload":') + ',"payload":'.length, -1);
    expect(JSON.parse(payload)).toMatchObject({ data: { agreementEvents: { seq: 2, summary: expect.stringContaining("Ramavtal") } } });
    expect(frames.sort()).toEqual(["a", "b", "c-1"].map((sub) => `{"id":"${sub}","type":"next","payload":${payload}}`));
    for (const s of sockets) s.close();
  });

  it("sends each subscription the events of one commit in their order, and nothing after it completes", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const revisor = await actor(server, m, "revisor");
    const { id } = await createAgreement(vonChef, m);
    const sockets = await Promise.all([rawSubscriber(server.wsUrl, revisor.token), rawSubscriber(server.wsUrl, vonChef.token)]);
    sockets[0].subscribe("a", EVENTS, { id });
    sockets[0].subscribe("b", EVENTS, { id });
    sockets[1].subscribe("c", EVENTS, { id });
    sockets[1].subscribe("gone", EVENTS, { id });
    ok(await vonChef(UPDATE, { id, v: 1, t: "Först" }));
    await Promise.all([sockets[0].nextFrames(2), sockets[1].nextFrames(2)]);
    sockets[1].complete("gone");
    // Five events in one transaction: their signals arrive together, each executed once for all four.
    await server.services.db.inMunicipality(m.municipality.id, async (tx) => {
      for (let i = 1; i <= 5; i++)
        await appendEvent(tx, { agreementId: id, actorId: m.users["von.chef"].id, type: "comment.added", summary: `Nr ${i}` });
    });
    const [first, second] = await Promise.all([sockets[0].nextFrames(10), sockets[1].nextFrames(5)]);
    const seqs = (frames: string[], sub: string) =>
      frames
        .map((f) => JSON.parse(f) as { id: string; payload: { data: { agreementEvents: { seq: number } } } })
        .filter((f) => f.id === sub)
        .map((f) => f.payload.data.agreementEvents.seq);
    for (const sub of ["a", "b"]) expect(seqs(first, sub)).toEqual([3, 4, 5, 6, 7]);
    expect(seqs(second, "c")).toEqual([3, 4, 5, 6, 7]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await sockets[1].pending()).toEqual([]);
    for (const s of sockets) s.close();
  });
});

describe("agreement events carried by their bus signal", () => {
  const FULL =
    "subscription($id: ID!, $after: Int) { agreementEvents(agreementId: $id, afterSeq: $after) { seq type at summary actor { id name email active } } }";

  it("hands on what a read would find; reads an event too large to carry, and what a lost bus missed", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const revisor = await actor(server, m, "revisor");
    const { id } = await createAgreement(vonChef, m);
    const append = (summary: string) =>
      server.services.db.inMunicipality(m.municipality.id, (tx) =>
        appendEvent(tx, { agreementId: id, actorId: m.users["von.chef"].id, type: "comment.added", summary }),
      );
    const live = collect(wsClient(server, revisor.token), FULL, { id, after: 1 }, "agreementEvents");
    await append("Första");
    await live.waitFor((v) => v.length === 1);

    const statements = countStatements(server.appDataSource);
    const logReads = () => statements.matching(/FROM "agreement_event"/);
    await append("Liten");
    await live.waitFor((v) => v.length === 2);
    expect(logReads()).toBe(0);
    // Over PostgreSQL's 8000 bytes for a notification: the signal carries only the seq, and the feed reads.
    await append(`Stor ${"å".repeat(5000)}`);
    await live.waitFor((v) => v.length === 3);
    expect(logReads()).toBe(1);
    await append("Liten igen");
    await live.waitFor((v) => v.length === 4);
    expect(logReads()).toBe(1);

    // The bus loses its connection: what is appended meanwhile is read once it listens again.
    const bus = server.services.bus as unknown as { client: { end(): Promise<void> } | null };
    await bus.client!.end();
    await append("Medan bussen var borta");
    await live.waitFor((v) => v.length === 5);
    expect(logReads()).toBe(2);
    await append("Efteråt");
    await live.waitFor((v) => v.length === 6);
    expect(logReads()).toBe(2);
    statements.stop();

    // The same as a subscriber replaying them from the log gets, field by field.
    const replayed = collect(wsClient(server, vonChef.token), FULL, { id, after: 1 }, "agreementEvents");
    await replayed.waitFor((v) => v.length === 6);
    expect(live.values.map((e) => e.seq)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(live.values).toEqual(replayed.values);
    expect(live.values[0]).toMatchObject({ summary: "Första", actor: { id: m.users["von.chef"].id, active: true } });
    expect(live.errors).toEqual([]);
  });
});

/** A graphql-transport-ws client that keeps the `next` frames as the server sent them. */
async function rawSubscriber(url: string, token: string) {
  const socket = new WebSocket(url, "graphql-transport-ws");
  const frames: string[] = [];
  let arrived = () => {};
  socket.on("message", (data, isBinary) => {
    // A browser's client reads text frames only: a binary one would arrive as a Blob.
    const text = isBinary ? "binary frame" : String(data);
    if (isBinary || JSON.parse(text).type === "next") frames.push(text);
    arrived();
  });
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } }));
  await new Promise<void>((resolve) => (arrived = resolve));
  return {
    subscribe: (subId: string, query: string, variables: object) =>
      socket.send(JSON.stringify({ id: subId, type: "subscribe", payload: { query, variables } })),
    nextFrames: (n: number) =>
      new Promise<string[]>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${frames.length} of ${n} frames`)), 10_000);
        // Once taken, later frames wait for the next call rather than being taken by this one.
        const check = () => {
          if (frames.length < n) return;
          clearTimeout(timer);
          arrived = () => {};
          resolve(frames.splice(0, n));
        };
        arrived = check;
        check();
      }),
    /** Frames that arrived and were not taken. */
    pending: async () => frames.splice(0),
    complete: (subId: string) => socket.send(JSON.stringify({ id: subId, type: "complete" })),
    close: () => socket.close(),
  };
}
