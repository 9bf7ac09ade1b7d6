import type { BalanceLineEntity } from "../balance/balance.entities.js";
import type { BalanceLineType } from "../balance/balance.types.js";
import type { UserEntity } from "../identity/identity.entities.js";
import type { Actor } from "../identity/identity.model.js";
import { decimalOf, moneyString } from "../money.js";
import { permits } from "../pipeline/permissions.js";
import { addActionPlan, updateActionPlan } from "./action-plans.commands.js";
import { ActionPlanStatus, type ActionPlanEntity, type IndicatorEntity, type IndicatorReportEntity } from "./follow-up.entities.js";
import { deliveryFrequency, FREQUENCY_ORDER, FollowUpPeriodState, plainDecimal } from "./follow-up.model.js";
import type { FollowUpData } from "./follow-up.queries.js";
import { ordered, withinTerm, yearForecast } from "./follow-up.forecast.js";
import type {
  ActionPlanType,
  DeliveryType,
  FollowUpPeriodType,
  FollowUpType,
  ForecastType,
  IndicatorReportType,
  IndicatorType,
} from "./follow-up.types.js";
import { addIndicator, removeIndicator, updateIndicator } from "./indicators.commands.js";
import { dueDate, parsePeriod, periodsOfTerm, type Period } from "./periods.js";
import { reportsForProvider } from "./reporting.commands.js";
import { acceptFollowUp, returnFollowUp, type ReviewTarget } from "./review.commands.js";

/*
 * What leaves the server: the GraphQL shapes of the follow-up, from one agreement's data read once
 * (follow-up.queries.ts). Every permission flag is its command's own declaration (`permits`).
 */

const user = (data: FollowUpData, id: string): UserEntity =>
  data.users.get(id) ?? ({ id, name: "okänd", email: "", active: false } as UserEntity);
const line = (l: BalanceLineEntity): BalanceLineType => ({ ...l, volume: l.volume === null ? null : decimalOf(l.volume).toNumber() });

export function presentPlan(data: FollowUpData, actor: Actor | null, plan: ActionPlanEntity): ActionPlanType {
  const report = data.reports.find((r) => r.id === plan.reportId)!;
  const indicator = data.indicators.find((i) => i.id === report.indicatorId)!;
  return {
    ...plan,
    period: report.period,
    indicatorName: indicator.name,
    owner: user(data, plan.ownerId),
    overdue: plan.status !== ActionPlanStatus.DONE && plan.dueDate < data.today,
    steps: data.steps
      .filter((s) => s.actionPlanId === plan.id)
      .map((s) => ({ ...s, done: s.doneAt !== null, doneBy: s.doneBy ? user(data, s.doneBy) : null })),
    permissions: { canUpdate: permits(updateActionPlan, actor, { agreement: data.agreement, plan, indicator }) },
  };
}

export function presentReport(data: FollowUpData, actor: Actor | null, report: IndicatorReportEntity): IndicatorReportType {
  const plan = data.plans.find((p) => p.reportId === report.id) ?? null;
  const indicator = data.indicators.find((i) => i.id === report.indicatorId)!;
  return {
    ...report,
    value: plainDecimal(report.value),
    reportedBy: user(data, report.reportedBy),
    actionPlan: plan ? presentPlan(data, actor, plan) : null,
    permissions: { canAddActionPlan: permits(addActionPlan, actor, { agreement: data.agreement, report, indicator, existing: plan }) },
  };
}

export function presentIndicator(data: FollowUpData, actor: Actor | null, indicator: IndicatorEntity): IndicatorType {
  const section = indicator.sectionId ? data.sections.get(indicator.sectionId) : undefined;
  const balanceLine = data.scopeLines.find((l) => l.id === indicator.balanceLineId);
  const target = { agreement: data.agreement, indicator };
  return {
    ...indicator,
    target: plainDecimal(indicator.target),
    warnAt: indicator.warnAt === null ? null : plainDecimal(indicator.warnAt),
    section: section ? Object.assign(section, { agreement: data.agreement }) : null,
    balanceLine: balanceLine ? line(balanceLine) : null,
    reports: data.reports.filter((r) => r.indicatorId === indicator.id).map((r) => presentReport(data, actor, r)),
    permissions: {
      canEdit: permits(updateIndicator, actor, target),
      canRemove: permits(removeIndicator, actor, target),
      canReport: permits(reportsForProvider, actor, { agreement: data.agreement, periodRow: null }),
    },
  };
}

function reviewTarget(data: FollowUpData, key: string): ReviewTarget {
  const periodRow = data.periodRows.get(key) ?? null;
  const planned = new Set(data.plans.map((p) => p.reportId));
  const reports = periodRow
    ? data.reports.filter((r) => r.period === key).map((r) => ({ id: r.id, status: r.status, hasPlan: planned.has(r.id) }))
    : [];
  return { agreement: data.agreement, key, periodRow, reports };
}

function periodState(data: FollowUpData, period: Period, end: string, due: string): FollowUpPeriodState {
  const row = data.periodRows.get(period.key);
  if (row) return row.status as unknown as FollowUpPeriodState;
  if (end >= data.today) return FollowUpPeriodState.NOT_DUE;
  return data.today <= due ? FollowUpPeriodState.DUE : FollowUpPeriodState.OVERDUE;
}

