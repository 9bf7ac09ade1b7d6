/*
 * Money on the client: exact decimal strings from the server ("1250000.00"), formatted sv-SE without
 * ever passing through a float, and user input checked the way the server checks it.
 */

const SEK = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' });
const PERCENT = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 6 });

/** An amount may not exceed 10^12 kronor (as the server's Money scalar). */
const MAX_KRONOR = 10n ** 12n;
const MONEY = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/**
 * "1 250 000,00 kr": Intl's Swedish currency pattern, with the kronor formatted as a BigInt and the
 * öre digits copied from the string, so no float rounding can show.
 */
export function formatSek(amount: string): string {
  const match = MONEY.exec(amount.trim());
  if (!match) return amount;
  const [, sign, kronor = '0', ore = ''] = match;
  const negative = sign === '-' && /[1-9]/.test(kronor + ore);
  const grouped = SEK.formatToParts(BigInt(kronor))
    .filter((part) => part.type === 'integer' || part.type === 'group')
    .map((part) => part.value)
    .join('');
  return SEK.formatToParts(negative ? -1n : 1n)
    .map((part) => (part.type === 'integer' ? grouped : part.type === 'fraction' ? ore.padEnd(2, '0') : part.value))
    .join('');
}

export function formatPercent(value: number): string {
  return `${PERCENT.format(value)} %`;
}

export function formatVolume(value: number): string {
  return NUMBER.format(value);
}

/** Swedish input: spaces as thousands separators, comma or point as the decimal sign. */
function normalize(text: string): string {
  return text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.')
    .replace('−', '-');
}

export type MoneyInputError = 'required' | 'notNumeric' | 'negative' | 'tooManyDecimals' | 'tooLarge';

/** Parses what a user typed into an amount field: the canonical string, or why it is refused. */
export function parseMoneyInput(text: string): { value: string } | { error: MoneyInputError } {
  const normalized = normalize(text);
  if (normalized === '') return { error: 'required' };
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return { error: 'notNumeric' };
  if (normalized.startsWith('-')) return { error: 'negative' };
  const [kronor = '0', ore = ''] = normalized.split('.');
  if (ore.length > 2) return { error: 'tooManyDecimals' };
  const cents = BigInt(kronor) * 100n + BigInt(ore.padEnd(2, '0'));
  if (cents > MAX_KRONOR * 100n) return { error: 'tooLarge' };
  return { value: `${BigInt(kronor)}.${ore.padEnd(2, '0')}` };
}

export type NumberInputError = 'required' | 'notNumeric' | 'negative' | 'tooLarge';

/** A volume or percentage as the user typed it; `allowNegative` for changes such as a volume change %. */
export function parseNumberInput(
  text: string,
  options: { allowNegative?: boolean; max?: number } = {},
): { value: number } | { error: NumberInputError } {
  const normalized = normalize(text);
  if (normalized === '') return { error: 'required' };
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return { error: 'notNumeric' };
  const value = Number(normalized);
  if (value < 0 && !options.allowNegative) return { error: 'negative' };
  if (options.max !== undefined && Math.abs(value) > options.max) return { error: 'tooLarge' };
  return { value };
}

/** For putting a stored amount back into an input the Swedish way: "1250000,50". */
export function moneyToInput(amount: string | null): string {
  return amount === null ? '' : amount.replace('.', ',');
}

export function numberToInput(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}

/** volume × unit amount rounded half away from zero to öre, exactly, as the server computes it (preview only). */
export function previewAmount(volume: number, unitAmount: string): string | null {
  const [vInt = '0', vFrac = ''] = String(volume).split('.');
  if (String(volume).includes('e')) return null;
  const [kronor = '0', ore = ''] = unitAmount.split('.');
  const unitCents = BigInt(kronor) * 100n + BigInt(ore.padEnd(2, '0'));
  const scale = 10n ** BigInt(vFrac.length);
  const product = BigInt(vInt + vFrac) * unitCents;
  const cents = (product * 2n + scale) / (2n * scale);
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}
