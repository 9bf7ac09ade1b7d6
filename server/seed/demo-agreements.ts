import { AgreementKind, Party } from "../agreements/agreement.model.js";
import { classifyAgreement, markStrategic, setAgreementResponsible } from "../follow-up-annual/classification.commands.js";
import { Impact } from "../follow-up-annual/classification.model.js";
import { classificationStore } from "../follow-up-annual/classification.store.js";
import { startAmendment } from "../approval/amendment.commands.js";
import { ProposalOp, ProposalResponse } from "../balance/balance.model.js";
import { proposeBalance, respondToProposal } from "../balance/proposals.commands.js";
import { addComment } from "../comments/comments.commands.js";
import { addDisputePosition, escalateDispute, raiseDispute } from "../disputes/disputes.commands.js";
import { DisputeSubject } from "../disputes/disputes.model.js";
import { anchorsAround } from "./demo-documents.js";
import { DEMO_INDICATORS, addDemoIndicators, seedDemoFollowUp } from "./demo-follow-up.js";
import * as drafts from "./demo-drafts.js";
import * as texts from "./demo-texts.js";
import { Scenario, fixed, rate, scope } from "./demo-scenario.js";
import type { DemoWriter } from "./demo-writer.js";

/** The demo's agreements, one in every state: what a newcomer finds on the first page. */
export interface DemoAgreements {
  /** SIGNED, public, with a tilläggsuppdrag started from it. */
  signed: string;
  /** The TILLAGGSUPPDRAG to `signed`: a DRAFT with its first change. */
  amendment: string;
  /** APPROVED by both committees, awaiting both förvaltningschefer's signatures. */
  approved: string;
  /** IN_APPROVAL: the purchasing committee has approved, Produktionsstyrelsen has not decided yet. */
  inApproval: string;
  /** DRAFT mid-negotiation: text partly written, a comment thread, a rejected and a pending proposal. */
  draft: string;
  /** DRAFT whose balance production disputes; the dispute waits in kommunledning's escalation queue. */
  disputed: string;
  disputeId: string;
}

/**
 * Writes the demo agreements of one municipality through the commands the API runs, as the demo users.
 * The periods are next year's, as agreements are drafted and signed in the autumn before; `kind` is the
 * municipality's model (Österåker's direktbeställning, Linköping's verksamhetsuppdrag).
 */
export async function seedDemoAgreements(
  writer: DemoWriter,
  kind: AgreementKind.DIREKTBESTALLNING | AgreementKind.VERKSAMHETSUPPDRAG,
): Promise<DemoAgreements> {
  const scenario = new Scenario(writer, kind);
  const { signed, amendment } = await signedWithAmendment(scenario);
  const approved = await awaitingSignatures(scenario);
  const inApproval = await awaitingProductionBoard(scenario);
  const draft = await midNegotiation(scenario);
  const { disputed, disputeId } = await escalatedDispute(scenario);
  return { signed, amendment, approved, inApproval, draft, disputed, disputeId };
}

/**
 * Hemtjänst is one of the nämnd's strategic agreements (the guideline's "upp mot 10 avtal/nämnd"): its
 * impact assessed high, an avtalsansvarig on each side, marked by the förvaltningschef, so the yearly
 * follow-up report (Uppföljning → Årsrapport) has an agreement to show.
 */
async function classifyAsStrategic(s: Scenario, agreementId: string): Promise<void> {
  const version = await s.writer.read((tx) => classificationStore.classificationVersion(tx, agreementId));
  await s.writer.run("von.handlaggare", classifyAgreement, { agreementId, impact: Impact.HIGH, version });
  // Each side's förvaltningschef names its own avtalsansvarig.
  for (const [chef, party, who] of [
    ["von.chef", Party.PURCHASER, "von.handlaggare"],
    ["ps.chef", Party.PROVIDER, "ps.handlaggare"],
  ] as const)
    await s.writer.run(chef, setAgreementResponsible, { agreementId, party, userId: s.writer.userId(who) });
  await s.writer.run("von.chef", markStrategic, { agreementId, strategic: true, confirmOverTen: false });
}

/**
 * Hemtjänst: written by both sides, balanced above the requirement, approved by both committees, signed;
 * then a tilläggsuppdrag begun. Signed last autumn for this year, so its follow-up is under way: the
 * quarters that have ended are reported, and all but the latest accepted (demo-follow-up.ts).
 */
