/** The municipalities' calendar: a meeting's date and "today" are dates in Sweden, as the server judges them. */
const calendar = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The YYYY-MM-DD date of a moment in Europe/Stockholm. */
export function stockholmDate(at: Date | string): string {
  return calendar.format(typeof at === 'string' ? new Date(at) : at);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type MeetingDateProblem = 'format' | 'future' | 'early';

/**
 * What is wrong with a meeting date, as the server would say it: not a YYYY-MM-DD date, after today, or
 * before the day the question reached the body (`earliest`: the submission, the referral). Null when fine.
 */
export function meetingDateProblem(value: string, earliest: Date | string | null, now: Date = new Date()): MeetingDateProblem | null {
  const date = value.trim();
  if (!ISO_DATE.test(date) || Number.isNaN(new Date(`${date}T00:00:00Z`).getTime())) return 'format';
  if (!new Date(`${date}T00:00:00Z`).toISOString().startsWith(date)) return 'format';
  if (date > stockholmDate(now)) return 'future';
  if (earliest !== null && date < stockholmDate(earliest)) return 'early';
  return null;
}
