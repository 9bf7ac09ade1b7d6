import { Decimal, ROUND_HALF_AWAY_FROM_ZERO, roundToOre } from "../money.js";
import { overlapsTerm, type Period } from "./periods.js";

/**
 * Ordered volume and compensation per period, and the budget year's forecast, exactly. A scope line's
 * volume and amount are for the agreement's whole term; a period's share is pro rata by its days within
 * the term. Volumes are rounded to 6 decimals (the columns' scale), money once to öre (server/money.ts),
 * both half away from zero.
 */

const DAY_MS = 86_400_000;
const utc = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

/** Days from `from` to `to`, both counted; 0 when `to` is before `from`. */
export function daysInclusive(from: string, to: string): number {
  return Math.max(0, Math.round((utc(to) - utc(from)) / DAY_MS) + 1);
}

export interface Term {
  periodStart: string;
  periodEnd: string;
}

/** The part of a period (or any span) inside the term. */
export function withinTerm(span: { start: string; end: string }, term: Term): { start: string; end: string } {
  return {
    start: span.start > term.periodStart ? span.start : term.periodStart,
    end: span.end < term.periodEnd ? span.end : term.periodEnd,
  };
}

const roundVolume = (value: Decimal) => value.toDecimalPlaces(6, ROUND_HALF_AWAY_FROM_ZERO);

/** The share of the term a span within it covers, as an exact fraction applied to `whole`. */
function share(whole: Decimal, days: number, termDays: number): Decimal {
  return whole.times(days).dividedBy(termDays);
}

export interface ScopeLine {
  id: string;
  volume: string | null;
  amount: string;
}

/** What was ordered of a line for a span of the term: volume (6 decimals) and compensation (öre). */
export function ordered(line: ScopeLine, span: { start: string; end: string }, term: Term): { volume: Decimal; compensation: Decimal } {
  const inside = withinTerm(span, term);
  const days = daysInclusive(inside.start, inside.end);
  const termDays = daysInclusive(term.periodStart, term.periodEnd);
  return {
    volume: roundVolume(share(new Decimal(line.volume ?? "0"), days, termDays)),
    compensation: roundToOre(share(new Decimal(line.amount), days, termDays)),
  };
}

export interface Delivered {
  balanceLineId: string;
  period: Period;
  deliveredVolume: string;
  actualCost: string;
}

export interface LineForecast {
  lineId: string;
  orderedVolume: Decimal;
  compensation: Decimal;
  deliveredVolume: Decimal;
  actualCost: Decimal;
  /** Days of the year (within the term) the reported periods cover. */
  coveredDays: number;
  forecastVolume: Decimal | null;
  forecastCost: Decimal | null;
}

export interface YearForecast {
  year: number;
  start: string;
  end: string;
  days: number;
  lines: LineForecast[];
}

/**
 * The budget year's forecast per scope line: what was delivered and what it cost in the periods reported so
 * far, extrapolated LINEARLY to the year's end (within the term) — so far × the year's days ÷ the days the
 * reported periods cover. No seasonal pattern is assumed; with nothing reported a line has no forecast.
 * Null when the term does not reach into `year`.
 */
export function yearForecast(year: number, term: Term, lines: readonly ScopeLine[], delivered: readonly Delivered[]): YearForecast | null {
  const yearSpan = withinTerm({ start: `${year}-01-01`, end: `${year}-12-31` }, term);
  if (yearSpan.start > yearSpan.end) return null;
  const days = daysInclusive(yearSpan.start, yearSpan.end);
  return {
    year,
    ...yearSpan,
    days,
    lines: lines.map((line) => {
      const reported = delivered.filter((d) => d.balanceLineId === line.id && overlapsTerm(d.period, yearSpan.start, yearSpan.end));
      const coveredDays = reported.reduce((sum, d) => {
        const inside = withinTerm(d.period, { periodStart: yearSpan.start, periodEnd: yearSpan.end });
        return sum + daysInclusive(inside.start, inside.end);
      }, 0);
      const deliveredVolume = reported.reduce((sum, d) => sum.plus(d.deliveredVolume), new Decimal(0));
      const actualCost = reported.reduce((sum, d) => sum.plus(d.actualCost), new Decimal(0));
      const yearOrder = ordered(line, yearSpan, term);
      return {
        lineId: line.id,
        orderedVolume: yearOrder.volume,
        compensation: yearOrder.compensation,
        deliveredVolume,
        actualCost,
        coveredDays,
        forecastVolume: coveredDays === 0 ? null : roundVolume(deliveredVolume.times(days).dividedBy(coveredDays)),
        forecastCost: coveredDays === 0 ? null : roundToOre(actualCost.times(days).dividedBy(coveredDays)),
      };
    }),
  };
}
