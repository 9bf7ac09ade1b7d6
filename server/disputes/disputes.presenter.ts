import type { LineValues } from "../balance/balance.model.js";
import { decimalOf } from "../money.js";
import type { Tx } from "../db/database.js";
import type { Actor } from "../identity/identity.model.js";
import type { DisputeResult } from "./dispute-step.js";
import { disputesQueries } from "./disputes.queries.js";
import type { DisputeType } from "./disputes.types.js";
import type { DisputeView } from "./disputes.views.js";

/** The GraphQL Dispute, carrying the agreement (already read-checked) for its field resolvers. */
export type PresentedDispute = DisputeType & {
  agreementId: string;
  agreement: DisputeView["agreement"];
  /** For the follow-up's field resolvers (Dispute.indicatorReport, Dispute.actionPlan). */
  indicatorReportId: string | null;
  actionPlanId: string | null;
};

const presentLine = (line: LineValues) => ({ ...line, volume: line.volume === null ? null : decimalOf(line.volume).toNumber() });

export function presentDispute(view: DisputeView): PresentedDispute {
  return {
    id: view.id,
    agreementId: view.agreementId,
    agreement: view.agreement,
    subject: view.subject,
    status: view.status,
    level: view.level,
    priority: view.priority,
    referredTo: view.referredTo,
    description: view.description,
    concernsBalance: view.sectionId === null && view.indicatorReportId === null && view.actionPlanId === null,
    indicatorReportId: view.indicatorReportId,
    actionPlanId: view.actionPlanId,
    section: view.section,
    amountAtStake: view.amountAtStake,
    positions: view.positions,
    raisedParty: view.raisedParty,
    raisedBy: view.raisedByUser,
    raisedAt: view.raisedAt,
    escalatedAt: view.escalatedAt,
    assignee: view.assignee,
    assignedAt: view.assignedAt,
    referredAt: view.referredAt,
    withdrawnAt: view.withdrawnAt,
    withdrawalNote: view.withdrawalNote,
    decision: view.decision ? { ...view.decision, balanceLines: view.decision.balanceLines?.map(presentLine) ?? null } : null,
    reflectedAt: view.reflectedAt,
    reflectedBy: view.reflectedByUser,
    queueDays: view.queueDays,
    queueAge: view.queueAge,
    permissions: view.permissions,
  };
}

/** The caller's answer to a dispute command: the dispute as the caller now sees it, in the command's transaction. */
export async function disputeAfter(tx: Tx, actor: Actor, { agreement, dispute }: DisputeResult): Promise<PresentedDispute> {
  return presentDispute(await disputesQueries.view(tx, actor, dispute, agreement));
}
