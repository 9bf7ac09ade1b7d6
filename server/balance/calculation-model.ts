import type { CalculationModelInput } from "./balance.model.js";
import { Decimal, decimalOf, decimalOfNumber, moneyString, roundToOre } from "../money.js";

export interface CalculationModelResult {
  /** Prior-year operating cost adjusted for the volume change (shown rounded to öre). */
  afterVolumeChange: string;
  /** ...less the efficiency requirement. */
  afterEfficiency: string;
  /** ...plus the index uplift: the suggested compensation, rounded once to öre. */
  suggestedCompensation: string;
}

const factor = (percent: Decimal) => new Decimal(1).plus(percent.dividedBy(100));

/**
 * Linköping's calculation model: suggested compensation = prior-year operating cost
 * × (1 + volume change %) × (1 − efficiency requirement %) × (1 + index uplift %), computed exactly
 * and rounded once to öre at the end; the intermediate steps are rounded only for display.
 */
export function calculateCompensation(input: CalculationModelInput): CalculationModelResult {
  const cost = decimalOf(input.priorYearCost);
  const afterVolume = cost.times(factor(decimalOfNumber(input.volumeChangePercent)));
  const afterEfficiency = afterVolume.times(factor(decimalOfNumber(input.efficiencyPercent).negated()));
  const suggested = afterEfficiency.times(factor(decimalOfNumber(input.indexUpliftPercent)));
  return {
    afterVolumeChange: moneyString(afterVolume),
    afterEfficiency: moneyString(afterEfficiency),
    suggestedCompensation: moneyString(roundToOre(suggested)),
  };
}
