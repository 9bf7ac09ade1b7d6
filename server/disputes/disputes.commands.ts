// The parties' side of a dispute: raise it, argue, withdraw, escalate. Kommunledning's side is escalation.commands.ts.
import type { AgreementEntity, SectionEntity } from "../agreements/agreement.entities.js";
import { balanceQueries } from "../balance/balance.queries.js";
import { decimalOf, moneyString } from "../money.js";
import { badInput } from "../errors.js";
import type { Command } from "../pipeline/command.js";
import { asIs } from "../pipeline/command.js";
import { disputesPolicy } from "../policies/disputes.policy.js";
import { optionalText, requiredText } from "../validation/input.js";
import {
  DISPUTABLE,
  advance,
  audiences,
  concernOf,
  follows,
  onDispute,
  stepOutcome,
  transitionRefusal,
  type DisputeResult,
  type DisputeTarget,
} from "./dispute-step.js";
import { DisputeEvent, QUEUED_NOTIFICATION, disputeSummaries } from "./disputes.events.js";
import { DisputeAction, DisputeLevel, DisputePriority, DisputeStatus, DisputeSubject, HIGH_PRIORITY_AMOUNT } from "./disputes.model.js";
import { disputesStore } from "./disputes.store.js";
import { followUpConcern, type FollowUpConcern } from "./follow-up-concern.js";

export interface RaiseDispute {
  agreementId: string;
  subject: DisputeSubject;
  sectionId?: string | null;
  description: string;
  position: string;
  consequence?: string | null;
  indicatorReportId?: string | null;
  actionPlanId?: string | null;
}

interface ValidRaise {
  subject: DisputeSubject;
  section: SectionEntity | null;
  description: string;
  position: string;
  consequence: string | null;
  followUp: FollowUpConcern;
}

const MAX_TEXT = 10_000;
const DRAFTERS_ONLY = "Bara parternas förvaltningschefer och handläggare kan ange en ståndpunkt";
const AGREEMENT_SETTLED = "Överenskommelsen kan inte ändras i sitt nuvarande skede";

/** A party raises a dispute on the balance (with the amount at stake) or on a section, with its first position. */
export const raiseDispute: Command<RaiseDispute, { agreement: AgreementEntity }, ValidRaise, DisputeResult> = {
  name: "raiseDispute",
  agreementOf: async (_tx, input) => input.agreementId,
  load: async (_ctx, _input, agreement) => ({ agreement: agreement! }),
  policy: {
    allows: (actor, { agreement }) => disputesPolicy.arguingParty(actor, agreement) !== null,
    refusal: "Bara parternas förvaltningschefer och handläggare kan lyfta en tvist",
  },
  lifecycle: { states: DISPUTABLE, refusal: "En tvist kan lyftas medan överenskommelsen är ett utkast, eller när den är undertecknad" },
  async validate({ tx }, input, { agreement }) {
    if (!Object.values(DisputeSubject).includes(input.subject)) throw badInput("Okänt ämne", "subject");
    const description = requiredText(input.description, "description", "Beskrivningen", MAX_TEXT);
    const position = requiredText(input.position, "position", "Ståndpunkten", MAX_TEXT);
    const consequence = optionalText(input.consequence, "consequence", "Konsekvensen", MAX_TEXT);
    const sectionId = input.sectionId ?? null;
    const section = sectionId === null ? null : await disputesStore.section(tx, agreement.id, sectionId);
    if (sectionId !== null && !section) throw badInput("Avsnittet hör inte till överenskommelsen", "sectionId");
    const followUp = await followUpConcern(tx, agreement.id, input);
    return { subject: input.subject, section, description, position, consequence, followUp };
  },
  async write({ tx, actor }, { agreement }, { subject, section, description, position, consequence, followUp }) {
    const party = disputesPolicy.arguingParty(actor, agreement)!;
    const concernsBalance = section === null && followUp.indicatorReportId === null && followUp.actionPlanId === null;
    const amountAtStake = concernsBalance
      ? moneyString(decimalOf((await balanceQueries.state(tx, agreement.id)).totals.difference).abs())
      : null;
    const now = new Date();
    const dispute = await disputesStore.insert(tx, {
      municipalityId: tx.municipalityId,
      agreementId: agreement.id,
      sectionId: section?.id ?? null,
      subject,
      description,
      status: DisputeStatus.OPEN,
      level: DisputeLevel.TJANSTEMANNA,
      priority: DisputePriority.NORMAL,
      raisedParty: party,
      raisedBy: actor.userId,
      raisedAt: now,
      amountAtStake,
      escalatedBy: null,
      escalatedAt: null,
      assigneeId: null,
      assignedAt: null,
      referredTo: null,
      referredAt: null,
      withdrawnBy: null,
      withdrawnAt: null,
      withdrawalNote: null,
      decisionText: null,
      decisionReference: null,
      decisionLevel: null,
      decisionBody: null,
      decisionMeetingDate: null,
      decisionParagraph: null,
      decisionBalanceLines: null,
      decidedBy: null,
      decidedAt: null,
      reflectedBy: null,
      reflectedAt: null,
      updatedAt: now,
      indicatorReportId: followUp.indicatorReportId,
      actionPlanId: followUp.actionPlanId,
    });
    await disputesStore.addPosition(tx, { disputeId: dispute.id, party, userId: actor.userId, text: position, consequence });
    const concern = { sectionTitle: section?.title ?? null, subject, followUp: followUp.label };
    const event = DisputeEvent.raised(disputeSummaries.raised(party, concern, description, amountAtStake), {
      disputeId: dispute.id,
      status: dispute.status,
      subject,
      sectionId: dispute.sectionId,
      amountAtStake,
    });
    return stepOutcome(tx, agreement, dispute, event, audiences.otherParty(actor, agreement));
  },
};

