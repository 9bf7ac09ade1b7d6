import type { Tx } from "../db/database.js";
import { recipientsOf, reportsToRemind, ReminderKind, sidesOf, type FollowedAgreement } from "./reminders.model.js";
import { remindersStore } from "./reminders.store.js";

/** A report due soon or overdue, or an overdue action plan, with the people it is theirs to act on. */
export interface DueFollowUp {
  kind: ReminderKind;
  agreement: FollowedAgreement;
  /** What the reminder is about: the report's period, or the plan's id. */
  subject: string;
  /** The report's period; for a plan, the period of the report it answers. */
  period: string;
  actionPlanId: string | null;
  dueDate: string;
  /** Active users, each once: whom the reminder goes to. */
  recipients: string[];
}

/**
 * Everything of the transaction's municipality that is due by `today` + 7 days and not done, oldest
 * due first: the sweep reminds of it, kommunledning's queue lists what of it is overdue.
 */
export async function dueFollowUp(tx: Tx, today: string): Promise<DueFollowUp[]> {
  const agreements = await remindersStore.followedAgreements(tx);
  if (agreements.length === 0) return [];
  const dueDays = await remindersStore.dueDays(tx);
  const plans = await remindersStore.overduePlans(tx, today);
  const chiefs = await remindersStore.chiefsOf(
    tx,
    agreements.flatMap((a) => [a.purchaserOrganId, a.providerOrganId]),
  );
  const byId = new Map(agreements.map((a) => [a.id, a]));
  const sides = (a: FollowedAgreement) => sidesOf(a, (organId) => chiefs.get(organId) ?? []);
  const items: DueFollowUp[] = [];
  for (const agreement of agreements)
    for (const report of reportsToRemind(agreement, dueDays, today)) {
      const kind = report.overdue ? ReminderKind.REPORT_OVERDUE : ReminderKind.REPORT_DUE;
      items.push({
        kind,
        agreement,
        subject: report.period,
        period: report.period,
        actionPlanId: null,
        dueDate: report.dueDate,
        recipients: recipientsOf(kind, sides(agreement)),
      });
    }
  for (const plan of plans) {
    const agreement = byId.get(plan.agreementId);
    if (!agreement) continue; // a plan of an agreement that is not SIGNED has nothing to follow up
    items.push({
      kind: ReminderKind.ACTION_PLAN_OVERDUE,
      agreement,
      subject: plan.id,
      period: plan.period,
      actionPlanId: plan.id,
      dueDate: plan.dueDate,
      recipients: recipientsOf(ReminderKind.ACTION_PLAN_OVERDUE, sides(agreement), plan.ownerId),
    });
  }
  return items.sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      a.agreement.diarienummer.localeCompare(b.agreement.diarienummer) ||
      a.subject.localeCompare(b.subject),
  );
}
