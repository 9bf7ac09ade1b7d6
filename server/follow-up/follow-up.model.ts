import { Decimal } from "../money.js";
import { IndicatorDirection, IndicatorStatus } from "./indicator-status.js";
import { ReportFrequency } from "./periods.js";

export { IndicatorDirection, IndicatorStatus, ReportFrequency };

/** Where a period of the term stands for the follow-up page. */
export enum FollowUpPeriodState {
  /** The period has not ended yet. */
  NOT_DUE = "NOT_DUE",
  /** Ended, nothing reported, the due date not passed. */
  DUE = "DUE",
  /** Ended, nothing reported, the due date passed. */
  OVERDUE = "OVERDUE",
  REPORTED = "REPORTED",
  RETURNED = "RETURNED",
  ACCEPTED = "ACCEPTED",
}

export interface IndicatorInput {
  name: string;
  unit: string;
  direction: IndicatorDirection;
  target: string;
  warnAt?: string | null;
  frequency: ReportFrequency;
  sectionId?: string | null;
  balanceLineId?: string | null;
}

/** An indicator's fields as checked, ready to write. */
export interface IndicatorValues {
  name: string;
  unit: string;
  direction: IndicatorDirection;
  target: Decimal;
  warnAt: Decimal | null;
  frequency: ReportFrequency;
  sectionId: string | null;
  balanceLineId: string | null;
}

export interface ActionPlanInput {
  description: string;
  ownerId: string;
  dueDate: string;
  steps?: string[] | null;
}

export interface ActionPlanChanges {
  description?: string | null;
  ownerId?: string | null;
  dueDate?: string | null;
}

/** The frequencies from finest to coarsest. */
export const FREQUENCY_ORDER: readonly ReportFrequency[] = [ReportFrequency.MONTHLY, ReportFrequency.QUARTERLY, ReportFrequency.YEARLY];

/**
 * The rhythm deliveries (volume and cost per scope line) are reported in: the finest frequency of the
 * agreement's indicators, so each delivery period is one the provider reports anyway; quarterly when
 * the agreement has no indicator (signed before indicators existed).
 */
export function deliveryFrequency(frequencies: readonly ReportFrequency[]): ReportFrequency {
  return FREQUENCY_ORDER.find((f) => frequencies.includes(f)) ?? ReportFrequency.QUARTERLY;
}

/** A stored numeric ("90.000000") as its shortest exact decimal ("90"). */
export const plainDecimal = (value: string): string => new Decimal(value).toString();
