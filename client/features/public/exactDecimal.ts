/*
 * Indicator values, targets and volumes are exact decimal strings from the server ("92.125"); they are
 * shown in the reader's language without ever passing through a float: the whole part grouped as a
 * BigInt, the fraction's digits copied as they are.
 */

const LOCALE_TAGS: Record<string, string> = { sv: 'sv-SE', en: 'en-GB' };
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** "1234.5" → "1 234,5" in Swedish, "1,234.5" in English; anything else as it came. */
export function formatExactDecimal(value: string, locale: string): string {
  const match = DECIMAL.exec(value.trim());
  if (!match) return value;
  const [, sign, whole = '0', fraction] = match;
  const format = new Intl.NumberFormat(LOCALE_TAGS[locale] ?? locale);
  const part = (type: Intl.NumberFormatPartTypes, sample: number) => format.formatToParts(sample).find((p) => p.type === type)?.value;
  const negative = sign === '-' && /[1-9]/.test(whole + (fraction ?? ''));
  return `${negative ? (part('minusSign', -1) ?? '-') : ''}${format.format(BigInt(whole))}${fraction ? `${part('decimal', 1.5) ?? '.'}${fraction}` : ''}`;
}
