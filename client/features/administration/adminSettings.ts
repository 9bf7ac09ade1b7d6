import type { ResultRequirementInput } from '../../gql/graphql';
import type { RequirementDraft } from './RequirementFields.vue';

/** "2,5" or "2.5" → "2.5"; null when it is no percentage the server would take. */
export function percentOrNull(text: string): string | null {
  const normalized = text.trim().replace(',', '.');
  return /^-?\d{1,3}(\.\d{1,2})?$/.test(normalized) ? normalized : null;
}

/** The requirement to send, or null when its percentage is not one. */
export function requirementInput(draft: RequirementDraft): ResultRequirementInput | null {
  if (draft.kind === 'COST_PRICE') return { kind: 'COST_PRICE' };
  const percent = percentOrNull(draft.minMarginPercent);
  return percent === null ? null : { kind: 'MIN_MARGIN', minMarginPercent: percent };
}

/** Whole days from 1, the warning before overdue. */
export function queueDaysValid(warn: number, overdue: number): boolean {
  return Number.isInteger(warn) && Number.isInteger(overdue) && warn >= 1 && overdue > warn;
}

/** Whole days from 0 to 365 after a follow-up period ends. */
export const followUpDueDaysValid = (days: number) => Number.isInteger(days) && days >= 0 && days <= 365;

export const isBudgetYear = (year: number) => Number.isInteger(year) && year >= 2000 && year <= 2100;
