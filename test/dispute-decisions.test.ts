import { describe, expect, it } from "vitest";
import { today } from "./support/approval.js";
import { AGREE, fixedResource, readBalance, scope, setAgreementStatus } from "./support/balance.js";
import { ASSIGN, DECIDE, DISPUTE, ESCALATE, REFER, disputeScene, raiseDispute, type DisputeData } from "./support/disputes.js";
import { errorCode, ok } from "./support/graphql.js";

describe("disputes: kommunledning decides", () => {
  it("decides at official level with new balance lines: applied at once, the balance DECIDED, the marks cleared", async () => {
    const { m, vonChef, psChef, kl, id } = await disputeScene();
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
    const { m, psChef, vonChef, kl, id } = await disputeScene();
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
    const { m, psChef, kl, id } = await disputeScene();
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
