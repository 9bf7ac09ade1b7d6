import { badInput } from "../errors.js";

/** The municipalities' calendar: a meeting's date, and "today", are dates in Sweden, not in UTC. */
export const MUNICIPAL_TIME_ZONE = "Europe/Stockholm";

const calendar = new Intl.DateTimeFormat("en-CA", { timeZone: MUNICIPAL_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The YYYY-MM-DD date of `at` in Europe/Stockholm (23:30 UTC on 31 December is already 1 January there). */
export function stockholmDate(at: Date): string {
  return calendar.format(at);
}

/** What a meeting's date may not come before, in words for the message: "agreement was submitted". */
export interface EarliestMeeting {
  at: Date;
  /** Completes "… före den dag då …", e.g. "överenskommelsen skickades till beslut". */
  event: string;
}

/**
 * A committee's or a political body's meeting date (already a valid ISO date) has happened: it is not
 * after today and not before the day the question reached the body (submission, referral), both by the
 * Europe/Stockholm calendar. BAD_USER_INPUT naming `field` otherwise.
 */
export function assertMeetingDateWithin(date: string, field: string, earliest: EarliestMeeting, now = new Date()): string {
  const today = stockholmDate(now);
  if (date > today) throw badInput(`Sammanträdesdatumet ${date} ligger i framtiden; ange dagen då sammanträdet hölls`, field);
  const first = stockholmDate(earliest.at);
  if (date < first) throw badInput(`Sammanträdesdatumet ${date} ligger före den dag då ${earliest.event} (${first})`, field);
  return date;
}
