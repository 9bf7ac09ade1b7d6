import type { AgreementEntity } from "../agreements/agreement.entities.js";
import type { Party } from "../agreements/agreement.model.js";
import type { LineValues } from "../balance/balance.model.js";
import type { Tx } from "../db/database.js";
import type { UserEntity } from "../identity/identity.entities.js";
import type { Actor, OrganKind } from "../identity/identity.model.js";
import { permits } from "../pipeline/permissions.js";
import type { DisputeEntity } from "./dispute.entities.js";
import { addDisputePosition, escalateDispute, withdrawDispute } from "./disputes.commands.js";
import { daysBetween, queueAge, type QueueAge } from "./disputes.model.js";
import { disputesStore } from "./disputes.store.js";
import { assignDispute, decideDispute, referDispute, setDisputePriority } from "./escalation.commands.js";
import { confirmDecisionReflected } from "./reflection.commands.js";

export interface PositionView {
  party: Party;
  user: UserEntity;
  text: string;
  consequence: string | null;
  at: Date;
}

export interface DecisionView {
  text: string;
  reference: string | null;
  level: DisputeEntity["level"];
  body: OrganKind | null;
  meetingDate: string | null;
  paragraph: string | null;
  decidedBy: UserEntity;
  decidedAt: Date;
  balanceLines: LineValues[] | null;
}

/** A dispute as its readers see it: users resolved, time in queue judged, and what the caller may do. */
export interface DisputeView extends DisputeEntity {
  agreement: AgreementEntity;
  section: { id: string; title: string } | null;
  raisedByUser: UserEntity;
  assignee: UserEntity | null;
  positions: PositionView[];
  decision: DecisionView | null;
  reflectedByUser: UserEntity | null;
  queueDays: number | null;
  queueAge: QueueAge | null;
  permissions: DisputePermissions;
}

/** What the caller may do with the dispute now: each flag is its command's own declaration (`permits`). */
export interface DisputePermissions {
  canAddPosition: boolean;
  canWithdraw: boolean;
  /** Not `canEscalate`: that is the agreement's flag and means something else. */
  canEscalateDispute: boolean;
  canAssign: boolean;
  canRefer: boolean;
  canDecide: boolean;
  canSetPriority: boolean;
  canConfirmReflected: boolean;
}

export function disputePermissions(actor: Actor, agreement: AgreementEntity, dispute: DisputeEntity): DisputePermissions {
  const target = { agreement, dispute };
  return {
    canAddPosition: permits(addDisputePosition, actor, target),
    canWithdraw: permits(withdrawDispute, actor, target),
    canEscalateDispute: permits(escalateDispute, actor, target),
    canAssign: permits(assignDispute, actor, target),
    canRefer: permits(referDispute, actor, target),
    canDecide: permits(decideDispute, actor, { ...target, setsBalance: false }),
    canSetPriority: permits(setDisputePriority, actor, target),
    canConfirmReflected: permits(confirmDecisionReflected, actor, target),
  };
}

/** A dispute's view before the caller's permissions: the same for every reader who may see it. */
export type DisputeData = Omit<DisputeView, "permissions">;

/** Builds views of many disputes with one query per kind of thing they refer to. */
export async function disputeViews(
  tx: Tx,
  actor: Actor,
  disputes: DisputeEntity[],
  agreements: Map<string, AgreementEntity>,
  now = new Date(),
): Promise<DisputeView[]> {
  return (await disputeData(tx, disputes, agreements, now)).map((data) => withPermissions(actor, data));
}

/** The caller's view of a dispute read for every reader (`disputeData`): what it may do with it. */
export function withPermissions(actor: Actor, data: DisputeData): DisputeView {
  return { ...data, permissions: disputePermissions(actor, data.agreement, data) };
}

/** Views of many disputes without the caller's permissions, one query per kind of thing they refer to. */
export async function disputeData(
  tx: Tx,
  disputes: DisputeEntity[],
  agreements: Map<string, AgreementEntity>,
  now = new Date(),
): Promise<DisputeData[]> {
  if (disputes.length === 0) return [];
  const { positions, users, sections, thresholds } = await disputesStore.parts(tx, disputes);
  const { warnDays, overdueDays } = thresholds;

  return disputes.map((d) => {
    const agreement = agreements.get(d.agreementId)!;
    const section = d.sectionId ? sections.get(d.sectionId) : undefined;
    const inQueue = d.escalatedAt !== null && d.decidedAt === null && d.withdrawnAt === null;
    const queueDays = d.escalatedAt ? daysBetween(d.escalatedAt, d.decidedAt ?? d.withdrawnAt ?? now) : null;
    return {
      ...d,
      agreement,
      section: section ?? null,
      raisedByUser: users.get(d.raisedBy)!,
      assignee: d.assigneeId ? (users.get(d.assigneeId) ?? null) : null,
      positions: positions
        .filter((p) => p.disputeId === d.id)
        .map((p) => ({ party: p.party, user: p.user!, text: p.text, consequence: p.consequence, at: p.at })),
      decision:
        d.decidedAt && d.decidedBy
          ? {
              text: d.decisionText ?? "",
              reference: d.decisionReference,
              level: d.decisionLevel ?? d.level,
              body: d.decisionBody,
              meetingDate: d.decisionMeetingDate,
              paragraph: d.decisionParagraph,
              decidedBy: users.get(d.decidedBy)!,
              decidedAt: d.decidedAt,
              balanceLines: d.decisionBalanceLines,
            }
          : null,
      reflectedByUser: d.reflectedBy ? (users.get(d.reflectedBy) ?? null) : null,
      queueDays,
      queueAge: inQueue && queueDays !== null ? queueAge(queueDays, warnDays, overdueDays) : null,
    };
  });
}
