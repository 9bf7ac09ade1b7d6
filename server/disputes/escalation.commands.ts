// Kommunledning's side of a dispute in its queue: assignment, referral to KS or KF, priority, the decision.
import { AgreementStatus } from "../agreements/agreement.model.js";
import { loadBalance, replaceLines } from "../balance/balance.commands.js";
import { BalanceEvent, summaries as balanceSummaries } from "../balance/balance.events.js";
import { BalanceStatus, type LineInput, type LineValues } from "../balance/balance.model.js";
import { validateLine } from "../balance/balance.validation.js";
import { badInput } from "../errors.js";
import type { NewAgreementEvent } from "../events/event-types.js";
import type { UserEntity } from "../identity/identity.entities.js";
import type { OrganKind } from "../identity/identity.model.js";
import type { Command, CommandPolicy } from "../pipeline/command.js";
import { disputesPolicy } from "../policies/disputes.policy.js";
import { validateDecision, type DecisionFields, type ValidDecision } from "./decision.validation.js";
import {
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
import { DisputeEvent, disputeSummaries } from "./disputes.events.js";
import { DisputeAction, DisputeLevel, POLITICAL_BODIES, type DisputePriority } from "./disputes.model.js";
import { disputesStore } from "./disputes.store.js";

export const NOT_LEADERSHIP = "Bara kommunledningen arbetar med eskaleringskön";

const leadershipOnly: CommandPolicy<DisputeTarget> = {
  allows: (actor, { agreement }) => disputesPolicy.isLeadership(actor, agreement.municipalityId),
  refusal: NOT_LEADERSHIP,
};

export const assignDispute: Command<{ disputeId: string; assigneeId: string }, DisputeTarget, UserEntity, DisputeResult> = {
  name: "assignDispute",
  ...onDispute,
  policy: leadershipOnly,
  lifecycle: follows(DisputeAction.ASSIGN),
  async validate({ tx }, { assigneeId }) {
    const assignee = (await disputesStore.leadership(tx)).find((user) => user.id === assigneeId);
    if (!assignee) throw badInput("Ärendet kan bara tilldelas någon i kommunledningen", "assigneeId");
    return assignee;
  },
  async write({ tx }, target, assignee) {
    const dispute = await advance(tx, target, DisputeAction.ASSIGN, { assigneeId: assignee.id, assignedAt: new Date() });
    const summary = disputeSummaries.assigned(await concernOf(tx, dispute), assignee.name);
    const event = DisputeEvent.assigned(summary, { disputeId: dispute.id, status: dispute.status, assigneeId: assignee.id });
    return stepOutcome(tx, target.agreement, dispute, event, [audiences.bothParties(target.agreement, [assignee.id])]);
  },
};

/** The question goes to KOMMUNSTYRELSE or KOMMUNFULLMAKTIGE: the dispute is at political level from then on. */
export const referDispute: Command<{ disputeId: string; body: OrganKind }, DisputeTarget, OrganKind, DisputeResult> = {
  name: "referDispute",
  ...onDispute,
  policy: leadershipOnly,
  lifecycle: follows(DisputeAction.REFER),
  validate(_ctx, { body }) {
    if (!POLITICAL_BODIES[body]) throw badInput("En fråga hänskjuts till kommunstyrelsen eller kommunfullmäktige", "body");
    return body;
  },
  async write({ tx }, target, body) {
    const dispute = await advance(tx, target, DisputeAction.REFER, {
      referredTo: body,
      referredAt: new Date(),
      level: DisputeLevel.POLITISK,
    });
    const event = DisputeEvent.referred(disputeSummaries.referred(await concernOf(tx, dispute), body), {
      disputeId: dispute.id,
      status: dispute.status,
      body,
    });
    return stepOutcome(tx, target.agreement, dispute, event, [audiences.bothParties(target.agreement)]);
  },
};

export interface Decide extends DecisionFields {
  balanceLines?: LineInput[] | null;
}

const BALANCE_ONLY_IN_DRAFT = "Ett beslut kan fastställa balansen bara medan överenskommelsen är ett utkast";

/** A decision that sets the balance asks more of the agreement than one that does not. */
export type DecideTarget = DisputeTarget & { setsBalance: boolean };

/**
 * Records the decision. Balance lines, when given, replace the agreement's balance in the same
 * transaction and make it DECIDED (the marks are cleared by the balance's own consequence); that is
 * possible only while the agreement is a DRAFT (a signed agreement changes only by a tilläggsuppdrag).
 */
export const decideDispute: Command<
  { disputeId: string; input: Decide },
  DecideTarget,
  { decision: ValidDecision; lines: LineValues[] | null },
  DisputeResult
> = {
  name: "decideDispute",
  agreementOf: onDispute.agreementOf,
  async load(ctx, input, agreement) {
    return { ...(await onDispute.load(ctx, input, agreement)), setsBalance: (input.input.balanceLines?.length ?? 0) > 0 };
  },
  policy: leadershipOnly,
  lifecycle: {
    refusal: BALANCE_ONLY_IN_DRAFT,
    check: (target) =>
      transitionRefusal(target, DisputeAction.DECIDE) ??
      (target.setsBalance && target.agreement.status !== AgreementStatus.DRAFT ? BALANCE_ONLY_IN_DRAFT : null),
  },
  validate(_ctx, { input }, { dispute, setsBalance }) {
    const decision = validateDecision(input, dispute.level, dispute.referredTo, dispute.referredAt);
    const lines = setsBalance ? input.balanceLines!.map((line, i) => validateLine(line, `balanceLines.${i}.`)) : null;
    return { decision, lines };
  },
  async write({ tx, actor }, target, { decision, lines }) {
    const { agreement } = target;
    const balanceEvents: NewAgreementEvent[] = [];
    if (lines) {
      const version = await replaceLines(tx, agreement.id, (await loadBalance(tx, agreement)).version, lines, BalanceStatus.DECIDED);
      balanceEvents.push(BalanceEvent.decided(balanceSummaries.decided(lines.length), { version, lines }));
    }
    const dispute = await advance(tx, target, DisputeAction.DECIDE, {
      decisionText: decision.text,
      decisionReference: decision.reference,
      decisionLevel: target.dispute.level,
      decisionBody: decision.body,
      decisionMeetingDate: decision.meetingDate,
      decisionParagraph: decision.paragraph,
      decisionBalanceLines: lines,
      decidedBy: actor.userId,
      decidedAt: new Date(),
    });
    const summary = disputeSummaries.decided(
      await concernOf(tx, dispute),
      decision.body,
      decision.reference,
      decision.text,
      lines?.length ?? null,
    );
    const event = DisputeEvent.decided(summary, {
      disputeId: dispute.id,
      status: dispute.status,
      level: target.dispute.level,
      reference: decision.reference,
      balanceLinesSet: lines !== null,
    });
    const outcome = stepOutcome(tx, agreement, dispute, event, [audiences.bothParties(agreement)]);
    return { ...outcome, events: [...balanceEvents, ...outcome.events!] };
  },
};

export const setDisputePriority: Command<{ disputeId: string; priority: DisputePriority }, DisputeTarget, DisputePriority, DisputeResult> =
  {
    name: "setDisputePriority",
    ...onDispute,
    policy: leadershipOnly,
    lifecycle: follows(DisputeAction.SET_PRIORITY),
    validate: (_ctx, { priority }) => priority,
    async write({ tx }, target, priority) {
      const dispute = await advance(tx, target, DisputeAction.SET_PRIORITY, { priority });
      const event = DisputeEvent.prioritySet(disputeSummaries.prioritySet(await concernOf(tx, dispute), priority), {
        disputeId: dispute.id,
        status: dispute.status,
        priority,
      });
      return stepOutcome(tx, target.agreement, dispute, event, []);
    },
  };
