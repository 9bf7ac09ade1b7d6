import type { AppError } from '../../errors';
import type { ResultRequirementInput } from '../../gql/graphql';
import { parseMoneyInput } from '../balance/money';
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

export interface ThresholdDraft {
  mediumFrom: string;
  highFrom: string;
}
export type ThresholdInput = { strategicValueMediumFrom: string; strategicValueHighFrom: string };

const cents = (amount: string) => BigInt(amount.replace('.', ''));

/**
 * The value classes' thresholds as typed (spaces and a decimal comma are fine, as in the balance):
 * the amounts to send, or each field's problem as an i18n key. Medium must be below high, as the server checks.
 */
export function thresholdsInput(
  draft: ThresholdDraft,
): { input: ThresholdInput } | { errors: Partial<Record<keyof ThresholdDraft, string>> } {
  const medium = parseMoneyInput(draft.mediumFrom);
  const high = parseMoneyInput(draft.highFrom);
  const errors: Partial<Record<keyof ThresholdDraft, string>> = {};
  if ('error' in medium) errors.mediumFrom = `balance.errors.${medium.error}`;
  if ('error' in high) errors.highFrom = `balance.errors.${high.error}`;
  if ('value' in medium && 'value' in high) {
    if (cents(medium.value) >= cents(high.value)) errors.highFrom = 'admin.settings.thresholdOrder';
    else return { input: { strategicValueMediumFrom: medium.value, strategicValueHighFrom: high.value } };
  }
  return { errors };
}

/** The general settings form's fields: where its errors show. */
export type GeneralField = 'days' | 'dueDays' | 'mediumFrom' | 'highFrom';

/** The server's names of those fields, for a refusal that names one. */
export const GENERAL_SERVER_FIELDS: Record<string, GeneralField> = {
  queueWarnDays: 'days',
  queueOverdueDays: 'days',
  followUpDueDays: 'dueDays',
  strategicValueMediumFrom: 'mediumFrom',
  strategicValueHighFrom: 'highFrom',
};

/** A refusal the general settings form shows at its field, rather than the page at its top. */
export const generalFieldOf = (error: AppError | null): GeneralField | null =>
  error?.code === 'BAD_USER_INPUT' && error.field && Object.hasOwn(GENERAL_SERVER_FIELDS, error.field)
    ? GENERAL_SERVER_FIELDS[error.field]!
    : null;
