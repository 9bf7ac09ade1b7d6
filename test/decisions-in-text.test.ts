import { describe, expect, it } from "vitest";
import { AGREEMENT_STATE, RECORD, SIGN, SUBMIT, decision, readyDraft, today } from "./support/approval.js";
import { EVENTS, fixedResource, readBalance, scope } from "./support/balance.js";
import { DECIDE, DISPUTE, ESCALATE, REFER, raiseDispute, type DisputeData } from "./support/disputes.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, gql, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";
import { agreeRequiredSections } from "./support/section-marks.js";

const CONFIRM = `mutation($id: ID!) { confirmDecisionReflected(disputeId: $id) {
  id reflectedAt reflectedBy { email } permissions { canConfirmReflected } } }`;
const DECISIONS = `query($id: ID!) { agreement(id: $id) {
  decisions { disputeId subject section { title } text level body reference meetingDate paragraph reflectedAt }
  currentVersion { decisions { subject sectionTitle text level body reference meetingDate paragraph } }
} }`;
const PUBLIC = `query($k: String!) { publicAgreements(kommun: $k) { id decisions { section { title } text reference meetingDate paragraph } } }`;

type Gap = { kind: string; section: string | null };

/** A ready draft whose section "Mål och kvalitetskrav" KS has decided on, through the escalation queue. */
async function decidedOnSection() {
  const server = await useTestServer();
  const m = await seedMunicipality();
  const { id, vonChef, psChef } = await readyDraft(server, m);
  const kl = await actor(server, m, "kommunledning");
  const sections = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id key title } } }", { id })).agreement
    .sections as Array<{ id: string; key: string; title: string }>;
  const section = sections.find((s) => s.title === "Mål och kvalitetskrav") ?? sections[2];
  const dispute = await raiseDispute(vonChef, id, { subject: "MAL", sectionId: section.id, description: "Väntetiden" });
  ok(await vonChef(ESCALATE, { id: dispute.id }));
  ok(await kl(REFER, { id: dispute.id, body: "KOMMUNSTYRELSE" }));
  const text = "Väntetiden till särskilt boende får vara högst fyra månader";
  ok(await kl(DECIDE, { id: dispute.id, input: { decision: text, meetingDate: today(), paragraph: "145" } }));
  return { server, m, id, vonChef, psChef, kl, section, disputeId: dispute.id, text };
}

