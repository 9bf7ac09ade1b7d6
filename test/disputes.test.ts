import { describe, expect, it } from "vitest";
import { blockingDisputes } from "../server/disputes/disputes.queries.js";
import type { DemoWho } from "../server/seed/municipality-seed.js";
import { createAgreement } from "./support/agreements.js";
import { SUBMIT, readyDraft, today } from "./support/approval.js";
import { EVENTS, fixedResource, scope, setAgreementStatus } from "./support/balance.js";
import {
  ASSIGN,
  DECIDE,
  DISPUTE,
  ESCALATE,
  POSITION,
  QUEUE,
  RAISE,
  REFER,
  WITHDRAW,
  balanceDisputeInput,
  disputeScene,
  raiseDispute,
  type DisputeData,
} from "./support/disputes.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";

// API.md: raiseDispute = FORVALTNINGSCHEF or HANDLAGGARE of either party; escalateDispute = FORVALTNINGSCHEF
// of a party; the queue, assign, refer, decide = KOMMUNLEDNING of the municipality.
const POLICY: Array<{ who: DemoWho; raise: boolean; escalate: boolean; queue: boolean }> = [
  { who: "von.chef", raise: true, escalate: true, queue: false },
  { who: "ps.chef", raise: true, escalate: true, queue: false },
  { who: "von.handlaggare", raise: true, escalate: false, queue: false },
  { who: "ps.handlaggare", raise: true, escalate: false, queue: false },
  { who: "kun.chef", raise: false, escalate: false, queue: false },
  { who: "von.sekreterare", raise: false, escalate: false, queue: false },
  { who: "kommunledning", raise: false, escalate: false, queue: true },
  { who: "revisor", raise: false, escalate: false, queue: false },
  { who: "admin", raise: false, escalate: false, queue: false },
];

