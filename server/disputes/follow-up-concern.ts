import type { Tx } from "../db/database.js";
import { badInput } from "../errors.js";
import { followUpStore } from "../follow-up/follow-up.store.js";
import { DisputeSubject } from "./disputes.model.js";

/** A dispute raised from the follow-up: the value or plan it concerns, and how a sentence names it. */
export interface FollowUpConcern {
  indicatorReportId: string | null;
  actionPlanId: string | null;
  /** "värdet för ”Andel nöjda” 2027-Q1", or null when the dispute is not about the follow-up. */
  label: string | null;
}

const FOLLOW_UP_SUBJECTS: readonly DisputeSubject[] = [DisputeSubject.UPPFOLJNING, DisputeSubject.TOLKNING];

async function labelOf(tx: Tx, reportId: string | null, planId: string | null): Promise<string | null> {
  const plan = planId ? await followUpStore.plan(tx, planId) : null;
  const report = await followUpStore.report(tx, plan?.reportId ?? reportId ?? "");
  if (!report) return null;
  const indicator = await followUpStore.indicator(tx, report.indicatorId);
  return `${plan ? "handlingsplanen" : "värdet"} för ”${indicator?.name ?? ""}” ${report.period}`;
}

/**
 * Checks a raised dispute's follow-up references: each of the same agreement (BAD_USER_INPUT naming the
 * field otherwise), and the subject UPPFOLJNING or TOLKNING when either is given.
 */
export async function followUpConcern(
  tx: Tx,
  agreementId: string,
  input: { subject: DisputeSubject; indicatorReportId?: string | null; actionPlanId?: string | null },
): Promise<FollowUpConcern> {
  const indicatorReportId = input.indicatorReportId ?? null;
  const actionPlanId = input.actionPlanId ?? null;
  if (indicatorReportId === null && actionPlanId === null) return { indicatorReportId, actionPlanId, label: null };
  if (indicatorReportId !== null && (await followUpStore.report(tx, indicatorReportId))?.agreementId !== agreementId)
    throw badInput("Värdet hör inte till överenskommelsens uppföljning", "indicatorReportId");
  if (actionPlanId !== null && (await followUpStore.plan(tx, actionPlanId))?.agreementId !== agreementId)
    throw badInput("Handlingsplanen hör inte till överenskommelsens uppföljning", "actionPlanId");
  if (!FOLLOW_UP_SUBJECTS.includes(input.subject))
    throw badInput("En tvist om ett värde eller en handlingsplan har ämnet uppföljning eller tolkning", "subject");
  return { indicatorReportId, actionPlanId, label: await labelOf(tx, indicatorReportId, actionPlanId) };
}

/** The label of a stored dispute's follow-up concern, for its later events. */
export function followUpLabel(tx: Tx, dispute: { indicatorReportId: string | null; actionPlanId: string | null }): Promise<string | null> {
  if (dispute.indicatorReportId === null && dispute.actionPlanId === null) return Promise.resolve(null);
  return labelOf(tx, dispute.indicatorReportId, dispute.actionPlanId);
}
