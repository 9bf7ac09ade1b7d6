import { describe, expect, it } from "vitest";
import { stockholmDate } from "../server/validation/meeting-date.js";
import { createAgreement } from "./support/agreements.js";
import { AGREEMENT_STATE, RECORD, SIGN, SUBMIT, decision, fillRequiredSections, readyDraft, today } from "./support/approval.js";
import { AGREE, EVENTS, addLines, fixedResource, readBalance, scope } from "./support/balance.js";
import { DECIDE, ESCALATE, REFER, raiseDispute } from "./support/disputes.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, ok, type GraphqlResult } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { useTestServer } from "./support/server.js";
import { agreeRequiredSections } from "./support/section-marks.js";

const CORRECT = `mutation($id: ID!, $input: ApprovalInput!, $reason: String!) {
  correctApproval(agreementId: $id, input: $input, reason: $reason) {
    approvals { organ { shortName } decision meetingDate paragraph remarks correctedAt correctedBy { email } canCorrect }
  } }`;
const APPROVALS = `query($id: ID!) { agreement(id: $id) { approvals { organ { shortName } meetingDate paragraph canCorrect canRecord } } }`;
const FROZEN_MARKS = `query($id: ID!) { agreement(id: $id) { currentVersion { balanceMarks { party userName version reason } } } }`;

/** The date `days` after today by the Stockholm calendar (negative: before). */
const dayFrom = (days: number) => stockholmDate(new Date(new Date(`${today()}T12:00:00Z`).getTime() + days * 86_400_000));

const field = (result: GraphqlResult<unknown>) => {
  expect(errorCode(result)).toBe("BAD_USER_INPUT");
  return result.errors![0].extensions!.field;
};

async function submitted() {
  const server = await useTestServer();
  const m = await seedMunicipality();
  const { id, vonChef, psChef } = await readyDraft(server, m);
  ok(await vonChef(SUBMIT, { id }));
  return { server, m, id, vonChef, psChef, vonSekr: await actor(server, m, "von.sekreterare") };
}

/** The version as if submitted `days` ago, so that a meeting since then can be on another day than today. */
const submittedDaysAgo = (m: { municipality: { id: string } }, id: string, days: number) =>
  asOwner(m.municipality.id, `UPDATE agreement_version SET created_at = now() - make_interval(days => $2) WHERE agreement_id = $1`, [
    id,
    days,
  ]);

describe("meeting dates of committee decisions", () => {
  it("refuses a meeting in the future or before the submission, naming meetingDate; today is the one day a fresh submission allows", async () => {
    const { m, id, vonSekr } = await submitted();
    const tomorrow = await vonSekr(RECORD, { id, input: decision(m.organs.VON.id, { meetingDate: dayFrom(1) }) });
    expect(field(tomorrow)).toBe("meetingDate");
    expect(tomorrow.errors![0].message).toContain("ligger i framtiden");
    const yesterday = await vonSekr(RECORD, { id, input: decision(m.organs.VON.id, { meetingDate: dayFrom(-1) }) });
    expect(field(yesterday)).toBe("meetingDate");
    expect(yesterday.errors![0].message).toContain(`före den dag då överenskommelsen skickades till beslut (${today()})`);
    expect(field(await vonSekr(RECORD, { id, input: decision(m.organs.VON.id, { meetingDate: dayFrom(200) }) }))).toBe("meetingDate");
    ok(await vonSekr(RECORD, { id, input: decision(m.organs.VON.id) }));
  });

  it("refuses a political decision's meeting before the referral or in the future, naming the field the date came in", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const kl = await actor(server, m, "kommunledning");
    const { id } = await createAgreement(vonChef, m);
    const dispute = await raiseDispute(vonChef, id, { subject: "TOLKNING" });
    ok(await vonChef(ESCALATE, { id: dispute.id }));
    ok(await kl(REFER, { id: dispute.id, body: "KOMMUNSTYRELSE" }));
    const decide = (input: Record<string, unknown>) => kl(DECIDE, { id: dispute.id, input: { decision: "Så gäller det", ...input } });
    expect(field(await decide({ meetingDate: dayFrom(1), paragraph: "12" }))).toBe("meetingDate");
    const early = await decide({ reference: `KS ${dayFrom(-3)} § 12` });
    expect(field(early)).toBe("reference");
    expect(early.errors![0].message).toContain("före den dag då frågan hänsköts till KS");
    expect(ok(await decide({ meetingDate: today(), paragraph: "12" })).decideDispute.decision.reference).toBe(`KS ${today()} § 12`);
  });
});

