import { describe, expect, it } from "vitest";
import { createAgreement } from "./support/agreements.js";
import { addLines, fixedResource, scope } from "./support/balance.js";
import { startChildServer } from "./support/child-server.js";
import { ASSIGN, DECIDE, ESCALATE, QUEUE, QUEUE_CHANGED, raiseDispute, type DisputeData } from "./support/disputes.js";
import { seedMunicipality, type TestMunicipality } from "./support/factories.js";
import { actor, errorCode, ok } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { useTestServer, type TestServer } from "./support/server.js";
import { collect, wsClient, type Collected } from "./support/ws.js";

type Caller = Awaited<ReturnType<typeof actor>>;
const SET_PRIORITY = "mutation($id: ID!, $p: DisputePriority!) { setDisputePriority(disputeId: $id, priority: $p) { id priority } }";
const SETTINGS = "{ escalationQueueSettings { warnDays overdueDays } }";

async function municipality(server: TestServer) {
  const m = await seedMunicipality();
  const [vonChef, psChef, kl] = await Promise.all([
    actor(server, m, "von.chef"),
    actor(server, m, "ps.chef"),
    actor(server, m, "kommunledning"),
  ]);
  return { m, vonChef, psChef, kl };
}

/** An escalated dispute on a new agreement between `purchaser` and PS. */
async function escalated(caller: Caller, m: TestMunicipality, overrides: Record<string, unknown> = {}, purchaser: "VON" | "KUN" = "VON") {
  const { id } = await createAgreement(caller, m, { purchaserOrganId: m.organs[purchaser].id });
  const dispute = await raiseDispute(caller, id, overrides);
  return ok(await caller<{ escalateDispute: DisputeData }>(ESCALATE, { id: dispute.id })).escalateDispute;
}

/** Waits until the subscription is live: nudges a probe item until its change arrives (no fixed sleep). */
async function untilLive(feed: Collected<{ id: string }>, kl: Caller, probeId: string): Promise<void> {
  let priority = "LOW";
  const deadline = Date.now() + 10_000;
  while (!feed.values.some((d) => d.id === probeId)) {
    if (Date.now() > deadline) throw new Error("the queue subscription never became live");
    ok(await kl(SET_PRIORITY, { id: probeId, p: (priority = priority === "LOW" ? "NORMAL" : "LOW") }));
    await feed.waitFor((values) => values.some((d) => d.id === probeId), 300).catch(() => undefined);
  }
  feed.values.length = 0;
}

