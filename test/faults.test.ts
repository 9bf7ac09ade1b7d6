import { createClient } from "graphql-ws";
import { inject } from "vitest";
import { describe, expect, it, onTestFinished } from "vitest";
import WebSocket from "ws";
import { openDataSource } from "../server/db/data-source.js";
import { verifyChains } from "../server/events/chain-verifier.js";
import { createAgreement } from "./support/agreements.js";
import { textUpdate } from "./support/approval.js";
import { startChildServer } from "./support/child-server.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, ok } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { useTestServer } from "./support/server.js";
import { tcpProxy } from "./support/tcp-proxy.js";
import { eventually } from "./support/yjs-client.js";

const ADD_COMMENT = "mutation($s: ID!, $b: String!) { addComment(sectionId: $s, body: $b) { id } }";
const ADD_LINE = `mutation($id: ID!, $v: Int!, $input: BalanceLineInput!) { addBalanceLine(agreementId: $id, expectedVersion: $v, input: $input) { version lines { description } } }`;
const PUSH = "mutation($s: ID!, $u: String!) { pushSectionUpdate(sectionId: $s, update: $u) { seq } }";
const VERSION = "query($id: ID!) { agreement(id: $id) { balance { version } } }";

describe("faults, with real processes on loopback", () => {
  it("loses nothing acknowledged when the server is SIGKILLed under mixed load; events have no gaps and every chain verifies", async () => {
    const first = await startChildServer();
    const m = await seedMunicipality();
    const [vonChef, psChef] = [await actor(first, m, "von.chef"), await actor(first, m, "ps.chef")];
    const { id } = await createAgreement(vonChef, m);
    const sections = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id })).agreement.sections as Array<{
      id: string;
    }>;
    const acknowledged = { comments: [] as string[], lines: [] as string[], pushes: 0 };
    let running = true;
    const load = [
      (async () => {
        for (let n = 0; running; n++) {
          const result = await vonChef(ADD_COMMENT, { s: sections[0].id, b: `Kommentar ${n}` }).catch(() => null);
          if (result?.data) acknowledged.comments.push(result.data.addComment.id);
        }
      })(),
      (async () => {
        for (let n = 0; running; n++) {
          const version = (await psChef(VERSION, { id }).catch(() => null))?.data?.agreement.balance.version;
          if (version === undefined) continue;
          const input = { kind: "RESOURCE", description: `Rad ${n}`, amount: "10.00" };
          const result = await psChef(ADD_LINE, { id, v: version, input }).catch(() => null);
          if (result?.data) acknowledged.lines.push(input.description);
        }
      })(),
      (async () => {
        for (let n = 0; running; n++) {
          const result = await vonChef(PUSH, { s: sections[1].id, u: textUpdate(`Text ${n}`) }).catch(() => null);
          if (result?.data) acknowledged.pushes++;
        }
      })(),
    ];
    await eventually(
      () => acknowledged.comments.length >= 10 && acknowledged.lines.length >= 5 && acknowledged.pushes >= 10,
      20_000,
      "mixed load",
    );
    await first.stop("SIGKILL");
    running = false;
    await Promise.all(load);

    const second = await startChildServer();
    const after = await actor(second, m, "von.chef");
    const agreement = ok(
      await after("query($id: ID!) { agreement(id: $id) { balance { lines { description } } sections { id seq comments { id } } } }", {
        id,
      }),
    ).agreement;
    const comments = new Set((agreement.sections[0].comments as Array<{ id: string }>).map((c) => c.id));
    expect(acknowledged.comments.filter((c) => !comments.has(c))).toEqual([]);
    const lines = new Set((agreement.balance.lines as Array<{ description: string }>).map((l) => l.description));
    expect(acknowledged.lines.filter((l) => !lines.has(l))).toEqual([]);
    expect(agreement.sections[1].seq).toBeGreaterThanOrEqual(acknowledged.pushes);

    const [{ n, last, distinct }] = await asOwner(
      m.municipality.id,
      "SELECT count(*)::int AS n, max(seq) AS last, count(DISTINCT seq)::int AS distinct FROM agreement_event WHERE agreement_id = $1",
      [id],
    );
    expect(n).toBeGreaterThan(0);
    expect({ n, distinct }).toEqual({ n: last, distinct: last });
    // As the servers' role, as they would: the verifier finds every municipality through the reviewed lookup.
    const ds = await openDataSource(inject("databaseUrl"), { poolSize: 1 });
    onTestFinished(() => ds.destroy());
    const report = await verifyChains(ds);
    expect(report.broken).toEqual([]);
    expect(report.events).toBeGreaterThanOrEqual(n);
  });

  it("delivers every event once when a proxy drops and delays the WebSocket, as the subscriber resumes after its last seq", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const { id } = await createAgreement(vonChef, m);
    const sectionId = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id })).agreement.sections[0].id;
    const proxy = await tcpProxy({ host: "127.0.0.1", port: Number(new URL(server.url).port) });
    proxy.delay(20);

    const received: number[] = [];
    let stopped = false;
    const subscribe = () => {
      if (stopped) return;
      const client = createClient({
        url: proxy.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${vonChef.token}` },
        retryAttempts: 0,
      });
      const resume = () => {
        void client.dispose();
        setTimeout(subscribe, 30);
      };
      client.subscribe<{ agreementEvents: { seq: number } }>(
        {
          query: "subscription($id: ID!, $after: Int) { agreementEvents(agreementId: $id, afterSeq: $after) { seq } }",
          variables: { id, after: received.at(-1) ?? 0 },
        },
        { next: ({ data }) => data && received.push(data.agreementEvents.seq), error: resume, complete: resume },
      );
      onTestFinished(() => void client.dispose());
    };
    subscribe();

    const comments = 24;
    for (let i = 0; i < comments; i++) {
      ok(await vonChef(ADD_COMMENT, { s: sectionId, b: `Under störning ${i}` }));
      if (i === 6 || i === 15) proxy.dropAll();
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    const total = 1 + comments; // agreement.created, then one event per comment
    await eventually(() => received.length >= total, 20_000, "every event");
    stopped = true;
    expect(received).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  });
});
