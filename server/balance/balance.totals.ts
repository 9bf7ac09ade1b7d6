import { ResultRequirementKind } from "../identity/identity.model.js";
import { BalanceLineKind, type ResultRequirement } from "./balance.model.js";
import { ROUND_HALF_AWAY_FROM_ZERO, type Decimal, ZERO, decimalOf, moneyString, roundToOre } from "../money.js";

export interface Totals {
  /** Sum of the SCOPE lines: production's estimated cost. */
  cost: string;
  /** Sum of the RESOURCE lines: what the purchaser pays. */
  compensation: string;
  /** compensation − cost. */
  difference: string;
  /** difference ÷ compensation × 100, rounded half away from zero to two decimals; null without compensation. */
  marginPercent: string | null;
  requirementMet: boolean;
}

/**
 * A line's amount: volume × unitAmount rounded once to öre (half away from zero), or the fixed
 * amount of a RESOURCE line. The only place an amount is rounded.
 */
export function lineAmount(volume: Decimal | null, unitAmount: Decimal | null, fixedAmount: Decimal | null): Decimal {
  if (volume !== null && unitAmount !== null) return roundToOre(volume.times(unitAmount));
  return fixedAmount ?? ZERO;
}

/**
 * Exact totals of the lines. Sums of öre amounts are exact and never rounded again. The requirement is
 * judged on the exact figures, not on the rounded margin: MIN_MARGIN holds when there is compensation
 * and difference × 100 ≥ compensation × minimum; COST_PRICE (no deficit) when difference ≥ 0.
 */
export function computeTotals(lines: ReadonlyArray<{ kind: BalanceLineKind; amount: string }>, requirement: ResultRequirement): Totals {
  let cost = ZERO;
  let compensation = ZERO;
  for (const line of lines) {
    if (line.kind === BalanceLineKind.SCOPE) cost = cost.plus(decimalOf(line.amount));
    else compensation = compensation.plus(decimalOf(line.amount));
  }
  const difference = compensation.minus(cost);
  const margin = compensation.isZero() ? null : difference.times(100).dividedBy(compensation).toDecimalPlaces(2, ROUND_HALF_AWAY_FROM_ZERO);
  const requirementMet =
    requirement.kind === ResultRequirementKind.COST_PRICE
      ? difference.gte(0)
      : compensation.gt(0) && difference.times(100).gte(compensation.times(decimalOf(requirement.minMarginPercent)));
  return {
    cost: moneyString(cost),
    compensation: moneyString(compensation),
    difference: moneyString(difference),
    marginPercent: margin === null ? null : (margin.isZero() ? ZERO : margin).toFixed(2),
    requirementMet,
  };
}
