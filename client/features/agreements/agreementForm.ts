import type { AppError } from '../../errors';
import { isIsoDate, textProblem } from '../../validation';

/** Field names are those of CreateAgreementInput / UpdateAgreementInput, so server errors map 1:1. */
export type AgreementField = 'title' | 'kind' | 'purchaserOrganId' | 'providerOrganId' | 'periodStart' | 'periodEnd';

/** Field -> i18n key of the message. */
export type FieldErrors = Partial<Record<AgreementField, string>>;

export function validateAgreementFields(values: Partial<Record<AgreementField, string>>, required: readonly AgreementField[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of required) {
    const problem = textProblem(values[field]);
    if (problem) errors[field] = problem;
  }
  for (const field of ['periodStart', 'periodEnd'] as const) {
    const value = values[field];
    if (value && !errors[field] && !isIsoDate(value)) errors[field] = 'validation.invalidDate';
  }
  const { periodStart, periodEnd } = values;
  // ISO dates compare correctly as strings.
  if (!errors.periodStart && !errors.periodEnd && periodStart && periodEnd && periodEnd < periodStart) {
    errors.periodEnd = 'validation.endBeforeStart';
  }
  return errors;
}

/**
 * A BAD_USER_INPUT error that names one of our fields (`periodEnd` or `input.periodEnd`)
 * becomes a message on that field; anything else stays a form-level error.
 */
export function fieldFromServerError(error: AppError, fields: readonly AgreementField[]): AgreementField | null {
  if (error.code !== 'BAD_USER_INPUT' || !error.field) return null;
  const name = error.field.split('.').pop();
  return fields.find((field) => field === name) ?? null;
}
