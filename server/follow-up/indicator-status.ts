import type { Decimal } from "../money.js";

export enum IndicatorDirection {
  HIGHER_IS_BETTER = "HIGHER_IS_BETTER",
  LOWER_IS_BETTER = "LOWER_IS_BETTER",
}

export enum IndicatorStatus {
  GREEN = "GREEN",
  YELLOW = "YELLOW",
  RED = "RED",
}

export interface IndicatorGoal {
  direction: IndicatorDirection;
  target: Decimal;
  /** On the bad side of the target, or on it; null: anything short of the target is RED. */
  warnAt: Decimal | null;
}

/**
 * A value's status, exactly: GREEN when it reaches the target (exactly at the target counts), YELLOW when
 * it misses the target but reaches the warning threshold (exactly at the threshold counts), RED otherwise.
 * "Reaches" is ≥ when higher is better and ≤ when lower is better.
 */
export function indicatorStatus(goal: IndicatorGoal, value: Decimal): IndicatorStatus {
  const reaches = (limit: Decimal) => (goal.direction === IndicatorDirection.HIGHER_IS_BETTER ? value.gte(limit) : value.lte(limit));
  if (reaches(goal.target)) return IndicatorStatus.GREEN;
  if (goal.warnAt !== null && reaches(goal.warnAt)) return IndicatorStatus.YELLOW;
  return IndicatorStatus.RED;
}

/** Whether a warning threshold lies on the bad side of the target, or on it (the table checks the same). */
export function warnAtOnBadSide(goal: IndicatorGoal): boolean {
  if (goal.warnAt === null) return true;
  return goal.direction === IndicatorDirection.HIGHER_IS_BETTER ? goal.warnAt.lte(goal.target) : goal.warnAt.gte(goal.target);
}
