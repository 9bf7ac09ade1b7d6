import { describe, expect, it } from "vitest";
import { blockingDisputes } from "../server/disputes/disputes.queries.js";
import type { DemoWho } from "../server/seed/municipality-seed.js";
import { createAgreement } from "./support/agreements.js";
import { SUBMIT, readyDraft, today } from "./support/approval.js";
import { AGREE, EVENTS, addLines, fixedResource, readBalance, scope, setAgreementStatus } from "./support/balance.js";
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
  raiseDispute,
  type DisputeData,
} from "./support/disputes.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";

async function setup() {
  const server = await useTestServer();
  const m = await seedMunicipality();
  const [vonChef, psChef, kl] = await Promise.all([
    actor(server, m, "von.chef"),
    actor(server, m, "ps.chef"),
    actor(server, m, "kommunledning"),
  ]);
  const { id } = await createAgreement(vonChef, m);
  await addLines(vonChef, id, [
    scope("Hemtjänst, beviljade timmar", 1000, "400.00", "timmar"),
    fixedResource("Grundersättning", "380000.00"),
  ]);
  return { server, m, vonChef, psChef, kl, id };
}

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
    const { vonChef, psChef, id } = await setup();
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
    const { m, vonChef, id } = await setup();
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
    const { m, vonChef, id } = await setup();
    await setAgreementStatus(m, id, "IN_APPROVAL");
    expect(errorCode(await vonChef(RAISE, { input: balanceDisputeInput(id) }))).toBe("INVALID_STATE");
    await setAgreementStatus(m, id, "APPROVED");
    expect(errorCode(await vonChef(RAISE, { input: balanceDisputeInput(id) }))).toBe("INVALID_STATE");
    await setAgreementStatus(m, id, "SIGNED");
    expect((await raiseDispute(vonChef, id, { subject: "TOLKNING" })).status).toBe("OPEN");
  });

  it.each(POLICY)("enforces the permission table for $who", async ({ who, raise, escalate, queue }) => {
    const { server, m, vonChef, id } = await setup();
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
    const { server, m, vonChef, psChef, kl, id } = await setup();
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

describe("disputes: kommunledning decides", () => {
  it("decides at official level with new balance lines: applied at once, the balance DECIDED, the marks cleared", async () => {
    const { m, vonChef, psChef, kl, id } = await setup();
    const before = await readBalance(vonChef, id);
    ok(await vonChef(AGREE, { id, v: before.version, reason: "Underskottet täcks av nämndens reserv" }));
    const dispute = await raiseDispute(psChef, id);
    const escalated = ok(await psChef<{ escalateDispute: DisputeData }>(ESCALATE, { id: dispute.id })).escalateDispute;
    expect(escalated).toMatchObject({ status: "ESCALATED", queueDays: 0, queueAge: "FRESH" });

    const assigned = ok(await kl<{ assignDispute: DisputeData }>(ASSIGN, { id: dispute.id, a: m.users.kommunledning.id })).assignDispute;
    expect(assigned).toMatchObject({ status: "IN_REVIEW", assignee: { email: m.email("kommunledning") } });
    expect(errorCode(await kl(ASSIGN, { id: dispute.id, a: m.users["ps.chef"].id }))).toBe("BAD_USER_INPUT");

    const lines = [scope("Hemtjänst, beviljade timmar", 950, "400.00", "timmar"), fixedResource("Grundersättning", "385000.00")];
    expect(errorCode(await kl(DECIDE, { id: dispute.id, input: { decision: "  " } }))).toBe("BAD_USER_INPUT");
    expect(
      errorCode(
        await kl(DECIDE, {
          id: dispute.id,
          input: { decision: "Fel", balanceLines: [{ kind: "SCOPE", description: "x", volume: -1, unitAmount: "1.00" }] },
        }),
      ),
    ).toBe("BAD_USER_INPUT");
    const decided = ok(
      await kl<{ decideDispute: DisputeData }>(DECIDE, {
        id: dispute.id,
        input: { decision: "Volymen sänks till 950 timmar och ersättningen höjs till 385 000 kr", balanceLines: lines },
      }),
    ).decideDispute;
    expect(decided).toMatchObject({
      status: "DECIDED",
      level: "TJANSTEMANNA",
      queueAge: null,
      decision: {
        level: "TJANSTEMANNA",
        reference: null,
        body: null,
        decidedBy: { email: m.email("kommunledning") },
        balanceLines: [
          { kind: "SCOPE", description: "Hemtjänst, beviljade timmar", amount: "380000.00" },
          { kind: "RESOURCE", description: "Grundersättning", amount: "385000.00" },
        ],
      },
    });
    for (const party of [vonChef, psChef]) {
      const balance = await readBalance(party, id);
      expect(balance.status).toBe("DECIDED");
      expect(balance.agreements).toEqual([]);
      expect(balance.lines.map((l) => [l.kind, l.description, l.amount])).toEqual([
        ["SCOPE", "Hemtjänst, beviljade timmar", "380000.00"],
        ["RESOURCE", "Grundersättning", "385000.00"],
      ]);
    }
    expect(errorCode(await kl(DECIDE, { id: dispute.id, input: { decision: "Igen" } }))).toBe("INVALID_STATE");

    const history = ok(await vonChef<{ dispute: DisputeData }>(DISPUTE, { id: dispute.id })).dispute.history!;
    expect(history.map((e) => [e.type, e.actor?.email.split("@")[0]])).toEqual([
      ["dispute.raised", "ps.chef"],
      ["dispute.escalated", "ps.chef"],
      ["dispute.assigned", "kommunledning"],
      ["dispute.decided", "kommunledning"],
    ]);
    expect(history[3].summary).toBe(
      "Kommunledningen beslutade på tjänstemannanivå i tvisten om balansen (ekonomi): ”Volymen sänks till 950 timmar och ersättningen höjs till 385 000 kr”. Beslutet fastställer balansen (2 rader)",
    );
  });

  it("refers to KS and records the political decision with body, meeting date and paragraph", async () => {
    const { m, psChef, vonChef, kl, id } = await setup();
    const dispute = await raiseDispute(vonChef, id, { subject: "TOLKNING" });
    ok(await vonChef(ESCALATE, { id: dispute.id }));
    expect(errorCode(await kl(REFER, { id: dispute.id, body: "BESTALLARNAMND" }))).toBe("BAD_USER_INPUT");
    const referred = ok(await kl<{ referDispute: DisputeData }>(REFER, { id: dispute.id, body: "KOMMUNSTYRELSE" })).referDispute;
    expect(referred).toMatchObject({ status: "REFERRED", level: "POLITISK", referredTo: "KOMMUNSTYRELSE" });

    for (const input of [
      { decision: "Beslut" }, // no minutes
      { decision: "Beslut", reference: `KF ${today()} § 145` }, // the wrong body
      { decision: "Beslut", reference: "protokollet" },
      { decision: "Beslut", meetingDate: `${today()}` }, // no paragraph
      { decision: "Beslut", reference: `KS ${today()} § 145`, paragraph: "146" },
    ])
      expect(errorCode(await kl(DECIDE, { id: dispute.id, input })), JSON.stringify(input)).toBe("BAD_USER_INPUT");

    const decided = ok(
      await kl<{ decideDispute: DisputeData }>(DECIDE, {
        id: dispute.id,
        input: { decision: "Avtalet tolkas så att ...", meetingDate: `${today()}`, paragraph: "§ 145" },
      }),
    ).decideDispute;
    expect(decided.decision).toMatchObject({
      level: "POLITISK",
      body: "KOMMUNSTYRELSE",
      meetingDate: `${today()}`,
      paragraph: "145",
      reference: `KS ${today()} § 145`,
      balanceLines: null,
    });
    const seen = ok(await psChef<{ dispute: DisputeData }>(DISPUTE, { id: dispute.id })).dispute;
    expect(seen.history!.at(-1)!.summary).toBe(
      `Kommunstyrelsen beslutade i tvisten om balansen (tolkning), KS ${today()} § 145: ”Avtalet tolkas så att ...”`,
    );
    expect((await readBalance(psChef, id)).status).toBe("OPEN"); // no lines decided: the balance is as it was
    void m;
  });

  it("sets balance lines only on a DRAFT (a signed agreement changes only by a tilläggsuppdrag)", async () => {
    const { m, psChef, kl, id } = await setup();
    await setAgreementStatus(m, id, "SIGNED");
    const dispute = await raiseDispute(psChef, id, { subject: "TOLKNING" });
    ok(await psChef(ESCALATE, { id: dispute.id }));
    const result = await kl(DECIDE, {
      id: dispute.id,
      input: { decision: "Ny balans", balanceLines: [fixedResource("Ersättning", "1.00")] },
    });
    expect(errorCode(result)).toBe("INVALID_STATE");
    ok(await kl(DECIDE, { id: dispute.id, input: { decision: "Så här ska avtalet tolkas" } }));
  });
});

describe("disputes: another municipality", () => {
  it("answers NOT_FOUND for a dispute of another municipality, as for one that does not exist", async () => {
    const { server, psChef, id } = await setup();
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