describe("escalation queue", () => {
  it("orders by priority, then by time in queue, with age badges from the municipality's thresholds, and filters", async () => {
    const server = await useTestServer();
    const { m, vonChef, kl } = await municipality(server);
    const kunChef = await actor(server, m, "kun.chef");
    const old = await escalated(vonChef, m, { subject: "MAL" });
    const older = await escalated(vonChef, m, { subject: "TOLKNING" });
    const kun = await escalated(kunChef, m, { subject: "EKONOMI" }, "KUN");
    await asOwner(m.municipality.id, "UPDATE dispute SET escalated_at = now() - interval '20 days' WHERE id = $1", [old.id]);
    await asOwner(m.municipality.id, "UPDATE dispute SET escalated_at = now() - interval '31 days' WHERE id = $1", [older.id]);

    // An amount at stake of 1 000 000 kr or more makes an escalated item HIGH.
    const { id: bigId } = await createAgreement(vonChef, m);
    await addLines(vonChef, bigId, [scope("Särskilt boende", 40, "800000.00", "platser"), fixedResource("Ersättning", "30000000.00")]);
    const big = await raiseDispute(vonChef, bigId);
    expect(big.amountAtStake).toBe("2000000.00");
    const bigEscalated = ok(await vonChef<{ escalateDispute: DisputeData }>(ESCALATE, { id: big.id })).escalateDispute;
    expect(bigEscalated.priority).toBe("HIGH");
    await raiseDispute(vonChef, bigId); // OPEN: not in the queue

    const queue = ok(await kl<{ escalationQueue: DisputeData[] }>(QUEUE)).escalationQueue;
    expect(queue.map((d) => [d.id, d.queueAge, d.queueDays])).toEqual([
      [big.id, "FRESH", 0],
      [older.id, "OVERDUE", 31],
      [old.id, "WARN", 20],
      [kun.id, "FRESH", 0],
    ]);
    expect(ok(await kl(SETTINGS))).toEqual({ escalationQueueSettings: { warnDays: 14, overdueDays: 30 } });

    await asOwner(m.municipality.id, "UPDATE municipality SET queue_warn_days = 21 WHERE id = $1", [m.municipality.id]);
    const reconfigured = ok(await kl<{ escalationQueue: DisputeData[] }>(QUEUE)).escalationQueue;
    expect(reconfigured.find((d) => d.id === old.id)!.queueAge).toBe("FRESH");

    const byOrgan = ok(await kl<{ escalationQueue: DisputeData[] }>(QUEUE, { organId: m.organs.KUN.id })).escalationQueue;
    expect(byOrgan.map((d) => d.id)).toEqual([kun.id]);
    const bySubject = ok(await kl<{ escalationQueue: DisputeData[] }>(QUEUE, { subject: "TOLKNING" })).escalationQueue;
    expect(bySubject.map((d) => d.id)).toEqual([older.id]);
    expect(ok(await kl<{ escalationQueue: DisputeData[] }>(QUEUE, { level: "POLITISK" })).escalationQueue).toEqual([]);

    ok(await kl(SET_PRIORITY, { id: kun.id, p: "HIGH" }));
    ok(await kl(DECIDE, { id: big.id, input: { decision: "Ersättningen står fast" } }));
    const after = ok(await kl<{ escalationQueue: DisputeData[] }>(QUEUE)).escalationQueue;
    expect(after.map((d) => d.id)).toEqual([kun.id, older.id, old.id]);
  });

  it("shows each municipality only its own queue", async () => {
    const server = await useTestServer();
    const a = await municipality(server);
    const b = await municipality(server);
    const inA = await escalated(a.psChef, a.m);
    const inB = await escalated(b.psChef, b.m);
    expect(ok(await a.kl<{ escalationQueue: DisputeData[] }>(QUEUE)).escalationQueue.map((d) => d.id)).toEqual([inA.id]);
    expect(ok(await b.kl<{ escalationQueue: DisputeData[] }>(QUEUE)).escalationQueue.map((d) => d.id)).toEqual([inB.id]);
    expect(errorCode(await b.kl(ASSIGN, { id: inA.id, a: b.m.users.kommunledning.id }))).toBe("NOT_FOUND");
    expect(errorCode(await a.kl(ASSIGN, { id: inA.id, a: b.m.users.kommunledning.id }))).toBe("BAD_USER_INPUT");
  });

  it("delivers an escalation made in another server process to kommunledning's open queue, and nothing to another municipality", async () => {
    const server = await useTestServer();
    const a = await municipality(server);
    const b = await municipality(server);
    const probeA = await escalated(a.vonChef, a.m);
    const probeB = await escalated(b.vonChef, b.m);
    const feedA = collect<{ id: string; status: string; assignee: { email: string } | null }>(
      wsClient(server, a.kl.token),
      QUEUE_CHANGED,
      {},
      "escalationQueueChanged",
    );
    const feedB = collect<{ id: string; status: string }>(wsClient(server, b.kl.token), QUEUE_CHANGED, {}, "escalationQueueChanged");
    await untilLive(feedA, a.kl, probeA.id);
    await untilLive(feedB, b.kl, probeB.id);

    // ps.chef works through a second server process; the signal crosses through PostgreSQL.
    const child = await startChildServer();
    const psChefElsewhere = await actor(child, a.m, "ps.chef");
    const { id } = await createAgreement(psChefElsewhere, a.m);
    const dispute = await raiseDispute(psChefElsewhere, id);
    ok(await psChefElsewhere(ESCALATE, { id: dispute.id }));
    await feedA.waitFor((values) => values.some((d) => d.id === dispute.id && d.status === "ESCALATED"));

    ok(await a.kl(ASSIGN, { id: dispute.id, a: a.m.users.kommunledning.id }));
    await feedA.waitFor((values) => values.some((d) => d.id === dispute.id && d.status === "IN_REVIEW" && d.assignee !== null));

    // B's queue saw nothing of A: its next change arrives alone.
    ok(await b.kl(SET_PRIORITY, { id: probeB.id, p: "HIGH" }));
    await feedB.waitFor((values) => values.some((d) => d.id === probeB.id));
    expect(feedB.values.map((d) => d.id)).toEqual([probeB.id]);
    expect(feedA.values.every((d) => d.id === dispute.id)).toBe(true);
  });

  it("refuses the live queue to anyone but kommunledning", async () => {
    const server = await useTestServer();
    const { psChef } = await municipality(server);
    const feed = collect(wsClient(server, psChef.token), QUEUE_CHANGED, {}, "escalationQueueChanged");
    await expect(feed.waitFor(() => false, 5000)).rejects.toThrow(/FORBIDDEN/);
  });
});
