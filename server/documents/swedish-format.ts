import { moneyString, Decimal } from "../money.js";
// Official times are Swedish time, wherever the server or the reader happens to be.
import { MUNICIPAL_TIME_ZONE } from "../validation/meeting-date.js";

/*
 * Numbers, amounts and times as a Swedish official document writes them, for the PDF and the public
 * exports. The web client shows the same forms (client/composables/useFormatters.ts,
 * client/features/balance/money.ts), so a figure reads alike on screen and on paper.
 */

/** Between digit groups, between a number and its unit: a line never breaks there. */
export const NBSP = "\u00A0";

const DATE_TIME = new Intl.DateTimeFormat("sv-SE", { dateStyle: "medium", timeStyle: "short", timeZone: MUNICIPAL_TIME_ZONE });

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * "-1 250 000,5": digits grouped by threes with non-breaking spaces, a decimal comma, the decimals as
 * given. Done on the decimal string itself, so no float ever rounds a figure. The minus is a plain
 * hyphen-minus: the PDF's standard fonts have no U+2212, and a hyphen reads back as a number.
 */
export function formatDecimal(value: string): string {
  const text = PLAIN_DECIMAL.test(value) ? value : new Decimal(value).toFixed();
  const negative = text.startsWith("-");
  const [whole, fraction] = text.replace("-", "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, NBSP);
  return `${negative ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** "1 200,5": a volume without trailing zeros ("100.000" from the database is "100"). */
export function formatQuantity(value: string): string {
  return formatDecimal(new Decimal(value).toFixed());
}

/** "20 000 000,00 kr", always with öre; never breaks inside. */
export function formatAmount(value: string): string {
  return `${formatDecimal(moneyString(new Decimal(value)))}${NBSP}kr`;
}

/** "1,23 %" from the exact margin string ("1.23"). */
export function formatPercent(value: string): string {
  return `${formatDecimal(value)}${NBSP}%`;
}

/** "3 mars 2026 14:05" in Swedish time: what the web client shows for the same instant. */
export function formatDateTime(at: Date): string {
  return DATE_TIME.format(at);
}

/** "2026-03-03", the date in Sweden at that instant: the municipalities' calendar, kept in one place. */
export { stockholmDate } from "../validation/meeting-date.js";
