import type { Tx } from "../db/database.js";
import type { Actor, OrganKind } from "../identity/identity.model.js";
import { assertAllowed } from "../policies/policy.js";
import { remindersPolicy } from "../policies/reminders.policy.js";
import { stockholmDate } from "../validation/meeting-date.js";
import { dueFollowUp } from "./due-follow-up.js";
import { daysBetween, OverdueKind, ReminderKind } from "./reminders.model.js";

const NOT_ALLOWED = "Försenad uppföljning visas för kommunledningen och revisorerna";

export interface OrganRow {
  id: string;
  name: string;
  shortName: string;
  kind: OrganKind;
  active: boolean;
}

export interface UserRow {
  id: string;
  name: string;
  email: string;
  active: boolean;
}

/** One overdue report or action plan of the municipality, as kommunledning's queue lists it. */
export interface OverdueView {
  /** Stable across reads: the kind with the agreement and period, or the plan's id. */
  id: string;
  kind: OverdueKind;
  agreementId: string;
  title: string;
  diarienummer: string;
  purchaser: OrganRow;
  provider: OrganRow;
  period: string;
  actionPlanId: string | null;
  dueDate: string;
  daysOverdue: number;
  /** Whom it is reminded to: the avtalsansvariga (or the side's förvaltningschefer) and a plan's owner. */
  responsible: UserRow[];
}

/** The overdue follow-up of the caller's municipality (KOMMUNLEDNING, REVISOR). */
export const remindersQueries = {
  async overdue(tx: Tx, actor: Actor, today: string = stockholmDate(new Date())): Promise<OverdueView[]> {
    assertAllowed(remindersPolicy.mayReadOverdue(actor), NOT_ALLOWED);
    const overdue = (await dueFollowUp(tx, today)).filter((item) => item.kind !== ReminderKind.REPORT_DUE);
    if (overdue.length === 0) return [];
    const organs = await byId<OrganRow>(
      tx,
      `SELECT id, name, short_name AS "shortName", kind, active FROM organ WHERE municipality_id = $1 AND id = ANY($2)`,
      overdue.flatMap((item) => [item.agreement.purchaserOrganId, item.agreement.providerOrganId]),
    );
    const users = await byId<UserRow>(
      tx,
      "SELECT id, name, email, active FROM app_user WHERE municipality_id = $1 AND id = ANY($2)",
      overdue.flatMap((item) => item.recipients),
    );
    return overdue.map((item) => {
      const plan = item.kind === ReminderKind.ACTION_PLAN_OVERDUE;
      return {
        id: plan ? `ACTION_PLAN:${item.actionPlanId}` : `REPORT:${item.agreement.id}:${item.period}`,
        kind: plan ? OverdueKind.ACTION_PLAN : OverdueKind.REPORT,
        agreementId: item.agreement.id,
        title: item.agreement.title,
        diarienummer: item.agreement.diarienummer,
        purchaser: organs.get(item.agreement.purchaserOrganId)!,
        provider: organs.get(item.agreement.providerOrganId)!,
        period: item.period,
        actionPlanId: item.actionPlanId,
        dueDate: item.dueDate,
        daysOverdue: daysBetween(item.dueDate, today),
        responsible: item.recipients.map((id) => users.get(id)!).sort((a, b) => a.name.localeCompare(b.name, "sv")),
      };
    });
  },

  /** How many items are overdue: what the live view's signal carries. */
  async overdueCount(tx: Tx, actor: Actor): Promise<number> {
    return (await this.overdue(tx, actor)).length;
  },
};

async function byId<T extends { id: string }>(tx: Tx, sql: string, ids: string[]): Promise<Map<string, T>> {
  const rows = (await tx.em.query(sql, [tx.municipalityId, [...new Set(ids)]])) as T[];
  return new Map(rows.map((row) => [row.id, row]));
}
