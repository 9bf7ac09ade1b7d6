import { decimalOf } from "../money.js";

/** The purchaser's assessment of how much an agreement affects the nämnd's operations (påverkan). */
export enum Impact {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
}

/** The agreement's value, classed by the compensation of its balance against the municipality's thresholds. */
export enum ValueClass {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
}

/** Where the value classes begin (kronor, exact decimal strings): LOW below `mediumFrom`, HIGH from `highFrom`. */
export interface ValueThresholds {
  mediumFrom: string;
  highFrom: string;
}

/** The defaults of the migration: LOW < 5 MSEK ≤ MEDIUM < 25 MSEK ≤ HIGH. */
export const DEFAULT_VALUE_THRESHOLDS: ValueThresholds = { mediumFrom: "5000000.00", highFrom: "25000000.00" };

/**
 * "Det kan vara allt från ett enskilt avtal till upp mot 10 avtal/nämnd" (the 2019 guideline): marking
 * more strategic agreements than this, for one nämnd and budget year, needs the caller's confirmation.
 */
export const GUIDELINE_STRATEGIC_LIMIT = 10;

/** The value class of a compensation total, compared exactly. */
export function valueClassOf(compensation: string, thresholds: ValueThresholds): ValueClass {
  const value = decimalOf(compensation);
  if (value.gte(decimalOf(thresholds.highFrom))) return ValueClass.HIGH;
  if (value.gte(decimalOf(thresholds.mediumFrom))) return ValueClass.MEDIUM;
  return ValueClass.LOW;
}

const RANK = { LOW: 0, MEDIUM: 1, HIGH: 2 } as const;

/**
 * The value × impact matrix: an agreement is suggested as strategic when both are HIGH, or one is HIGH
 * and the other MEDIUM — the upper right corner of the classic purchasing matrix the 2019 guideline
 * classifies by ("klassificera sina avtal med hänsyn till värde och påverkan på verksamheten (enligt
 * modellen nedan)"; the model itself is a figure the guideline's text does not carry). Without an impact
 * assessment nothing is suggested. It is a suggestion only: "varje nämnd gör själv bedömningen".
 */
export function suggestsStrategic(value: ValueClass, impact: Impact | null): boolean {
  if (impact === null) return false;
  const [a, b] = [RANK[value], RANK[impact]];
  return Math.max(a, b) === RANK.HIGH && Math.min(a, b) >= RANK.MEDIUM;
}