describe("a secretary corrects a recorded decision", () => {
  it("corrects meeting date, § and remarks with a reason, recording old → new, until both parties have signed", async () => {
    const { m, id, vonChef, psChef, vonSekr, server } = await submitted();
    await submittedDaysAgo(m, id, 10);
    ok(await vonSekr(RECORD, { id, input: decision(m.organs.VON.id, { meetingDate: dayFrom(-5), paragraph: "§ 12" }) }));
    const vonApproval = async () =>
      ok(await vonSekr(APPROVALS, { id })).agreement.approvals.find((a: { organ: { shortName: string } }) => a.organ.shortName === "VON");
    expect(await vonApproval()).toMatchObject({ canCorrect: true, canRecord: false });

    const psSekr = await actor(server, m, "ps.sekreterare");
    const corrected = decision(m.organs.VON.id, { meetingDate: dayFrom(-3), paragraph: "13", remarks: "Justerat protokoll" });
    expect(errorCode(await psSekr(CORRECT, { id, input: corrected, reason: "Fel datum" }))).toBe("FORBIDDEN");
    expect(errorCode(await vonChef(CORRECT, { id, input: corrected, reason: "Fel datum" }))).toBe("FORBIDDEN");
    expect(field(await vonSekr(CORRECT, { id, input: corrected, reason: "  " }))).toBe("reason");
    expect(field(await vonSekr(CORRECT, { id, input: { ...corrected, decision: "RETURNED" }, reason: "Fel" }))).toBe("decision");
    expect(field(await vonSekr(CORRECT, { id, input: { ...corrected, meetingDate: dayFrom(1) }, reason: "Fel" }))).toBe("meetingDate");
    expect(field(await vonSekr(CORRECT, { id, input: { ...corrected, meetingDate: dayFrom(-11) }, reason: "Fel" }))).toBe("meetingDate");
    const same = decision(m.organs.VON.id, { meetingDate: dayFrom(-5), paragraph: "12" });
    expect(field(await vonSekr(CORRECT, { id, input: same, reason: "Inget" }))).toBe("meetingDate");

    const result = ok(await vonSekr(CORRECT, { id, input: corrected, reason: "Fel datum angavs" })).correctApproval;
    expect(result.approvals.find((a: { organ: { shortName: string } }) => a.organ.shortName === "VON")).toMatchObject({
      decision: "APPROVED",
      meetingDate: dayFrom(-3),
      paragraph: "§ 13",
      remarks: "Justerat protokoll",
      correctedAt: expect.any(String),
      correctedBy: { email: m.email("von.sekreterare") },
    });
    const events = ok(await psChef(EVENTS, { id })).agreement.events as Array<{ type: string; summary: string; actor: { email: string } }>;
    const event = events.find((e) => e.type === "approval.corrected")!;
    expect(event.actor.email).toBe(m.email("von.sekreterare"));
    expect(event.summary).toBe(
      `Protokollsuppgifterna i beslutet av ${m.organs.VON.name} om version 1 rättades: sammanträdesdatum ${dayFrom(-5)} → ${dayFrom(-3)}; ` +
        `paragraf § 12 → § 13; anmärkning (ingen) → ”Justerat protokoll”. Skäl: ”Fel datum angavs”`,
    );
    const notices = ok(await psChef("{ notifications { kind summary } }")).notifications as Array<{ kind: string }>;
    expect(notices.map((n) => n.kind)).toContain("approval.corrected");

    // Still correctable once both committees have approved and one party has signed; no longer once both have.
    ok(await psSekr(RECORD, { id, input: decision(m.organs.PS.id, { meetingDate: dayFrom(-2) }) }));
    const hash = ok(await vonChef(AGREEMENT_STATE, { id })).agreement.currentVersion.contentHash;
    ok(await vonChef(SIGN, { id, hash }));
    ok(await vonSekr(CORRECT, { id, input: { ...corrected, paragraph: "14" }, reason: "Paragrafen ändrades vid justeringen" }));
    ok(await psChef(SIGN, { id, hash }));
    expect((await vonApproval()).canCorrect).toBe(false);
    expect(errorCode(await vonSekr(CORRECT, { id, input: { ...corrected, paragraph: "15" }, reason: "Sent" }))).toBe("INVALID_STATE");
  });

  it("has nothing to correct before the committee's decision is recorded", async () => {
    const { m, id, vonSekr } = await submitted();
    const result = await vonSekr(CORRECT, { id, input: decision(m.organs.VON.id), reason: "Fel" });
    expect(errorCode(result)).toBe("INVALID_STATE");
    expect(result.errors![0].message).toBe("Det finns inget registrerat beslut att rätta");
  });
});

