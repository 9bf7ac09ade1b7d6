import type { AgreementEntity, SectionEntity } from "../agreements/agreement.entities.js";
import type { BalanceLineEntity } from "../balance/balance.entities.js";
import type { Tx } from "../db/database.js";
import type { UserEntity } from "../identity/identity.entities.js";
import type { Actor } from "../identity/identity.model.js";
import { stockholmDate } from "../validation/meeting-date.js";
import {
  FollowUpPeriodStatus,
  type ActionPlanEntity,
  type ActionPlanStepEntity,
  type FollowUpPeriodEntity,
  type IndicatorEntity,
  type IndicatorReportEntity,
  type ScopeReportEntity,
} from "./follow-up.entities.js";
import { followUpStore as store } from "./follow-up.store.js";

/**
 * Everything the follow-up of one agreement shows, read with a fixed number of queries whatever the number
 * of indicators, periods and plans (no query per row): the views (follow-up.views.ts) are built from it.
 */
export interface FollowUpData {
  agreement: AgreementEntity;
  indicators: IndicatorEntity[];
  sections: Map<string, SectionEntity>;
  scopeLines: BalanceLineEntity[];
  periodRows: Map<string, FollowUpPeriodEntity>;
  reports: IndicatorReportEntity[];
  scopeReports: ScopeReportEntity[];
  plans: ActionPlanEntity[];
  steps: ActionPlanStepEntity[];
  users: Map<string, UserEntity>;
  dueDays: number;
  /** Today in the municipal calendar. */
  today: string;
  /** False for an anonymous reader of a signed agreement: only accepted periods' values are public. */
  internal: boolean;
}

export const followUpQueries = {
  /** The agreement was already read (and read-checked) by the caller; `actor` null is the public record. */
  async load(tx: Tx, agreement: AgreementEntity, actor: Actor | null): Promise<FollowUpData> {
    // One after another: the statements share the transaction's connection anyway.
    const indicators = await store.indicators(tx, [agreement.id]);
    const sections = await store.sections(tx, agreement.id);
    const scopeLines = await store.scopeLines(tx, agreement.id);
    const periods = await store.periods(tx, agreement.id);
    const allReports = await store.reports(tx, agreement.id);
    const scopeReports = await store.scopeReports(tx, agreement.id);
    const plans = await store.plans(tx, agreement.id);
    const dueDays = await store.dueDays(tx);
    const internal = actor !== null;
    const accepted = new Set(periods.filter((p) => p.status === FollowUpPeriodStatus.ACCEPTED).map((p) => p.period));
    const reports = internal ? allReports : allReports.filter((r) => accepted.has(r.period));
    const visiblePlans = internal ? plans : plans.filter((p) => reports.some((r) => r.id === p.reportId));
    const steps = await store.steps(
      tx,
      visiblePlans.map((p) => p.id),
    );
    const userIds = [
      ...reports.map((r) => r.reportedBy),
      ...visiblePlans.map((p) => p.ownerId),
      ...steps.flatMap((s) => (s.doneBy ? [s.doneBy] : [])),
      ...periods.flatMap((p) => (p.decidedBy ? [p.decidedBy] : [])),
    ];
    const users = new Map((await store.users(tx, userIds)).map((u) => [u.id, u]));
    return {
      agreement,
      indicators,
      sections: new Map(sections.map((s) => [s.id, s])),
      scopeLines,
      periodRows: new Map((internal ? periods : periods.filter((p) => accepted.has(p.period))).map((p) => [p.period, p])),
      reports,
      scopeReports: internal ? scopeReports : scopeReports.filter((r) => accepted.has(r.period)),
      plans: visiblePlans,
      steps,
      users,
      dueDays,
      today: stockholmDate(new Date()),
      internal,
    };
  },
};
