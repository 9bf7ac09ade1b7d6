/**
 * Reporting periods of a follow-up: "2027" (a year), "2027-Q1" (a quarter), "2027-03" (a month), by the
 * calendar. A period belongs to an agreement when it overlaps the agreement's term; a term that starts
 * mid-year has a shortened first period (and a term that ends mid-year a shortened last one), which ends
 * with the term. All dates are "YYYY-MM-DD" strings in the municipal calendar (Europe/Stockholm).
 */
export enum ReportFrequency {
  MONTHLY = "MONTHLY",
  QUARTERLY = "QUARTERLY",
  YEARLY = "YEARLY",
}

export interface Period {
  /** "2027", "2027-Q1" or "2027-03". */
  key: string;
  frequency: ReportFrequency;
  /** The calendar period's first and last day. */
  start: string;
  end: string;
}

const PATTERNS: Array<[RegExp, ReportFrequency]> = [
  [/^(\d{4})$/, ReportFrequency.YEARLY],
  [/^(\d{4})-Q([1-4])$/, ReportFrequency.QUARTERLY],
  [/^(\d{4})-(0[1-9]|1[0-2])$/, ReportFrequency.MONTHLY],
];

const pad = (n: number) => String(n).padStart(2, "0");
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthSpan = (year: number, firstMonth: number, months: number) => ({
  start: `${year}-${pad(firstMonth)}-01`,
  end: `${year}-${pad(firstMonth + months - 1)}-${pad(lastDayOfMonth(year, firstMonth + months - 1))}`,
});

/** The period a key names, or null when it is not one of the three forms. */
export function parsePeriod(key: string): Period | null {
  for (const [pattern, frequency] of PATTERNS) {
    const match = pattern.exec(key);
    if (!match) continue;
    const year = Number(match[1]);
    if (year < 1900 || year > 2999) return null;
    if (frequency === ReportFrequency.YEARLY) return { key, frequency, ...monthSpan(year, 1, 12) };
    if (frequency === ReportFrequency.QUARTERLY) return { key, frequency, ...monthSpan(year, (Number(match[2]) - 1) * 3 + 1, 3) };
    return { key, frequency, ...monthSpan(year, Number(match[2]), 1) };
  }
  return null;
}

function keyOf(frequency: ReportFrequency, year: number, month: number): string {
  if (frequency === ReportFrequency.YEARLY) return String(year);
  if (frequency === ReportFrequency.QUARTERLY) return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return `${year}-${pad(month)}`;
}

/** Every period of `frequency` that overlaps the term, in order. */
export function periodsOfTerm(frequency: ReportFrequency, termStart: string, termEnd: string): Period[] {
  const periods: Period[] = [];
  let year = Number(termStart.slice(0, 4));
  let month = Number(termStart.slice(5, 7));
  for (;;) {
    const period = parsePeriod(keyOf(frequency, year, month))!;
    if (period.start > termEnd) return periods;
    periods.push(period);
    // Step to the month after this period's last one.
    const next = Number(period.end.slice(5, 7)) + 1;
    year = Number(period.end.slice(0, 4)) + (next > 12 ? 1 : 0);
    month = next > 12 ? 1 : next;
  }
}

/** The day a period's reporting closes for an agreement: the calendar end, or the term's end if earlier. */
export function periodEndWithinTerm(period: Period, termEnd: string): string {
  return period.end < termEnd ? period.end : termEnd;
}

/** Whether the period overlaps the term at all. */
export function overlapsTerm(period: Period, termStart: string, termEnd: string): boolean {
  return period.start <= termEnd && period.end >= termStart;
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const moved = new Date(Date.UTC(y, m - 1, d + days));
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/** When a period's report is due: its end within the term plus the municipality's days. */
export function dueDate(period: Period, termEnd: string, dueDays: number): string {
  return addDays(periodEndWithinTerm(period, termEnd), dueDays);
}
