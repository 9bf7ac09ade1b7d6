import { describe, expect, it } from "vitest";
import { createAgreement } from "./support/agreements.js";
import { ESCALATE, raiseDispute } from "./support/disputes.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";
import { countStatements } from "./support/statements.js";
import { collect, wsClient } from "./support/ws.js";

const SET_PRIORITY = "mutation($id: ID!, $p: DisputePriority!) { setDisputePriority(disputeId: $id, priority: $p) { id priority } }";
const QUEUE_CHANGED = "subscription { escalationQueueChanged { id priority permissions { canAssign canSetPriority canWithdraw } } }";
const COUNT_CHANGED = "subscription { notificationsChanged }";
const CHANGES = 3;

interface QueueItem {
  id: string;
  priority: string;
  permissions: { canAssign: boolean; canSetPriority: boolean; canWithdraw: boolean };
}

// The escalation queue and the unread count are read once per process and change, like the agreement
// feed (event-fanout.test.ts): not once per subscriber.
describe("queue and notification fan-out", () => {
  it("reads a queue change once for all of kommunledning's subscriptions, each with its own permissions", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const [vonChef, psChef, kl] = await Promise.all((["von.chef", "ps.chef", "kommunledning"] as const).map((w) => actor(server, m, w)));
    const { id } = await createAgreement(vonChef, m);
    const dispute = await raiseDispute(psChef, id);
    ok(await psChef(ESCALATE, { id: dispute.id }));
    const feeds = Array.from({ length: 4 }, () =>
      collect<QueueItem>(wsClient(server, kl.token), QUEUE_CHANGED, {}, "escalationQueueChanged"),
    );
    let changes = 0;
    const change = async () => {
      const p = ["LOW", "NORMAL", "HIGH"][changes++ % 3];
      ok(await kl(SET_PRIORITY, { id: dispute.id, p }));
      return p;
    };
    const everyFeedHas = (p: string, timeoutMs?: number) =>
      Promise.all(feeds.map((f) => f.waitFor((v) => v.at(-1)?.priority === p, timeoutMs)));
    // Until every subscription is live: a change every one of them receives.
    for (let tries = 0; ; tries++) {
      if (tries > 20) throw new Error("the queue subscriptions never became live");
      if (
        await everyFeedHas(await change(), 300).then(
          () => true,
          () => false,
        )
      )
        break;
    }

    const statements = countStatements(server.appDataSource);
    for (let i = 0; i < CHANGES; i++) await everyFeedHas(await change());
    const positionReads = statements.matching(/FROM "?dispute_position\b/);
    statements.stop();
    // Per change: the mutation's own answer reads the positions once, the feed once (it was once per subscriber).
    expect(positionReads).toBeGreaterThanOrEqual(CHANGES);
    expect(positionReads).toBeLessThanOrEqual(2 * CHANGES);
    for (const f of feeds) {
      expect(f.values.every((d) => d.id === dispute.id)).toBe(true);
      // Kommunledning's own permissions, added per subscriber to what was read for all.
      expect(f.values.at(-1)!.permissions).toEqual({ canAssign: true, canSetPriority: true, canWithdraw: false });
    }
  });

  it("counts a user's unread notifications once per change for all of that user's sockets", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const [vonChef, vonHandlaggare, psChef] = await Promise.all(
      (["von.chef", "von.handlaggare", "ps.chef"] as const).map((w) => actor(server, m, w)),
    );
    const { id } = await createAgreement(vonChef, m);
    const sockets = [vonChef, vonChef, vonChef, vonHandlaggare, vonHandlaggare].map((who) =>
      collect<number>(wsClient(server, who.token), COUNT_CHANGED, {}, "notificationsChanged"),
    );
    await Promise.all(sockets.map((s) => s.waitFor((v) => v.length === 1)));

    const statements = countStatements(server.appDataSource);
    // A raise, then its escalation: each tells both of VON's users (two recipients, five sockets).
    const dispute = await raiseDispute(psChef, id);
    await Promise.all(sockets.map((s) => s.waitFor((v) => v.at(-1) === 1)));
    ok(await psChef(ESCALATE, { id: dispute.id }));
    await Promise.all(sockets.map((s) => s.waitFor((v) => v.at(-1) === 2)));
    const counts = statements.matching(/SELECT count\(\*\)::int AS n FROM notification/);
    statements.stop();
    expect(counts).toBe(2 * 2);
    for (const s of sockets) expect(s.values).toEqual([0, 1, 2]);
  });
});
