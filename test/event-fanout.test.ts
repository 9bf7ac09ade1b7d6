import { describe, expect, it } from "vitest";
import { createAgreement } from "./support/agreements.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";
import { countStatements } from "./support/statements.js";
import { collect, wsClient } from "./support/ws.js";

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
});