describe("disputes: raising, positions, withdrawal and escalation", () => {
  it("records a balance dispute with both positions, the consequence and the amount at stake", async () => {
    const { vonChef, psChef, id } = await disputeScene();
    const raised = await raiseDispute(psChef, id);
    expect(raised).toMatchObject({
      status: "OPEN",
      level: "TJANSTEMANNA",
      priority: "NORMAL",
      concernsBalance: true,
      section: null,
      amountAtStake: "20000.00",
      raisedParty: "PROVIDER",
      queueDays: null,
      queueAge: null,
      positions: [
        {
          party: "PROVIDER",
          user: { email: expect.stringMatching(/^ps\.chef@/) },
          text: "Ersättningen måste höjas med 20 000 kr",
          consequence: "Utan höjning måste antalet timmar minskas",
        },
      ],
    });
    expect(raised.permissions).toMatchObject({ canAddPosition: true, canWithdraw: true, canEscalateDispute: true, canDecide: false });

    const answered = ok(
      await vonChef<{ addDisputePosition: DisputeData }>(POSITION, {
        id: raised.id,
        p: "Volymen ska minska i stället",
        c: "Kvaliteten påverkas inte",
      }),
    ).addDisputePosition;
    expect(answered.positions.map((p) => [p.party, p.text])).toEqual([
      ["PROVIDER", "Ersättningen måste höjas med 20 000 kr"],
      ["PURCHASER", "Volymen ska minska i stället"],
    ]);
    expect(answered.permissions.canWithdraw).toBe(false); // only the raising party

    const events = ok(
      await vonChef<{ agreement: { events: Array<{ type: string; summary: string; actor: { email: string } }> } }>(EVENTS, { id }),
    ).agreement.events;
    const raisedEvent = events.find((e) => e.type === "dispute.raised")!;
    expect(raisedEvent.summary.replace(/\s/g, " ")).toBe(
      "Utföraren lyfte en tvist om balansen (ekonomi): ”Ersättningen täcker inte kostnaden för hemtjänsttimmarna”. Belopp i fråga: 20 000,00 kr",
    );
    expect(raisedEvent.actor.email).toMatch(/^ps\.chef@/);
    expect(events.some((e) => e.type === "dispute.positionAdded")).toBe(true);
  });

  it("concerns a section of the same agreement, without an amount at stake", async () => {
    const { m, vonChef, id } = await disputeScene();
    const sections = ok(
      await vonChef<{ agreement: { sections: Array<{ id: string; title: string }> } }>(
        "query($id: ID!) { agreement(id: $id) { sections { id title } } }",
        { id },
      ),
    ).agreement.sections;
    const goals = sections.find((s) => s.title === "Mål och kvalitetskrav")!;
    const raised = await raiseDispute(vonChef, id, { subject: "KVALITETSKRAV", sectionId: goals.id });
    expect(raised).toMatchObject({
      concernsBalance: false,
      section: { id: goals.id, title: "Mål och kvalitetskrav" },
      amountAtStake: null,
    });

    const other = await createAgreement(vonChef, m, { title: "Annan" });
    const foreignSection = ok(
      await vonChef<{ agreement: { sections: Array<{ id: string }> } }>("query($id: ID!) { agreement(id: $id) { sections { id } } }", {
        id: other.id,
      }),
    ).agreement.sections[0];
    expect(errorCode(await vonChef(RAISE, { input: balanceDisputeInput(id, { sectionId: foreignSection.id }) }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await vonChef(RAISE, { input: balanceDisputeInput(id, { description: "  " }) }))).toBe("BAD_USER_INPUT");
  });

  it("may be raised on a DRAFT or a SIGNED agreement, not while it is in approval", async () => {
    const { m, vonChef, id } = await disputeScene();
    await setAgreementStatus(m, id, "IN_APPROVAL");
    expect(errorCode(await vonChef(RAISE, { input: balanceDisputeInput(id) }))).toBe("INVALID_STATE");
    await setAgreementStatus(m, id, "APPROVED");
    expect(errorCode(await vonChef(RAISE, { input: balanceDisputeInput(id) }))).toBe("INVALID_STATE");
    await setAgreementStatus(m, id, "SIGNED");
    expect((await raiseDispute(vonChef, id, { subject: "TOLKNING" })).status).toBe("OPEN");
  });

  it.each(POLICY)("enforces the permission table for $who", async ({ who, raise, escalate, queue }) => {
    const { server, m, vonChef, id } = await disputeScene();
    const caller = await actor(server, m, who);
    const result = await caller<{ raiseDispute: DisputeData }>(RAISE, { input: balanceDisputeInput(id) });
    if (raise) expect(ok(result).raiseDispute.status).toBe("OPEN");
    else expect(errorCode(result)).toBe("FORBIDDEN");

    const dispute = await raiseDispute(vonChef, id);
    const escalated = await caller<{ escalateDispute: DisputeData }>(ESCALATE, { id: dispute.id });
    if (escalate) expect(ok(escalated).escalateDispute.status).toBe("ESCALATED");
    else expect(errorCode(escalated)).toBe("FORBIDDEN");

    const listed = await caller(QUEUE);
    if (queue) expect(ok(listed)).toBeTruthy();
    else expect(errorCode(listed)).toBe("FORBIDDEN");
    const assigned = await caller(ASSIGN, { id: dispute.id, a: m.users.kommunledning.id });
    if (queue)
      expect(errorCode(assigned)).toBe("INVALID_STATE"); // allowed, but nobody escalated it
    else expect(errorCode(assigned)).toBe("FORBIDDEN");
  });

  it("lets only the raising party withdraw, and only while OPEN or ESCALATED", async () => {
    const { server, m, vonChef, psChef, kl, id } = await disputeScene();
    const handlaggare = await actor(server, m, "ps.handlaggare");
    const dispute = await raiseDispute(psChef, id);
    expect(errorCode(await vonChef(WITHDRAW, { id: dispute.id }))).toBe("FORBIDDEN");
    const withdrawn = ok(
      await handlaggare<{ withdrawDispute: DisputeData }>(WITHDRAW, { id: dispute.id, note: "Vi löste det i dialog" }),
    ).withdrawDispute;
    expect(withdrawn).toMatchObject({ status: "WITHDRAWN", withdrawalNote: "Vi löste det i dialog" });
    expect(errorCode(await psChef(ESCALATE, { id: dispute.id }))).toBe("INVALID_STATE");
    expect(errorCode(await psChef(POSITION, { id: dispute.id, p: "Något" }))).toBe("INVALID_STATE");

    const second = await raiseDispute(psChef, id);
    ok(await psChef(ESCALATE, { id: second.id }));
    ok(await kl(ASSIGN, { id: second.id, a: m.users.kommunledning.id }));
    expect(errorCode(await psChef(WITHDRAW, { id: second.id }))).toBe("INVALID_STATE"); // in review: kommunledning decides
  });
});

describe("disputes: another municipality", () => {
  it("answers NOT_FOUND for a dispute of another municipality, as for one that does not exist", async () => {
    const { server, psChef, id } = await disputeScene();
    const other = await seedMunicipality();
    const otherKl = await actor(server, other, "kommunledning");
    const otherChef = await actor(server, other, "ps.chef");
    const dispute = await raiseDispute(psChef, id);
    ok(await psChef(ESCALATE, { id: dispute.id }));
    for (const [caller, query, vars] of [
      [otherChef, POSITION, { id: dispute.id, p: "x" }],
      [otherChef, ESCALATE, { id: dispute.id }],
      [otherKl, ASSIGN, { id: dispute.id, a: other.users.kommunledning.id }],
      [otherKl, DECIDE, { id: dispute.id, input: { decision: "x" } }],
      [otherKl, DISPUTE, { id: dispute.id }],
      [otherKl, DISPUTE, { id: "00000000-0000-4000-8000-000000000000" }],
    ] as const)
      expect(errorCode(await caller(query, vars))).toBe("NOT_FOUND");
    expect(errorCode(await otherChef(RAISE, { input: balanceDisputeInput(id) }))).toBe("NOT_FOUND");
  });
});

describe("disputes: block submission for approval", () => {
  it("while OPEN, ESCALATED, IN_REVIEW or REFERRED: through blockingDisputes and through submitForApproval", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef, psChef } = await readyDraft(server, m);
    const kl = await actor(server, m, "kommunledning");
    const blocking = () => server.services.db.inMunicipality(m.municipality.id, (tx) => blockingDisputes(tx, id));
    const submitBlockedBy = async () => {
      const result = await vonChef(SUBMIT, { id });
      expect(errorCode(result)).toBe("INVALID_STATE");
      return result.errors![0].extensions!.reasons as string[];
    };

    const first = await raiseDispute(psChef, id);
    const second = await raiseDispute(vonChef, id, { subject: "UPPFOLJNING" });
    expect(await blocking()).toBe(2);
    expect(await submitBlockedBy()).toEqual(["2 tvister är inte avgjorda"]);

    ok(await vonChef(WITHDRAW, { id: second.id }));
    ok(await psChef(ESCALATE, { id: first.id }));
    expect(await blocking()).toBe(1);
    ok(await kl(ASSIGN, { id: first.id, a: m.users.kommunledning.id }));
    ok(await kl(REFER, { id: first.id, body: "KOMMUNSTYRELSE" }));
    expect(await blocking()).toBe(1);
    expect(await submitBlockedBy()).toEqual(["1 tvist är inte avgjord"]);

    ok(
      await kl(DECIDE, {
        id: first.id,
        input: {
          decision: "Balansen fastställs",
          reference: `KS ${today()} § 145`,
          balanceLines: [scope("Hemtjänst", 100, "10000.00"), fixedResource("Ersättning", "1015000.00")],
        },
      }),
    );
    expect(await blocking()).toBe(0);
    expect(ok(await vonChef<{ submitForApproval: { status: string } }>(SUBMIT, { id })).submitForApproval.status).toBe("IN_APPROVAL");
  });
});