/** Either party states (another) position, while the dispute is undecided and the agreement open to disputes. */
export const addDisputePosition: Command<
  { disputeId: string; position: string; consequence: string | null },
  DisputeTarget,
  { text: string; consequence: string | null },
  DisputeResult
> = {
  name: "addDisputePosition",
  ...onDispute,
  policy: { allows: (actor, { agreement }) => disputesPolicy.arguingParty(actor, agreement) !== null, refusal: DRAFTERS_ONLY },
  lifecycle: {
    refusal: AGREEMENT_SETTLED,
    check: (target) =>
      transitionRefusal(target, DisputeAction.ADD_POSITION) ?? (DISPUTABLE.includes(target.agreement.status) ? null : AGREEMENT_SETTLED),
  },
  validate: (_ctx, input) => ({
    text: requiredText(input.position, "position", "Ståndpunkten", MAX_TEXT),
    consequence: optionalText(input.consequence, "consequence", "Konsekvensen", MAX_TEXT),
  }),
  async write({ tx, actor }, target, { text, consequence }) {
    const { agreement } = target;
    const party = disputesPolicy.arguingParty(actor, agreement)!;
    await disputesStore.addPosition(tx, { disputeId: target.dispute.id, party, userId: actor.userId, text, consequence });
    const dispute = await advance(tx, target, DisputeAction.ADD_POSITION, {});
    const event = DisputeEvent.positionAdded(disputeSummaries.positionAdded(party, await concernOf(tx, dispute)), {
      disputeId: dispute.id,
      status: dispute.status,
      party,
    });
    return stepOutcome(tx, agreement, dispute, event, audiences.otherParty(actor, agreement));
  },
};

/** The raising party takes the dispute back, before kommunledning has taken it up. */
export const withdrawDispute: Command<{ disputeId: string; note: string | null }, DisputeTarget, string | null, DisputeResult> = {
  name: "withdrawDispute",
  ...onDispute,
  policy: {
    allows: (actor, { agreement, dispute }) => disputesPolicy.mayWithdraw(actor, agreement, dispute),
    refusal: "Bara den part som lyfte tvisten kan dra tillbaka den",
  },
  lifecycle: follows(DisputeAction.WITHDRAW),
  validate: (_ctx, input) => optionalText(input.note, "note", "Kommentaren", MAX_TEXT),
  async write({ tx, actor }, target, note) {
    const dispute = await advance(tx, target, DisputeAction.WITHDRAW, {
      withdrawnBy: actor.userId,
      withdrawnAt: new Date(),
      withdrawalNote: note,
    });
    const summary = disputeSummaries.withdrawn(dispute.raisedParty, await concernOf(tx, dispute), note);
    const event = DisputeEvent.withdrawn(summary, { disputeId: dispute.id, status: dispute.status });
    return stepOutcome(tx, target.agreement, dispute, event, audiences.otherParty(actor, target.agreement));
  },
};

/** A party's förvaltningschef sends the dispute to kommunledning's queue; a large amount at stake makes it HIGH. */
export const escalateDispute: Command<{ disputeId: string }, DisputeTarget, { disputeId: string }, DisputeResult> = {
  name: "escalateDispute",
  ...onDispute,
  policy: {
    allows: (actor, { agreement }) => disputesPolicy.mayEscalate(actor, agreement),
    refusal: "Bara parternas förvaltningschefer kan eskalera en tvist",
  },
  lifecycle: follows(DisputeAction.ESCALATE),
  validate: asIs,
  async write({ tx, actor }, target) {
    const { agreement } = target;
    const party = disputesPolicy.arguingParty(actor, agreement)!;
    const amount = target.dispute.amountAtStake;
    const priority =
      amount !== null && decimalOf(amount).gte(decimalOf(HIGH_PRIORITY_AMOUNT)) ? DisputePriority.HIGH : DisputePriority.NORMAL;
    const dispute = await advance(tx, target, DisputeAction.ESCALATE, { escalatedBy: actor.userId, escalatedAt: new Date(), priority });
    const concern = await concernOf(tx, dispute);
    const event = DisputeEvent.escalated(disputeSummaries.escalated(party, concern), {
      disputeId: dispute.id,
      status: dispute.status,
      party,
      priority,
    });
    return stepOutcome(tx, agreement, dispute, event, [
      ...audiences.otherParty(actor, agreement),
      audiences.leadership(QUEUED_NOTIFICATION, disputeSummaries.queued(agreement.diarienummer, concern)),
    ]);
  },
};