async function signedWithAmendment(s: Scenario) {
  const year = s.year - 1;
  const signed = await s.create("von.chef", "Hemtjänst i ordinarie boende", "VON", texts.homeCare({ ...s.wording("VON"), year }), year);
  await s.addLines(signed, [
    ["ps.handlaggare", scope("Hemtjänst, utförda timmar", 182_000, "timmar", "452.00")],
    ["ps.handlaggare", scope("Trygghetslarm med larmutryckning", 940, "brukare", "3150.00")],
    ["ps.handlaggare", scope("Nattpatrull", 365, "nätter", "14800.00")],
    ["von.handlaggare", rate("Timersättning hemtjänst", 182_000, "timmar", "458.00")],
    ["von.handlaggare", rate("Ersättning trygghetslarm", 940, "brukare", "3200.00")],
    ["von.handlaggare", fixed("Fast ersättning nattpatrull", "5600000.00")],
  ]);
  await addDemoIndicators(s.writer, "von.handlaggare", signed, DEMO_INDICATORS.homeCare);
  await s.agree(signed, ["von.chef", "ps.chef"]);
  await s.agreeText(signed, ["von.handlaggare", "ps.handlaggare"]);
  await s.submit(signed, "von.chef");
  await s.approve(signed, "von.sekreterare", "VON", "§ 112");
  await s.approve(signed, "ps.sekreterare", "PS", "§ 87");
  await s.sign(signed, ["von.chef", "ps.chef"]);
  await seedDemoFollowUp(s.writer, signed, { periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` });
  await classifyAsStrategic(s, signed);

  // The amendment copies the signed text and balance; its change is begun in both.
  const amendment = (await s.writer.run("von.chef", startAmendment, { agreementId: signed })).id;
  await s.write(amendment, { uppdrag: [drafts.NIGHT_PATROL_AMENDMENT] });
  await s.addLines(amendment, [
    ["ps.handlaggare", scope("Utökad nattpatrull, norra kommundelen", 275, "nätter", "7400.00")],
    ["von.handlaggare", fixed("Ersättning utökad nattpatrull", "2060000.00")],
  ]);
  return { signed, amendment };
}

/** Matdistribution: approved by both committees; the förvaltningschefer have yet to sign. */
async function awaitingSignatures(s: Scenario): Promise<string> {
  const id = await s.create("ps.chef", "Matdistribution till hemmaboende", "VON", texts.mealDelivery(s.wording("VON")));
  await s.addLines(id, [
    ["ps.handlaggare", scope("Matdistribution, portioner", 145_000, "portioner", "78.00")],
    ["von.handlaggare", rate("Ersättning per portion", 145_000, "portioner", "79.50")],
  ]);
  await addDemoIndicators(s.writer, "ps.handlaggare", id, DEMO_INDICATORS.mealDelivery);
  await s.agree(id, ["ps.chef", "von.chef"]);
  await s.agreeText(id, ["ps.chef", "von.chef"]);
  await s.submit(id, "ps.chef");
  await s.approve(id, "von.sekreterare", "VON", "§ 115");
  await s.approve(id, "ps.sekreterare", "PS", "§ 89");
  return id;
}

/** Dagverksamhet: submitted; Vård- och omsorgsnämnden has approved, Produktionsstyrelsen has yet to decide. */
async function awaitingProductionBoard(s: Scenario): Promise<string> {
  const id = await s.create("von.chef", "Dagverksamhet för personer med demenssjukdom", "VON", texts.dayCare(s.wording("VON")));
  await s.addLines(id, [
    ["ps.handlaggare", scope("Dagverksamhet, platser", 48, "platser", "168000.00")],
    ["ps.handlaggare", scope("Anhörigstöd, samtalsgrupper", 12, "grupper", "38500.00")],
    ["von.handlaggare", fixed("Fast ersättning dagverksamhet", "8240000.00")],
    ["von.handlaggare", rate("Ersättning anhörigstöd", 12, "grupper", "40000.00")],
  ]);
  await addDemoIndicators(s.writer, "von.handlaggare", id, DEMO_INDICATORS.dayCare);
  await s.agree(id, ["von.chef", "ps.chef"]);
  await s.agreeText(id, ["von.handlaggare", "ps.chef"]);
  await s.submit(id, "von.chef");
  await s.approve(id, "von.sekreterare", "VON", "§ 118");
  return id;
}

/**
 * Särskilt boende: text under way (one section agreed by both, one marked by production), a comment
 * thread, the balance short of the requirement, a proposal rejected and a counter pending.
 */
async function midNegotiation(s: Scenario): Promise<string> {
  const { writer } = s;
  const id = await s.create("von.chef", "Särskilt boende för äldre", "VON", drafts.nursingHomes(s.wording("VON")));
  await s.addLines(id, [
    ["ps.handlaggare", scope("Vårddygn, somatisk vård", 66_430, "vårddygn", "2140.00")],
    ["ps.handlaggare", scope("Vårddygn, demensboende", 40_150, "vårddygn", "2310.00")],
    ["ps.handlaggare", scope("Korttidsvård", 5_475, "vårddygn", "2650.00")],
    ["von.handlaggare", rate(SOMATIC, 66_430, "vårddygn", "2150.00")],
    ["von.handlaggare", rate(DEMENTIA, 40_150, "vårddygn", "2320.00")],
    ["von.handlaggare", fixed(SHORT_TERM, "14200000.00")],
  ]);

  // The parties are agreed on; the assignment awaits the purchaser's word.
  await s.agreeText(id, ["von.handlaggare", "ps.handlaggare"], ["parter"]);
  await s.agreeText(id, ["ps.handlaggare"], ["uppdrag"]);

  const sectionId = (await writer.sections(id)).mal;
  const { phrase, body, reply } = drafts.NURSING_HOME_COMMENT;
  const thread = await writer.run("ps.handlaggare", addComment, {
    sectionId,
    body,
    ...anchorsAround(await writer.state(sectionId), phrase),
  });
  await writer.run("von.handlaggare", addComment, { sectionId, body: reply, parentId: thread.id });

  const first = await writer.run("ps.handlaggare", proposeBalance, {
    agreementId: id,
    baseVersion: (await s.balance(id)).version,
    input: {
      message:
        "Med nuvarande ersättning blir marginalen 0,3 procent, under resultatkravet. Vi föreslår 2 190 kr per vårddygn i somatisk vård.",
      changes: [{ op: ProposalOp.UPDATE, lineId: (await s.line(id, SOMATIC)).id, line: rate(SOMATIC, 66_430, "vårddygn", "2190.00") }],
    },
  });
  await writer.run("von.chef", respondToProposal, {
    proposalId: first.proposalId,
    response: ProposalResponse.REJECT,
    message: "Priset för somatisk vård ligger redan över jämförbara kommuners. Vi kan däremot diskutera demensboendet och korttidsvården.",
  });
  await writer.run("ps.chef", proposeBalance, {
    agreementId: id,
    baseVersion: (await s.balance(id)).version,
    input: {
      message:
        "Nattbemanningen på demensboendena har ökat efter den nya bemanningsnormen. Vi föreslår 2 345 kr per vårddygn där och 15,1 miljoner kronor för korttidsvården; då når balansen resultatkravet.",
      changes: [
        { op: ProposalOp.UPDATE, lineId: (await s.line(id, DEMENTIA)).id, line: rate(DEMENTIA, 40_150, "vårddygn", "2345.00") },
        { op: ProposalOp.UPDATE, lineId: (await s.line(id, SHORT_TERM)).id, line: fixed(SHORT_TERM, "15100000.00") },
      ],
    },
  });
  return id;
}

const SOMATIC = "Ersättning per vårddygn, somatisk vård";
const DEMENTIA = "Ersättning per vårddygn, demensboende";
const SHORT_TERM = "Fast ersättning korttidsvård";

/** Fritidsgårdar: production finds the compensation short of the cost, both sides state their positions, PS escalates. */
async function escalatedDispute(s: Scenario) {
  const { writer } = s;
  const id = await s.create("kun.chef", "Fritidsgårdar och öppen fritidsverksamhet", "KUN", drafts.youthCentres(s.wording("KUN")));
  await s.addLines(id, [
    ["ps.handlaggare", scope("Fritidsgårdar, öppettimmar", 9_800, "timmar", "1450.00")],
    ["ps.handlaggare", scope("Sommarverksamhet för unga", 420, "deltagare", "3800.00")],
    ["kun.chef", fixed("Fast ersättning fritidsgårdar", "13600000.00")],
    ["kun.chef", rate("Ersättning sommarverksamhet", 420, "deltagare", "3500.00")],
  ]);
  const { dispute } = await writer.run("ps.chef", raiseDispute, {
    agreementId: id,
    subject: DisputeSubject.EKONOMI,
    description: "Ersättningen täcker inte kostnaden för de öppettimmar och den bemanning som beställs.",
    position:
      "Med två vuxna i tjänst under hela öppettiden kostar en öppettimme 1 450 kr. Antingen höjs ersättningen med 736 000 kr, eller så minskas öppettiden till 9 300 timmar.",
    consequence: "Utan ändring går verksamheten med underskott, eller så måste bemanningen minskas under beställd nivå.",
  });
  await writer.run("kun.chef", addDisputePosition, {
    disputeId: dispute.id,
    position:
      "Nämndens ram medger ingen höjning nästa år. Öppettiderna på fredagskvällar är en politisk prioritering och kan inte minskas.",
    consequence: null,
  });
  await writer.run("ps.chef", escalateDispute, { disputeId: dispute.id });
  return { disputed: id, disputeId: dispute.id };
}
