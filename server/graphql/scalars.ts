import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { isIsoDate } from "../validation/input.js";
import { decimalOf, moneyString, parseMoney, type Decimal } from "../money.js";

// Swedish, as every other refusal of the API (the forms catch these first, in the user's language).
const badValue = (message: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });

function parseDate(value: unknown): string {
  if (typeof value !== "string" || !isIsoDate(value)) throw badValue("Ett datum skrivs ÅÅÅÅ-MM-DD (Date: YYYY-MM-DD)");
  return value;
}

/** A calendar date, "YYYY-MM-DD", kept as a string end to end. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date, YYYY-MM-DD",
  serialize: (value) => parseDate(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === "string" ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw badValue("En tidpunkt skrivs enligt ISO 8601 (DateTime)");
  return date;
}

/** An instant, ISO 8601 with time zone. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "An instant, ISO 8601",
  serialize: (value) => (value instanceof Date ? value : parseDateTime(value)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

const MONEY_PROBLEMS = {
  notNumeric: 'Ett belopp anges i kronor som en decimalsträng, t.ex. "1250000.00" (Money)',
  tooManyDecimals: "Ett belopp har högst två decimaler (ören)",
  tooLarge: "Ett belopp får vara högst 10^12 kronor",
} as const;

function parseMoneyValue(value: unknown): string {
  // A JSON number is already a float; only whole kronor within 2^53 are taken as exact.
  const text = typeof value === "string" ? value : typeof value === "number" && Number.isSafeInteger(value) ? String(value) : null;
  if (text === null) throw badValue(MONEY_PROBLEMS.notNumeric);
  const parsed = parseMoney(text);
  if (!parsed.ok) throw badValue(MONEY_PROBLEMS[parsed.problem]);
  return moneyString(parsed.value);
}

/** Exact kronor with öre as a decimal string ("1250000.00"); parsed into the canonical two-decimal form. */
export const MoneyScalar = new GraphQLScalarType<string, string>({
  name: "Money",
  description: 'Exact kronor with öre as a decimal string, e.g. "1250000.00"; at most 10^12 either way',
  serialize: (value) => moneyString(typeof value === "string" ? decimalOf(value) : (value as Decimal)),
  parseValue: parseMoneyValue,
  // A literal's digits reach us as written, so 1250000.5 in a query is as exact as "1250000.5".
  parseLiteral: (ast) =>
    parseMoneyValue(ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : undefined),
});
