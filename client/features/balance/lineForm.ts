import { textProblem, trimmedOrNull } from '../../validation.js';
import type { BalanceLineInput, BalanceLineKind } from '../../gql/graphql.js';
import { moneyToInput, numberToInput, parseMoneyInput, parseNumberInput, previewAmount } from './money.js';

/** What the line inputs hold: text as typed, checked on save. */
export interface LineForm {
  kind: BalanceLineKind;
  description: string;
  volume: string;
  unit: string;
  unitAmount: string;
  amount: string;
  /** RESOURCE only: a fixed amount instead of volume × rate. */
  fixed: boolean;
}

export type LineField = 'description' | 'volume' | 'unit' | 'unitAmount' | 'amount';
/** Field → i18n key of the message. */
export type LineErrors = Partial<Record<LineField, string>>;

const MAX_VOLUME = 1e9;

export function emptyLine(kind: BalanceLineKind = 'SCOPE'): LineForm {
  return { kind, description: '', volume: '', unit: '', unitAmount: '', amount: '', fixed: kind === 'RESOURCE' };
}

export function lineToForm(line: {
  kind: BalanceLineKind;
  description: string;
  volume: number | null;
  unit: string | null;
  unitAmount: string | null;
  amount: string;
}): LineForm {
  const fixed = line.kind === 'RESOURCE' && line.unitAmount === null;
  return {
    kind: line.kind,
    description: line.description,
    volume: numberToInput(line.volume),
    unit: line.unit ?? '',
    unitAmount: moneyToInput(line.unitAmount),
    amount: fixed ? moneyToInput(line.amount) : '',
    fixed,
  };
}

/** Checks a line as the server will, so that errors show at the field before anything is sent. */
export function validateLineForm(form: LineForm): { errors: LineErrors; input: BalanceLineInput | null } {
  const errors: LineErrors = {};
  const description = form.description.trim();
  const descriptionProblem = textProblem(description, { max: 200 });
  if (descriptionProblem) errors.description = descriptionProblem;
  const unitProblem = textProblem(form.unit, { required: false, max: 40 });
  if (unitProblem) errors.unit = unitProblem;
  const variable = form.kind === 'SCOPE' || !form.fixed;
  const input: BalanceLineInput = { kind: form.kind, description, unit: trimmedOrNull(form.unit) };
  if (variable) {
    const volume = parseNumberInput(form.volume, { max: MAX_VOLUME });
    if ('error' in volume) errors.volume = `balance.numberErrors.${volume.error}`;
    else input.volume = volume.value;
    const unitAmount = parseMoneyInput(form.unitAmount);
    if ('error' in unitAmount) errors.unitAmount = `balance.errors.${unitAmount.error}`;
    else input.unitAmount = unitAmount.value;
    if (typeof input.volume === 'number' && input.unitAmount) {
      const amount = previewAmount(input.volume, input.unitAmount);
      if (amount !== null && 'error' in parseMoneyInput(amount)) errors.unitAmount = 'balance.errors.lineTooLarge';
    }
  } else {
    const amount = parseMoneyInput(form.amount);
    if ('error' in amount) errors.amount = `balance.errors.${amount.error}`;
    else input.amount = amount.value;
    if (form.volume.trim()) {
      const volume = parseNumberInput(form.volume, { max: MAX_VOLUME });
      if ('error' in volume) errors.volume = `balance.numberErrors.${volume.error}`;
      else input.volume = volume.value;
    }
  }
  return { errors, input: Object.keys(errors).length ? null : input };
}

/** The amount the line will get, for showing while typing; null until the inputs are valid. */
export function formAmount(form: LineForm): string | null {
  const { input } = validateLineForm({ ...form, description: form.description || '-' });
  if (!input) return null;
  if (input.amount) return input.amount;
  return input.volume !== undefined && input.volume !== null && input.unitAmount ? previewAmount(input.volume, input.unitAmount) : null;
}

/** A server BAD_USER_INPUT naming e.g. `volume` or `changes.0.line.volume` → our field. */
export function lineFieldOf(field: string | undefined): LineField | null {
  const name = field?.split('.').pop();
  return name === 'description' || name === 'volume' || name === 'unit' || name === 'unitAmount' || name === 'amount' ? name : null;
}
