import type { ActionPlanStatus } from "../follow-up/follow-up.entities.js";
import type { IndicatorDirection, IndicatorStatus } from "../follow-up/indicator-status.js";
import type { ReportFrequency } from "../follow-up/periods.js";

/** The follow-up of a signed agreement as the public sees it (`public-follow-up.queries.ts` reads it). */

export interface PublicActionPlan {
  description: string;
  /** The plan's owner, by name only, as the public record names the signatories. */
  ownerName: string;
  dueDate: string;
  status: ActionPlanStatus;
}

export interface PublicIndicatorResult {
  period: string;
  /** Exact decimal, without the column's trailing zeros ("12.5", not "12.500000"). */
  value: string;
  status: IndicatorStatus;
  comment: string | null;
  actionPlan: PublicActionPlan | null;
}

export interface PublicIndicator {
  id: string;
  name: string;
  unit: string;
  direction: IndicatorDirection;
  target: string;
  warnAt: string | null;
  frequency: ReportFrequency;
  /** Accepted periods only, oldest first. */
  results: PublicIndicatorResult[];
}

export interface PublicScopeResult {
  period: string;
  deliveredVolume: string;
  actualCost: string;
  comment: string | null;
}

/** A scope line of the balance: ordered for the term, delivered and spent in the accepted periods. */
export interface PublicScopeLine {
  id: string;
  description: string;
  unit: string | null;
  orderedVolume: string | null;
  estimatedCost: string;
  deliveredVolume: string;
  actualCost: string;
  periods: PublicScopeResult[];
}

export interface PublicFollowUp {
  indicators: PublicIndicator[];
  acceptedPeriods: string[];
  latestAcceptedPeriod: string | null;
  /** Each indicator counted once, by its latest accepted value: where the agreement stands now. */
  green: number;
  yellow: number;
  red: number;
  /** Action plans of accepted values that are not done. */
  openActionPlans: number;
  scopeLines: PublicScopeLine[];
  /** The balance's compensation for the term, against the actual cost of the accepted periods. */
  compensation: string;
  actualCost: string;
}

/** One accepted value with its indicator and agreement: a row of the open data. */
export interface PublicResultRow {
  diarienummer: string;
  agreementId: string;
  agreementTitle: string;
  indicator: string;
  unit: string;
  direction: IndicatorDirection;
  target: string;
  warnAt: string | null;
  period: string;
  value: string;
  status: IndicatorStatus;
  comment: string | null;
}
