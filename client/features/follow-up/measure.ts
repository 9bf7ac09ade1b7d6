/*
 * Measured values (indicator targets, thresholds, reported values, delivered volumes) on the client: exact
 * decimal strings from the server ("87.5"), shown in the reader's notation without passing through a
 * float, and what a user typed (Swedish decimal comma, spaces between thousands) checked as the server
 * checks it (server/follow-up/follow-up.validation.ts).
 */

const LOCALE_TAGS: Record<string, string> = { sv: 'sv-SE', en: 'en-GB' };
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Rounds a decimal string half away from zero to `digits` decimals, exactly. */
export function roundMeasure(value: string, digits: number): string {
  const match = DECIMAL.exec(value.trim());
  if (!match) return value;
  const [, sign, whole = '0', fraction = ''] = match;
  if (fraction.length <= digits) return value.trim();
  const scale = 10n ** BigInt(digits);
  const units = BigInt(whole + fraction.slice(0, digits)) + (Number(fraction[digits]) >= 5 ? 1n : 0n);
  const rounded = `${units / scale}${digits > 0 ? `.${String(units % scale).padStart(digits, '0')}` : ''}`;
  return `${sign}${rounded}`;
}

/**
 * "1 234,5" in Swedish, "1,234.5" in English; the digits exactly as the server sent them, or rounded to
 * `maxFractionDigits` (a pro rata volume has six).
 */
export function formatMeasure(value: string, locale: string, maxFractionDigits = 6): string {
  const match = DECIMAL.exec(roundMeasure(value, maxFractionDigits));
  if (!match) return value;
  const [, sign, whole = '0', fraction = ''] = match;
  const format = new Intl.NumberFormat(LOCALE_TAGS[locale] ?? locale, { minimumFractionDigits: 1 });
  const parts = format.formatToParts(1.5);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? ',';
  const minus = format.formatToParts(-1).find((p) => p.type === 'minusSign')?.value ?? '−';
  const grouped = format
    .formatToParts(BigInt(whole))
    .filter((p) => p.type === 'integer' || p.type === 'group')
    .map((p) => p.value)
    .join('');
  const trimmed = fraction.replace(/0+$/, '');
  const negative = sign === '-' && /[1-9]/.test(whole + fraction);
  return `${negative ? minus : ''}${grouped}${trimmed ? decimal + trimmed : ''}`;
}

/** A value with its unit: "87,5 %", "412 timmar". */
export const withUnit = (value: string, unit: string, locale: string, maxFractionDigits = 6): string =>
  `${formatMeasure(value, locale, maxFractionDigits)} ${unit}`;

/** a − b of two amounts in kronor ("1250.00"), exactly: for compensation − actual cost. */
export function moneyDifference(a: string, b: string): string {
  const cents = (amount: string): bigint => {
    const [kronor = '0', ore = ''] = amount.replace('-', '').split('.');
    const value = BigInt(kronor) * 100n + BigInt(ore.padEnd(2, '0').slice(0, 2));
    return amount.startsWith('-') ? -value : value;
  };
  const difference = cents(a) - cents(b);
  const magnitude = difference < 0n ? -difference : difference;
  return `${difference < 0n ? '-' : ''}${magnitude / 100n}.${String(magnitude % 100n).padStart(2, '0')}`;
}

/** Swedish input: spaces as thousands separators, comma or point as the decimal sign, a typographic minus. */
function normalize(text: string): string {
  return text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.')
    .replace('−', '-');
}

export type MeasureInputError = 'required' | 'notNumeric' | 'negative' | 'tooManyDigits';

/**
 * A target, threshold or value as typed: the canonical decimal string the server takes ("87.5"), or why it
 * is refused. Values may be negative (a result, say); volumes may not (`allowNegative: false`).
 */
export function parseMeasureInput(
  text: string,
  { allowNegative = true, maxWholeDigits = 12 }: { allowNegative?: boolean; maxWholeDigits?: number } = {},
): { value: string } | { error: MeasureInputError } {
  const normalized = normalize(text);
  if (normalized === '') return { error: 'required' };
  const match = DECIMAL.exec(normalized);
  if (!match) return { error: 'notNumeric' };
  const [, sign, whole = '0', fraction = ''] = match;
  if (sign && !allowNegative) return { error: 'negative' };
  const significant = whole.replace(/^0+(?=\d)/, '');
  if (significant.length > maxWholeDigits || fraction.length > 6) return { error: 'tooManyDigits' };
  return { value: `${sign}${significant}${fraction ? `.${fraction}` : ''}` };
}

/** For putting a stored value back into an input the Swedish way: "87,5". */
export const measureToInput = (value: string | null | undefined): string => (value ?? '').replace('.', ',');

/** For drawing only (positions on a chart): never shown as a number. */
export const plotted = (value: string): number => Number(value);

/** Compares two canonical decimal strings exactly (at most 6 decimals): negative, 0 or positive. */
export function compareMeasures(a: string, b: string): number {
  const scaled = (value: string): bigint => {
    const [whole = '0', fraction = ''] = value.replace('-', '').split('.');
    const magnitude = BigInt(whole) * 1_000_000n + BigInt(fraction.padEnd(6, '0').slice(0, 6));
    return value.startsWith('-') ? -magnitude : magnitude;
  };
  const difference = scaled(a) - scaled(b);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}