describe("a decision on a section reaches the agreement's text", () => {
  it("waits on the section until a party confirms the text reflects it; submission lists it until then", async () => {
    const { server, m, id, vonChef, psChef, kl, section, disputeId, text } = await decidedOnSection();
    const seen = ok(await psChef<{ dispute: DisputeData & { reflectedAt: string | null } }>(DISPUTE, { id: disputeId })).dispute;
    expect(seen.permissions.canConfirmReflected).toBe(true);
    const listed = ok(await vonChef(DECISIONS, { id })).agreement.decisions;
    expect(listed).toEqual([
      {
        disputeId,
        subject: "MAL",
        section: { title: section.title },
        text,
        level: "POLITISK",
        body: "KOMMUNSTYRELSE",
        reference: `KS ${today()} § 145`,
        meetingDate: today(),
        paragraph: "145",
        reflectedAt: null,
      },
    ]);

    const gap = { kind: "DECISION_NOT_REFLECTED", section: section.title };
    const missing = ok(await vonChef(AGREEMENT_STATE, { id })).agreement.missingForNextStep as Gap[];
    expect(missing.filter((g) => g.kind === "DECISION_NOT_REFLECTED")).toEqual([expect.objectContaining(gap)]);
    const refused = await vonChef(SUBMIT, { id });
    expect(errorCode(refused)).toBe("INVALID_STATE");
    // The decision reopened the section (issue 14): the parties agree on its text again.
    expect(refused.errors![0].extensions!.reasons).toEqual([
      `ingen part har bekräftat att texten i avsnittet ”${section.title}” återspeglar beslutet om det`,
      `avsnittet ”${section.title}” är inte överenskommet av båda parter`,
    ]);

    expect(errorCode(await kl(CONFIRM, { id: disputeId }))).toBe("FORBIDDEN");
    const revisor = await actor(server, m, "revisor");
    expect(errorCode(await revisor(CONFIRM, { id: disputeId }))).toBe("FORBIDDEN");
    const psHandlaggare = await actor(server, m, "ps.handlaggare");
    const confirmed = ok(await psHandlaggare(CONFIRM, { id: disputeId })).confirmDecisionReflected;
    expect(confirmed).toMatchObject({
      reflectedAt: expect.any(String),
      reflectedBy: { email: m.email("ps.handlaggare") },
      permissions: { canConfirmReflected: false },
    });
    expect(errorCode(await vonChef(CONFIRM, { id: disputeId }))).toBe("INVALID_STATE");
    const events = ok(await vonChef(EVENTS, { id })).agreement.events as Array<{ type: string; summary: string }>;
    expect(events.find((e) => e.type === "dispute.reflected")!.summary).toBe(
      `Texten bekräftades återspegla beslutet i tvisten om avsnittet ”${section.title}” (mål) (KS ${today()} § 145); bekräftat av utförarens sida`,
    );
    const notices = ok(await vonChef("{ notifications { kind } }")).notifications as Array<{ kind: string }>;
    expect(notices.map((n) => n.kind)).toContain("dispute.reflected");
    expect((ok(await vonChef(AGREEMENT_STATE, { id })).agreement.missingForNextStep as Gap[]).map((g) => g.kind)).toEqual([
      "SECTION_NOT_AGREED",
    ]);
    await agreeRequiredSections(vonChef, psChef, id);
    expect((ok(await vonChef(AGREEMENT_STATE, { id })).agreement.missingForNextStep as Gap[]).map((g) => g.kind)).toEqual([]);
    ok(await vonChef(SUBMIT, { id }));
  });

  it("freezes every decision that applies with the version, and shows them on the public record once signed", async () => {
    const { server, m, id, vonChef, psChef, section, disputeId, text } = await decidedOnSection();
    ok(await vonChef(CONFIRM, { id: disputeId }));
    await agreeRequiredSections(vonChef, psChef, id);
    ok(await vonChef(SUBMIT, { id }));
    const frozen = ok(await psChef(DECISIONS, { id })).agreement.currentVersion.decisions;
    expect(frozen).toEqual([
      {
        subject: "MAL",
        sectionTitle: section.title,
        text,
        level: "POLITISK",
        body: "KOMMUNSTYRELSE",
        reference: `KS ${today()} § 145`,
        meetingDate: today(),
        paragraph: "145",
      },
    ]);
    // Not while it is a draft under decision: the public record is the signed agreement's.
    const anonymous = () => gql(server, PUBLIC, { k: m.slug });
    expect(ok(await anonymous()).publicAgreements).toEqual([]);
    ok(await (await actor(server, m, "von.sekreterare"))(RECORD, { id, input: decision(m.organs.VON.id) }));
    ok(await (await actor(server, m, "ps.sekreterare"))(RECORD, { id, input: decision(m.organs.PS.id) }));
    const hash = ok(await vonChef(AGREEMENT_STATE, { id })).agreement.currentVersion.contentHash;
    ok(await vonChef(SIGN, { id, hash }));
    ok(await psChef(SIGN, { id, hash }));
    expect(ok(await anonymous()).publicAgreements).toEqual([
      {
        id,
        decisions: [{ section: { title: section.title }, text, reference: `KS ${today()} § 145`, meetingDate: today(), paragraph: "145" }],
      },
    ]);
  });

  it("needs no confirmation for a decision on the balance, and a balance set by decision needs no reason for a missed requirement", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef, psChef } = await readyDraft(server, m);
    const kl = await actor(server, m, "kommunledning");
    const dispute = await raiseDispute(psChef, id);
    ok(await psChef(ESCALATE, { id: dispute.id }));
    // A margin of 0 %: it misses the 1 % requirement, but kommunledning has set it.
    const lines = [scope("Hemtjänst", 100, "10000.00"), fixedResource("Ersättning", "1000000.00")];
    const decided = ok(await kl(DECIDE, { id: dispute.id, input: { decision: "Balansen fastställs", balanceLines: lines } })).decideDispute;
    expect(decided.permissions.canConfirmReflected).toBe(false);
    expect(errorCode(await vonChef(CONFIRM, { id: dispute.id }))).toBe("INVALID_STATE");
    const balance = await readBalance(vonChef, id);
    expect(balance).toMatchObject({ status: "DECIDED", totals: { requirementMet: false } });
    expect(ok(await vonChef(AGREEMENT_STATE, { id })).agreement.missingForNextStep).toEqual([]);
    ok(await vonChef(SUBMIT, { id }));
    expect(ok(await vonChef(DECISIONS, { id })).agreement.currentVersion.decisions).toEqual([
      expect.objectContaining({ sectionTitle: null, text: "Balansen fastställs", level: "TJANSTEMANNA", body: null }),
    ]);
  });
});
