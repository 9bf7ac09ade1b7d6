import { addDays, dueDate, periodsOfTerm, type ReportFrequency } from "../follow-up/periods.js";

/**
 * What a follow-up reminder is about (issue 13, item 6): a period's report due within
 * `DUE_SOON_DAYS`, a report past its due date, or an action plan past its due date and not done.
 */
export enum ReminderKind {
  REPORT_DUE = "REPORT_DUE",
  REPORT_OVERDUE = "REPORT_OVERDUE",
  ACTION_PLAN_OVERDUE = "ACTION_PLAN_OVERDUE",
}

/** A report due within this many days (the due date itself included) is reminded of. */
export const DUE_SOON_DAYS = 7;

/** A SIGNED agreement as its follow-up sees it: term, reporting frequencies, and who answers for it. */
export interface FollowedAgreement {
  id: string;
  title: string;
  diarienummer: string;
  periodStart: string;
  periodEnd: string;
  purchaserOrganId: string;
  providerOrganId: string;
  /** The avtalsansvarig of each side, when named and still active. */
  purchaserResponsibleId: string | null;
  providerResponsibleId: string | null;
  /** The frequencies its indicators are reported at. */
  frequencies: ReportFrequency[];
  /** Periods with a report the purchaser has not returned (REPORTED or ACCEPTED). */
  reported: ReadonlySet<string>;
}

/** A period's report that is due soon or overdue, and not reported. */
export interface ReportReminder {
  agreementId: string;
  period: string;
  dueDate: string;
  overdue: boolean;
}

/**
 * The agreement's unreported periods due by `today` + `DUE_SOON_DAYS`: overdue when the due date has
 * passed (is before `today`). A RETURNED report counts as not reported: it must be reported again.
 */
export function reportsToRemind(agreement: FollowedAgreement, dueDays: number, today: string): ReportReminder[] {
  const horizon = addDays(today, DUE_SOON_DAYS);
  const reminders: ReportReminder[] = [];
  for (const frequency of new Set(agreement.frequencies))
    for (const period of periodsOfTerm(frequency, agreement.periodStart, agreement.periodEnd)) {
      const due = dueDate(period, agreement.periodEnd, dueDays);
      // Periods come in order and so do their due dates: the rest are later still.
      if (due > horizon) break;
      if (agreement.reported.has(period.key)) continue;
      reminders.push({ agreementId: agreement.id, period: period.key, dueDate: due, overdue: due < today });
    }
  return reminders.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.period.localeCompare(b.period));
}

/** Who answers for each side: the avtalsansvarig, or without one the side organ's förvaltningschefer. */
export interface Sides {
  purchaser: readonly string[];
  provider: readonly string[];
}

export function sidesOf(agreement: FollowedAgreement, chiefsOf: (organId: string) => readonly string[]): Sides {
  return {
    purchaser: agreement.purchaserResponsibleId ? [agreement.purchaserResponsibleId] : chiefsOf(agreement.purchaserOrganId),
    provider: agreement.providerResponsibleId ? [agreement.providerResponsibleId] : chiefsOf(agreement.providerOrganId),
  };
}

/**
 * Whom a reminder goes to: a report due, the provider side (which reports); an overdue report, both
 * sides (the purchaser follows it up); an overdue plan, its owner and the provider side.
 */
export function recipientsOf(kind: ReminderKind, sides: Sides, planOwnerId: string | null = null): string[] {
  const users =
    kind === ReminderKind.REPORT_DUE
      ? sides.provider
      : kind === ReminderKind.REPORT_OVERDUE
        ? [...sides.provider, ...sides.purchaser]
        : [...(planOwnerId ? [planOwnerId] : []), ...sides.provider];
  return [...new Set(users)];
}

/** Whole days from `from` to `to` ("YYYY-MM-DD"), negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  const day = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/** What is overdue in kommunledning's queue view: a period's report, or an action plan. */
export enum OverdueKind {
  REPORT = "REPORT",
  ACTION_PLAN = "ACTION_PLAN",
}
