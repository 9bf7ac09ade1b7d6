import type { Impact, ValueClass } from "./classification.model.js";

/** Does the supplier meet the essential quality requirements? (the 2019 guideline's first question) */
export enum RequirementsMet {
  YES = "YES",
  PARTLY = "PARTLY",
  NO = "NO",
}

export type ValueStatus = "GREEN" | "YELLOW" | "RED";

/** An accepted value of an indicator for a period of the year. */
export interface ReportValue {
  period: string;
  value: string;
  status: ValueStatus;
  comment: string | null;
}

export interface StatusCounts {
  green: number;
  yellow: number;
  red: number;
}

export interface ReportIndicator extends StatusCounts {
  id: string;
  name: string;
  unit: string;
  direction: string;
  target: string;
  warnAt: string | null;
  values: ReportValue[];
}

/** A value that did not reach its target, with the provider's analysis: a deficiency the report names. */
export interface ReportDeficiency {
  indicatorName: string;
  unit: string;
  period: string;
  value: string;
  target: string;
  status: ValueStatus;
  comment: string | null;
}

export interface ReportActionPlan {
  id: string;
  indicatorName: string;
  period: string;
  description: string;
  ownerName: string;
  dueDate: string;
  status: string;
  stepsDone: number;
  steps: number;
}

/** Ordered against delivered volume, and the actual cost, over the year's accepted periods. */
export interface ReportScopeLine {
  description: string;
  unit: string | null;
  orderedVolume: string | null;
  deliveredVolume: string;
  actualCost: string;
}

/** The purchaser side's own words on the agreement's year. */
export interface ReportAssessment {
  requirementsMet: RequirementsMet | null;
  deficiencies: string | null;
  goalEffect: string | null;
  actionPlan: string | null;
  version: number;
  updatedByName: string;
  updatedAt: string;
}

export interface ReportAgreement extends StatusCounts {
  id: string;
  diarienummer: string;
  title: string;
  providerName: string;
  periodStart: string;
  periodEnd: string;
  purchaserResponsibleName: string | null;
  providerResponsibleName: string | null;
  impact: Impact | null;
  valueClass: ValueClass;
  compensation: string;
  indicators: ReportIndicator[];
  /** From the accepted values alone; null when the year has none. */
  computedRequirementsMet: RequirementsMet | null;
  /** The assessment's answer where it gives one, else the computed one. */
  requirementsMet: RequirementsMet | null;
  deficiencies: ReportDeficiency[];
  actionPlans: ReportActionPlan[];
  scope: ReportScopeLine[];
  assessment: ReportAssessment | null;
}

export interface ReportTotals extends StatusCounts {
  agreements: number;
  met: number;
  partly: number;
  notMet: number;
  /** Agreements with no accepted value in the year and no answer of their own. */
  noBasis: number;
  openActionPlans: number;
}

/** The yearly follow-up report of one nämnd: what its decision freezes, and what the hash covers. */
export interface AnnualReportContent {
  organ: { id: string; name: string; shortName: string };
  year: number;
  agreements: ReportAgreement[];
  totals: ReportTotals;
}

/**
 * The requirements are met when every accepted value of the year is GREEN, not met when any is RED, and
 * partly met otherwise (some YELLOW); with no accepted value there is nothing to judge by (null).
 */
export function computedRequirementsMet(statuses: readonly ValueStatus[]): RequirementsMet | null {
  if (statuses.length === 0) return null;
  if (statuses.includes("RED")) return RequirementsMet.NO;
  return statuses.every((s) => s === "GREEN") ? RequirementsMet.YES : RequirementsMet.PARTLY;
}

export function countStatuses(statuses: readonly ValueStatus[]): StatusCounts {
  return {
    green: statuses.filter((s) => s === "GREEN").length,
    yellow: statuses.filter((s) => s === "YELLOW").length,
    red: statuses.filter((s) => s === "RED").length,
  };
}

export function totalsOf(agreements: readonly ReportAgreement[]): ReportTotals {
  const count = (answer: RequirementsMet | null) => agreements.filter((a) => a.requirementsMet === answer).length;
  return {
    agreements: agreements.length,
    green: agreements.reduce((n, a) => n + a.green, 0),
    yellow: agreements.reduce((n, a) => n + a.yellow, 0),
    red: agreements.reduce((n, a) => n + a.red, 0),
    met: count(RequirementsMet.YES),
    partly: count(RequirementsMet.PARTLY),
    notMet: count(RequirementsMet.NO),
    noBasis: count(null),
    openActionPlans: agreements.reduce((n, a) => n + a.actionPlans.filter((p) => p.status !== "DONE").length, 0),
  };
}

/** A period ("2027", "2027-Q1", "2027-03") lies within `year`. */
export const periodInYear = (period: string, year: number): boolean => period.slice(0, 4) === String(year);