function deliveries(data: FollowUpData, period: Period): DeliveryType[] {
  return data.scopeLines.map((l) => {
    const reported = data.scopeReports.find((r) => r.balanceLineId === l.id && r.period === period.key);
    const order = ordered(l, period, data.agreement);
    return {
      balanceLine: line(l),
      orderedVolume: order.volume.toString(),
      deliveredVolume: reported ? plainDecimal(reported.deliveredVolume) : null,
      compensation: moneyString(order.compensation),
      actualCost: reported ? moneyString(decimalOf(reported.actualCost)) : null,
      comment: reported?.comment ?? null,
      reportedAt: reported?.reportedAt ?? null,
    };
  });
}

function presentPeriod(data: FollowUpData, actor: Actor | null, period: Period, delivery: boolean): FollowUpPeriodType {
  const { agreement } = data;
  const span = withinTerm(period, agreement);
  const due = dueDate(period, agreement.periodEnd, data.dueDays);
  const status = periodState(data, period, span.end, due);
  const row = data.periodRows.get(period.key) ?? null;
  const frequencyIds = new Set(data.indicators.filter((i) => i.frequency === period.frequency).map((i) => i.id));
  const review = reviewTarget(data, period.key);
  return {
    key: period.key,
    frequency: period.frequency,
    ...span,
    dueDate: due,
    status,
    remarks: row?.remarks ?? null,
    decidedAt: row?.decidedAt ?? null,
    decidedBy: row?.decidedBy ? user(data, row.decidedBy) : null,
    reports: data.reports
      .filter((r) => r.period === period.key && frequencyIds.has(r.indicatorId))
      .map((r) => presentReport(data, actor, r)),
    deliveries: delivery ? deliveries(data, period) : [],
    permissions: {
      canReport: status !== FollowUpPeriodState.NOT_DUE && permits(reportsForProvider, actor, { agreement, periodRow: row }),
      canAccept: permits(acceptFollowUp, actor, review),
      canReturn: permits(returnFollowUp, actor, review),
    },
  };
}

function presentForecast(data: FollowUpData): ForecastType | null {
  const frequency = deliveryFrequency(data.indicators.map((i) => i.frequency));
  const delivered = data.scopeReports.flatMap((r) => {
    const period = parsePeriod(r.period);
    return period && period.frequency === frequency ? [{ ...r, period }] : [];
  });
  const forecast = yearForecast(Number(data.today.slice(0, 4)), data.agreement, data.scopeLines, delivered);
  if (!forecast) return null;
  const sum = (values: ReadonlyArray<ReturnType<typeof decimalOf>>) => values.reduce((a, b) => a.plus(b), decimalOf("0"));
  const forecasts = forecast.lines.flatMap((l) => (l.forecastCost ? [l.forecastCost] : []));
  return {
    year: forecast.year,
    start: forecast.start,
    end: forecast.end,
    lines: forecast.lines.map((l) => ({
      balanceLine: line(data.scopeLines.find((s) => s.id === l.lineId)!),
      orderedVolume: l.orderedVolume.toString(),
      compensation: moneyString(l.compensation),
      deliveredVolume: l.deliveredVolume.toString(),
      actualCost: moneyString(l.actualCost),
      coveredDays: l.coveredDays,
      forecastVolume: l.forecastVolume?.toString() ?? null,
      forecastCost: l.forecastCost ? moneyString(l.forecastCost) : null,
    })),
    compensation: moneyString(sum(forecast.lines.map((l) => l.compensation))),
    actualCost: moneyString(sum(forecast.lines.map((l) => l.actualCost))),
    forecastCost: forecasts.length === 0 ? null : moneyString(sum(forecasts)),
  };
}

export function presentFollowUp(data: FollowUpData, actor: Actor | null): FollowUpType {
  const { agreement } = data;
  const inUse = FREQUENCY_ORDER.filter((f) => data.indicators.some((i) => i.frequency === f));
  const delivery = deliveryFrequency(inUse);
  const periods = inUse.flatMap((f) =>
    periodsOfTerm(f, agreement.periodStart, agreement.periodEnd).map((p) => presentPeriod(data, actor, p, f === delivery)),
  );
  return {
    deliveryFrequency: delivery,
    dueDays: data.dueDays,
    periods,
    forecast: presentForecast(data),
    openActionPlans: data.plans.filter((p) => p.status !== ActionPlanStatus.DONE).map((p) => presentPlan(data, actor, p)),
    overdueReports: periods.filter((p) => p.status === FollowUpPeriodState.OVERDUE),
    permissions: {
      canAddIndicator: permits(addIndicator, actor, { agreement }),
      canReport: permits(reportsForProvider, actor, { agreement, periodRow: null }),
      canReportDelivery: data.scopeLines.length > 0 && permits(reportsForProvider, actor, { agreement, periodRow: null }),
      canAccept: periods.some((p) => p.permissions.canAccept),
      canReturn: periods.some((p) => p.permissions.canReturn),
    },
  };
}