describe("a balance that misses the result requirement", () => {
  it("is marked only with a reason, shown to the other party, frozen with the version; the stepper lists it until both gave one", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality(); // a 1 % margin
    const vonChef = await actor(server, m, "von.chef");
    const psChef = await actor(server, m, "ps.chef");
    const { id } = await createAgreement(vonChef, m);
    const gaps = async () =>
      (ok(await psChef(AGREEMENT_STATE, { id })).agreement.missingForNextStep as Array<{ kind: string; party: string | null }>)
        .filter((g) => g.kind === "REQUIREMENT_REASON_MISSING")
        .map((g) => g.party);
    expect(await gaps()).toEqual([]); // an empty balance is unsettled, not yet one that misses the requirement
    const balance = await addLines(vonChef, id, [scope("Hemtjänst", 100, "10000.00"), fixedResource("Ersättning", "1000000.00")]);
    expect(balance.totals.requirementMet).toBe(false);
    expect(await gaps()).toEqual(["PURCHASER", "PROVIDER"]);

    const missing = await vonChef(AGREE, { id, v: balance.version });
    expect(field(missing)).toBe("reason");
    expect(missing.errors![0].message).toBe("Balansen uppfyller inte resultatkravet; motivera varför den ändå håller");
    const reason = "Nämnden har beslutat att täcka underskottet 2027";
    expect(ok(await vonChef(AGREE, { id, v: balance.version, reason })).agreeBalance.agreements).toEqual([
      { party: "PURCHASER", user: { email: m.email("von.chef") }, version: balance.version, reason },
    ]);
    expect((await readBalance(psChef, id)).agreements[0].reason).toBe(reason); // the other party sees why
    expect(await gaps()).toEqual(["PROVIDER"]);
    const events = ok(await psChef(EVENTS, { id })).agreement.events as Array<{ type: string; summary: string }>;
    expect(events.find((e) => e.type === "balance.marked")!.summary).toBe(
      `Beställarens förvaltningschef markerade att balansen håller (version ${balance.version}) trots att resultatkravet inte uppfylls: ”${reason}”`,
    );

    ok(await psChef(AGREE, { id, v: balance.version, reason: "Volymerna minskar under året" }));
    expect((await readBalance(psChef, id)).status).toBe("AGREED");
    expect(await gaps()).toEqual([]);
  });

  it("keeps the reasons in the frozen version the committees decide on", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality({ minMarginPercent: "5" }); // readyDraft's 2 % margin misses 5 %
    const vonChef = await actor(server, m, "von.chef");
    const psChef = await actor(server, m, "ps.chef");
    const { id } = await createAgreement(vonChef, m);
    await fillRequiredSections(vonChef, id);
    const balance = await addLines(vonChef, id, [scope("Hemtjänst", 100, "10000.00"), fixedResource("Ersättning", "1020000.00")]);
    ok(await vonChef(AGREE, { id, v: balance.version, reason: "Beställarens skäl" }));
    ok(await psChef(AGREE, { id, v: balance.version, reason: "Utförarens skäl" }));
    await agreeRequiredSections(vonChef, psChef, id);
    ok(await psChef(SUBMIT, { id }));
    const marks = ok(await vonChef(FROZEN_MARKS, { id })).agreement.currentVersion.balanceMarks;
    expect(marks.map((mark: { party: string; reason: string }) => [mark.party, mark.reason]).sort()).toEqual([
      ["PROVIDER", "Utförarens skäl"],
      ["PURCHASER", "Beställarens skäl"],
    ]);
  });

  it("needs no reason where the requirement holds, and keeps none given there", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const { id } = await createAgreement(vonChef, m);
    const balance = await addLines(vonChef, id, [scope("Hemtjänst", 100, "10000.00"), fixedResource("Ersättning", "1100000.00")]);
    const marked = ok(await vonChef(AGREE, { id, v: balance.version, reason: "Överflödigt" })).agreeBalance;
    expect(marked.agreements[0].reason).toBeNull();
  });
});
