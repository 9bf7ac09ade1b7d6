import { badInput } from "../errors.js";

/**
 * The shared checks of every input: trimmed text with a length limit, ISO dates and ids. Each
 * throws BAD_USER_INPUT naming the field, so a form can point at it; nothing else writes these rules.
 */

/** Trimmed, not empty, at most `max` characters. `label` starts the Swedish message ("Titeln"). */
export function requiredText(value: string | null | undefined, field: string, label: string, max: number): string {
  const text = (value ?? "").trim();
  if (text.length === 0) throw badInput(`${label} får inte vara tom`, field);
  if (text.length > max) throw badInput(`${label} får vara högst ${max} tecken`, field);
  return text;
}

/** Trimmed, at most `max` characters; null when empty or absent. */
export function optionalText(value: string | null | undefined, field: string, label: string, max: number): string | null {
  const text = (value ?? "").trim();
  if (text.length === 0) return null;
  if (text.length > max) throw badInput(`${label} får vara högst ${max} tecken`, field);
  return text;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A real calendar date written YYYY-MM-DD (no 2026-02-30), from year 1: PostgreSQL's `date` has no
 * year 0 and would refuse 0000-01-01 with an error of its own (found by test/fuzz.test.ts).
 */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value) || value.startsWith("0000")) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function isoDate(value: string | null | undefined, field: string, label: string): string {
  const date = (value ?? "").trim();
  if (!isIsoDate(date)) throw badInput(`${label} är inget giltigt datum`, field);
  return date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that is not a UUID cannot name anything: callers answer NOT_FOUND rather than a SQL error. */
export const isUuid = (id: string): boolean => UUID.test(id);

/** NUL, and halves of a surrogate pair without their other half: text PostgreSQL cannot store. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what is refused
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isStorableText = (value: string): boolean => !UNSTORABLE.test(value);

/**
 * The path of the first string in `value` (arguments, nested inputs, lists) that cannot be stored,
 * e.g. "input.changes.2.line.description"; null when every string can.
 */
export function unstorableTextAt(value: unknown, path = ""): string | null {
  if (typeof value === "string") return isStorableText(value) ? null : path;
  if (value === null || typeof value !== "object") return null;
  for (const [key, item] of Object.entries(value)) {
    const found = unstorableTextAt(item, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

/** How many rows a list answers: `requested` if it is 1…max, else BAD_USER_INPUT; `fallback` when absent. */
export function pageSize(
  requested: number | null | undefined,
  field: string,
  { fallback, max }: { fallback: number; max: number },
): number {
  if (requested === null || requested === undefined) return fallback;
  if (!Number.isInteger(requested) || requested < 1 || requested > max) throw badInput(`Ange ett antal mellan 1 och ${max}`, field);
  return requested;
}

/** Rows to skip: a whole number, 0 or more. */
export function pageOffset(requested: number | null | undefined, field: string): number {
  if (requested === null || requested === undefined) return 0;
  if (!Number.isInteger(requested) || requested < 0) throw badInput("Ange 0 eller mer", field);
  return requested;
}

/**
 * The caps of the lists the API answers, so no request reads without bound. Lists that page take
 * `first` (and `offset` or `afterSeq`); the others answer their newest rows up to the cap.
 */
export const LIST_CAPS = {
  agreements: { fallback: 200, max: 500 },
  events: { fallback: 500, max: 1000 },
  commentsPerSection: 1000,
  proposals: 200,
  queue: 500,
  /** A municipality's users, all in one list for its administrator. */
  users: 5000,
  adminLog: { fallback: 100, max: 500 },
} as const;
