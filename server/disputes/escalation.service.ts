import { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus } from "../agreements/agreement.model.js";
import type { LegacyBalance as BalanceService } from "../balance/balance.legacy.js";
import type { LineInput } from "../balance/balance.model.js";
import { lineValues } from "../balance/balance.store.js";
import type { Tx } from "../db/database.js";
import { isUuid } from "../db/database.js";
import { badInput, forbidden, invalidState } from "../errors.js";
import { In } from "typeorm";
import { UserEntity } from "../identity/identity.entities.js";
import { OrganKind, Role, type Actor } from "../identity/identity.model.js";
import type { LegacyNotifications as NotificationsService } from "../notifications/notifications.legacy.js";
import { disputesPolicy } from "../policies/disputes.policy.js";
import { validateDecision, type DecisionFields } from "./decision.validation.js";
import type { DisputeSteps } from "./dispute-steps.js";
import { DisputeEvent, disputeSummaries } from "./disputes.events.js";
import { DisputeAction, DisputeLevel, DisputePriority, POLITICAL_BODIES } from "./disputes.model.js";
import type { QueueFilter } from "./disputes.store.js";
import { disputeViews, type DisputeView } from "./disputes.views.js";

export interface Decide extends DecisionFields {
  balanceLines?: LineInput[] | null;
}

const NOT_LEADERSHIP = "Bara kommunledningen arbetar med eskaleringskön";

/** Kommunledning's side: the queue, assignment, referral to KS or KF, the decision. */
export class EscalationService {
  constructor(
    private readonly steps: DisputeSteps,
    private readonly balance: BalanceService,
    private readonly notifications: NotificationsService,
  ) {}

  assertLeadership(actor: Actor): void {
    if (!disputesPolicy.isLeadership(actor, actor.municipalityId)) throw forbidden(NOT_LEADERSHIP);
  }

  /** Highest priority first, then longest in the queue; only ever the caller's own municipality. */
  async queue(tx: Tx, actor: Actor, filter: QueueFilter = {}): Promise<DisputeView[]> {
    this.assertLeadership(actor);
    const disputes = await this.steps.store.queue(tx, filter);
    const ids = [...new Set(disputes.map((d) => d.agreementId))];
    const agreements = ids.length ? await tx.em.findBy(AgreementEntity, { id: In(ids), municipalityId: tx.municipalityId }) : [];
    return disputeViews(tx, this.steps.store, actor, disputes, new Map(agreements.map((a) => [a.id, a])));
  }

  /** The KOMMUNLEDNING users an item can be assigned to. */
  async assignees(tx: Tx, actor: Actor): Promise<UserEntity[]> {
    this.assertLeadership(actor);
    const ids = await this.notifications.usersWithRoles(tx, [Role.KOMMUNLEDNING]);
    return ids.length ? tx.em.find(UserEntity, { where: { id: In(ids), municipalityId: tx.municipalityId }, order: { name: "ASC" } }) : [];
  }

  async assign(tx: Tx, actor: Actor, disputeId: string, assigneeId: string): Promise<DisputeView> {
    const step = await this.begin(tx, actor, disputeId, DisputeAction.ASSIGN);
    const leaders = await this.notifications.usersWithRoles(tx, [Role.KOMMUNLEDNING]);
    const assignee = isUuid(assigneeId) && leaders.includes(assigneeId) ? await tx.em.findOneBy(UserEntity, { id: assigneeId, municipalityId: tx.municipalityId }) : null;
    if (!assignee) throw badInput("Ärendet kan bara tilldelas någon i kommunledningen", "assigneeId");
    return this.steps.finish(tx, actor, step, {
      patch: { assigneeId: assignee.id, assignedAt: new Date() },
      type: DisputeEvent.assigned,
      summary: disputeSummaries.assigned(step.concern, assignee.name),
      data: { assigneeId: assignee.id },
      notify: [{ audience: "bothParties", extraUserIds: [assignee.id] }],
    });
  }

  async refer(tx: Tx, actor: Actor, disputeId: string, body: OrganKind): Promise<DisputeView> {
    if (!POLITICAL_BODIES[body]) throw badInput("En fråga hänskjuts till kommunstyrelsen eller kommunfullmäktige", "body");
    const step = await this.begin(tx, actor, disputeId, DisputeAction.REFER);
    return this.steps.finish(tx, actor, step, {
      patch: { referredTo: body, referredAt: new Date(), level: DisputeLevel.POLITISK },
      type: DisputeEvent.referred,
      summary: disputeSummaries.referred(step.concern, body),
      data: { body },
      notify: [{ audience: "bothParties" }],
    });
  }

  /**
   * Records the decision. Balance lines, when given, replace the agreement's balance in this same
   * transaction and make it DECIDED; that is possible only while the agreement is a DRAFT (a signed
   * agreement changes only through a tilläggsuppdrag).
   */
  async decide(tx: Tx, actor: Actor, disputeId: string, input: Decide): Promise<DisputeView> {
    const step = await this.begin(tx, actor, disputeId, DisputeAction.DECIDE);
    const decision = validateDecision(input, step.dispute.level, step.dispute.referredTo);
    const lines = input.balanceLines && input.balanceLines.length > 0 ? input.balanceLines : null;
    let decidedLines = null;
    if (lines) {
      if (step.agreement.status !== AgreementStatus.DRAFT) {
        throw invalidState("Ett beslut kan fastställa balansen bara medan överenskommelsen är ett utkast");
      }
      decidedLines = (await this.balance.setLinesByDecision(tx, step.agreement.id, lines, actor.userId)).lines.map(lineValues);
    }
    return this.steps.finish(tx, actor, step, {
      patch: {
        decisionText: decision.text,
        decisionReference: decision.reference,
        decisionLevel: step.dispute.level,
        decisionBody: decision.body,
        decisionMeetingDate: decision.meetingDate,
        decisionParagraph: decision.paragraph,
        decisionBalanceLines: decidedLines,
        decidedBy: actor.userId,
        decidedAt: new Date(),
      },
      type: DisputeEvent.decided,
      summary: disputeSummaries.decided(step.concern, decision.body, decision.reference, decision.text, decidedLines?.length ?? null),
      data: { level: step.dispute.level, reference: decision.reference, balanceLinesSet: decidedLines !== null },
      notify: [{ audience: "bothParties" }],
    });
  }

  async setPriority(tx: Tx, actor: Actor, disputeId: string, priority: DisputePriority): Promise<DisputeView> {
    const step = await this.begin(tx, actor, disputeId, DisputeAction.SET_PRIORITY);
    return this.steps.finish(tx, actor, step, {
      patch: { priority },
      type: DisputeEvent.prioritySet,
      summary: disputeSummaries.prioritySet(step.concern, priority),
      data: { priority },
      notify: [],
    });
  }

  private begin(tx: Tx, actor: Actor, disputeId: string, action: DisputeAction) {
    return this.steps.begin(tx, actor, disputeId, action, (agreement) => disputesPolicy.isLeadership(actor, agreement.municipalityId), NOT_LEADERSHIP);
  }
}
