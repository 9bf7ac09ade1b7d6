import { describe, expect, it } from "vitest";
import { createAgreement } from "./support/agreements.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";
import { countStatements } from "./support/statements.js";
import { collect, wsClient } from "./support/ws.js";
import WebSocket from "ws";

const EVENTS = "subscription($id: ID!) { agreementEvents(agreementId: $id, afterSeq: 1) { seq summary actor { name } } }";
const UPDATE =
  "mutation($id: ID!, $v: Int!, $t: String!) { updateAgreement(id: $id, expectedVersion: $v, input: { title: $t }) { version } }";
const SUBSCRIBERS = 8;
const EVENT_COUNT = 4;

describe("agreement event fan-out", () => {
  it("reads each event once per process, whatever the number of subscribers", async () => {
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
    const userReads = statements.matching(/FROM "app_user"/);
    statements.stop();

    // One read of the log (and one of the actors) per event, not one per subscriber and event (which
    // was 32 and 36 here); the other user reads are the mutations' own.
    expect(eventReads).toBeGreaterThanOrEqual(1);
    expect(eventReads).toBeLessThanOrEqual(EVENT_COUNT);
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
        const check = () => frames.length >= n && (clearTimeout(timer), resolve(frames.splice(0, n)));
        arrived = check;
        check();
      }),
    close: () => socket.close(),
  };
}
