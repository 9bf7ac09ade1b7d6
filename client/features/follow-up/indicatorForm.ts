import { textProblem } from '../../validation.js';
import type { IndicatorDirection, IndicatorFieldsFragment, IndicatorInput, ReportFrequency } from '../../gql/graphql.js';
import { compareMeasures, measureToInput, parseMeasureInput } from './measure.js';

/** What the indicator inputs hold: text as typed, checked on save. */
export interface IndicatorForm {
  name: string;
  unit: string;
  direction: IndicatorDirection;
  target: string;
  warnAt: string;
  frequency: ReportFrequency;
  sectionId: string;
  balanceLineId: string;
}

export const INDICATOR_FIELDS = ['name', 'unit', 'direction', 'target', 'warnAt', 'frequency', 'sectionId', 'balanceLineId'] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];
/** Field → i18n key of the message. */
export type IndicatorErrors = Partial<Record<IndicatorField, string>>;

/** A new indicator, under "Mål och kvalitetskrav" when the agreement has that section. */
export function emptyIndicator(defaultSectionId = ''): IndicatorForm {
  return {
    name: '',
    unit: '',
    direction: 'HIGHER_IS_BETTER',
    target: '',
    warnAt: '',
    frequency: 'QUARTERLY',
    sectionId: defaultSectionId,
    balanceLineId: '',
  };
}

export function indicatorToForm(indicator: IndicatorFieldsFragment): IndicatorForm {
  return {
    name: indicator.name,
    unit: indicator.unit,
    direction: indicator.direction,
    target: measureToInput(indicator.target),
    warnAt: measureToInput(indicator.warnAt),
    frequency: indicator.frequency,
    sectionId: indicator.section?.id ?? '',
    balanceLineId: indicator.balanceLine?.id ?? '',
  };
}

/** Checks an indicator as the server will, so that errors show at their fields before anything is sent. */
export function validateIndicatorForm(form: IndicatorForm): { errors: IndicatorErrors; input: IndicatorInput | null } {
  const errors: IndicatorErrors = {};
  const name = textProblem(form.name, { max: 200 });
  if (name) errors.name = name;
  const unit = textProblem(form.unit, { max: 40 });
  if (unit) errors.unit = unit;
  const target = parseMeasureInput(form.target);
  if ('error' in target) errors.target = `followUp.inputErrors.${target.error}`;
  const warnAt = form.warnAt.trim() ? parseMeasureInput(form.warnAt) : null;
  if (warnAt && 'error' in warnAt) errors.warnAt = `followUp.inputErrors.${warnAt.error}`;
  if (warnAt && 'value' in warnAt && 'value' in target) {
    const side = compareMeasures(warnAt.value, target.value);
    if (form.direction === 'HIGHER_IS_BETTER' && side > 0) errors.warnAt = 'followUp.inputErrors.warnAtHigher';
    if (form.direction === 'LOWER_IS_BETTER' && side < 0) errors.warnAt = 'followUp.inputErrors.warnAtLower';
  }
  if (Object.keys(errors).length > 0 || !('value' in target)) return { errors, input: null };
  return {
    errors,
    input: {
      name: form.name.trim(),
      unit: form.unit.trim(),
      direction: form.direction,
      target: target.value,
      warnAt: warnAt && 'value' in warnAt ? warnAt.value : null,
      frequency: form.frequency,
      sectionId: form.sectionId || null,
      balanceLineId: form.balanceLineId || null,
    },
  };
}

/** A server BAD_USER_INPUT naming e.g. `warnAt` or `input.warnAt` → our field. */
export function indicatorFieldOf(field: string | undefined): IndicatorField | null {
  const name = field?.split('.').pop();
  return (INDICATOR_FIELDS as readonly string[]).includes(name ?? '') ? (name as IndicatorField) : null;
}
