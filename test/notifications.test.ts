import { describe, expect, it } from "vitest";
import type { DemoWho } from "../server/seed/municipality-seed.js";
import { createAgreement } from "./support/agreements.js";
import { ASSIGN, DECIDE, ESCALATE, REFER, raiseDispute } from "./support/disputes.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";
import { collect, wsClient } from "./support/ws.js";
import { today } from "./support/approval.js";

const LIST = "{ notifications { id kind summary disputeId agreementId diarienummer read } unreadNotificationCount }";
const MARK = "mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }";
const CHANGED = "subscription { notificationsChanged }";

interface Listed {
  notifications: Array<{
    id: string;
    kind: string;
    summary: string;
    disputeId: string;
    agreementId: string;
    diarienummer: string;
    read: boolean;
  }>;
  unreadNotificationCount: number;
}

const WHO: DemoWho[] = ["von.chef", "von.handlaggare", "ps.chef", "ps.handlaggare", "kommunledning", "revisor", "kun.chef"];

async function setup() {
  const server = await useTestServer();
  const m = await seedMunicipality();
  const callers = Object.fromEntries(await Promise.all(WHO.map(async (who) => [who, await actor(server, m, who)] as const))) as Record<
    (typeof WHO)[number],
    Awaited<ReturnType<typeof actor>>
  >;
  const { id, diarienummer } = await createAgreement(callers["von.chef"], m);
  const kinds = async () =>
    Object.fromEntries(
      await Promise.all(
        WHO.map(
          async (who) =>
            [
              who,
              ok(await callers[who]<Listed>(LIST))
                .notifications.map((n) => n.kind)
                .reverse(),
            ] as const,
        ),
      ),
    );
  return { server, m, callers, id, diarienummer, kinds };
}

describe("notifications", () => {
  it("tells the other party of a raise and an escalation, kommunledning of the queue, both parties of assignment, referral and decision", async () => {
    const { m, callers, id, diarienummer, kinds } = await setup();
    const dispute = await raiseDispute(callers["ps.chef"], id);
    expect(await kinds()).toEqual({
      "von.chef": ["dispute.raised"],
      "von.handlaggare": ["dispute.raised"],
      "ps.chef": [],
      "ps.handlaggare": [],
      kommunledning: [],
      revisor: [],
      "kun.chef": [],
    });
    ok(await callers["ps.chef"](ESCALATE, { id: dispute.id }));
    ok(await callers.kommunledning(ASSIGN, { id: dispute.id, a: m.users.kommunledning.id }));
    ok(await callers.kommunledning(REFER, { id: dispute.id, body: "KOMMUNFULLMAKTIGE" }));
    ok(await callers.kommunledning(DECIDE, { id: dispute.id, input: { decision: "Ersättningen höjs", reference: `KF ${today()} § 12` } }));
    const both = ["dispute.assigned", "dispute.referred", "dispute.decided"];
    expect(await kinds()).toEqual({
      "von.chef": ["dispute.raised", "dispute.escalated", ...both],
      "von.handlaggare": ["dispute.raised", "dispute.escalated", ...both],
      "ps.chef": both,
      "ps.handlaggare": both,
      kommunledning: ["dispute.queued"],
      revisor: [],
      "kun.chef": [],
    });

    const listed = ok(await callers.kommunledning<Listed>(LIST));
    expect(listed.unreadNotificationCount).toBe(1);
    expect(listed.notifications[0]).toMatchObject({ disputeId: dispute.id, agreementId: id, diarienummer, read: false });
    expect(listed.notifications[0].summary).toBe(`Ny tvist i eskaleringskön: ${diarienummer}, balansen (ekonomi)`);
    const decided = ok(await callers["ps.handlaggare"]<Listed>(LIST)).notifications[0];
    expect(decided.summary).toBe(`Kommunfullmäktige beslutade i tvisten om balansen (ekonomi), KF ${today()} § 12: ”Ersättningen höjs”`);
  });

  it("counts unread, marks read one by one or all, and never touches another user's", async () => {
    const { callers, id } = await setup();
    const first = await raiseDispute(callers["ps.chef"], id);
    await raiseDispute(callers["ps.chef"], id, { subject: "MAL" });
    ok(await callers["ps.chef"](ESCALATE, { id: first.id }));
    const von = callers["von.chef"];
    const listed = ok(await von<Listed>(LIST));
    expect(listed.unreadNotificationCount).toBe(3);

    // Another user's ids are simply not theirs to mark.
    expect(
      ok(await callers["von.handlaggare"]<{ markNotificationsRead: number }>(MARK, { ids: [listed.notifications[0].id] }))
        .markNotificationsRead,
    ).toBe(3);
    expect(ok(await von<Listed>(LIST)).unreadNotificationCount).toBe(3);

    expect(
      ok(await von<{ markNotificationsRead: number }>(MARK, { ids: [listed.notifications[0].id, "not-an-id"] })).markNotificationsRead,
    ).toBe(2);
    expect(ok(await von<Listed>(LIST)).notifications.map((n) => n.read)).toEqual([true, false, false]);
    expect(ok(await von<{ markNotificationsRead: number }>(MARK, {})).markNotificationsRead).toBe(0);
    expect(ok(await callers["von.handlaggare"]<Listed>(LIST)).unreadNotificationCount).toBe(3);
  });

  it("streams the unread count live: at once, then after each change", async () => {
    const { server, callers, id } = await setup();
    const von = callers["von.chef"];
    const feed = collect<number>(wsClient(server, von.token), CHANGED, {}, "notificationsChanged");
    await feed.waitFor((values) => values.length === 1);
    expect(feed.values).toEqual([0]);

    const dispute = await raiseDispute(callers["ps.chef"], id);
    await feed.waitFor((values) => values.at(-1) === 1);
    ok(await callers["ps.chef"](ESCALATE, { id: dispute.id }));
    await feed.waitFor((values) => values.at(-1) === 2);
    ok(await von(MARK, {}));
    await feed.waitFor((values) => values.at(-1) === 0);
  });
});
