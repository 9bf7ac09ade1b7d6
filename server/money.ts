import DecimalImport from "decimal.js";
import type { Decimal as DecimalType } from "decimal.js";

/*
 * Money is exact: kronor with öre as decimal strings ("1250000.00") from GraphQL to PostgreSQL's
 * `numeric`, and decimal.js in between. No JavaScript number ever holds an amount.
 *
 * Rounding rule (README, "Money"): a line's amount volume × unitAmount is rounded once, to whole
 * öre, half away from zero (0.005 → 0.01, −0.005 → −0.01). Totals are exact sums of the rounded line
 * amounts and are never rounded again. The margin % is rounded half away from zero to two decimals
 * for display only; the result requirement is judged on the exact figures.
 */

// decimal.js ships ESM with only a default export, but its typings are read as CommonJS under
// NodeNext; take the class from whichever shape we get.
const DecimalCtor = ((DecimalImport as unknown as { default?: typeof DecimalType }).default ??
  DecimalImport) as unknown as typeof DecimalType;

/** 60 significant digits: every product and sum within our bounds is exact. */
export const Decimal = DecimalCtor.clone({ precision: 60, rounding: DecimalCtor.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 60 });
export type Decimal = DecimalType;

export const ROUND_HALF_AWAY_FROM_ZERO = DecimalCtor.ROUND_HALF_UP;
/** An amount may not exceed 10^12 kronor, either way. */
export const MAX_AMOUNT = new Decimal("1e12");
export const ZERO = new Decimal(0);

/** "-12", "12.5", "0.05": an optional minus, digits, at most two decimals (öre). */
const MONEY_PATTERN = /^-?\d{1,13}(\.\d{1,2})?$/;
/** A plain decimal, with any number of decimals. */
const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

export type MoneyProblem = "notNumeric" | "tooManyDecimals" | "tooLarge";

/** Parses a money string exactly; the problem names why it is refused. */
export function parseMoney(value: string): { ok: true; value: Decimal } | { ok: false; problem: MoneyProblem } {
  const text = value.trim();
  if (!DECIMAL_PATTERN.test(text)) return { ok: false, problem: "notNumeric" };
  const amount = new Decimal(text);
  if (amount.abs().gt(MAX_AMOUNT)) return { ok: false, problem: "tooLarge" };
  if (!MONEY_PATTERN.test(text)) return { ok: false, problem: "tooManyDecimals" };
  return { ok: true, value: amount };
}

/** Rounds to whole öre, half away from zero: the one rounding rule of Balans. */
export function roundToOre(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, ROUND_HALF_AWAY_FROM_ZERO);
}

/** The canonical string of an amount: always two decimals, no exponent, "-0.00" never. */
export function moneyString(value: Decimal): string {
  const rounded = roundToOre(value);
  return (rounded.isZero() ? ZERO : rounded).toFixed(2);
}

/** A volume or percentage as an exact decimal: the shortest decimal form of a JS number (0.1 → "0.1"). */
export function decimalOfNumber(value: number): Decimal {
  return new Decimal(String(value));
}

/** A stored `numeric` (pg returns it as a string) to an exact decimal. */
export function decimalOf(value: string): Decimal {
  return new Decimal(value);
}

const SEK = new Intl.NumberFormat("sv-SE", { style: "currency", currency: "SEK" });

/**
 * "1 250 000,00 kr" — Intl's Swedish currency form, with the kronor formatted as a BigInt and the öre
 * digits copied as they are, so no float rounding can show, even beyond 2^53.
 */
export function formatSek(value: Decimal | string): string {
  const fixed = moneyString(typeof value === "string" ? new Decimal(value) : value);
  const negative = fixed.startsWith("-");
  const [kronor, ore] = fixed.replace("-", "").split(".");
  const grouped = SEK.formatToParts(BigInt(kronor))
    .filter((part) => part.type === "integer" || part.type === "group")
    .map((part) => part.value)
    .join("");
  // The pattern (sign, spacing, "kr") comes from ±1 so that -0.50 keeps its sign.
  return SEK.formatToParts(negative ? -1n : 1n)
    .map((part) => (part.type === "integer" ? grouped : part.type === "fraction" ? ore : part.value))
    .join("");
}
