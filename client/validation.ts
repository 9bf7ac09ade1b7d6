/**
 * The client's side of the server's input rules (server/validation/input.ts), so a form shows a
 * problem at its field before anything is sent. Each returns an i18n key, or null when the value
 * is fine; the server still checks everything.
 */
export type InputProblem = 'validation.required' | 'validation.tooLong' | 'validation.invalidDate';

/** Trimmed text: not empty when `required`, at most `max` characters when given. */
export function textProblem(
  value: string | null | undefined,
  { required = true, max }: { required?: boolean; max?: number } = {},
): InputProblem | null {
  const text = (value ?? '').trim();
  if (text.length === 0) return required ? 'validation.required' : null;
  return max !== undefined && text.length > max ? 'validation.tooLong' : null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Trimmed text, or null when empty: what optional fields send. */
export const trimmedOrNull = (value: string | null | undefined): string | null => (value ?? '').trim() || null;
