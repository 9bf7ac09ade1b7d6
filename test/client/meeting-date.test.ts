import { describe, expect, it } from 'vitest';
import { meetingDateProblem, stockholmDate } from '../../client/features/approval/meetingDate.js';
import { stockholmDate as serverStockholmDate } from '../../server/validation/meeting-date.js';

describe('a meeting date, judged in the browser as the server judges it', () => {
  // 23:30 UTC on 31 December is already New Year's Day in Sweden; 22:30 UTC in June is 00:30 the next day.
  const moments = ['2026-12-31T23:30:00Z', '2026-12-31T22:59:00Z', '2027-06-14T22:30:00Z', '2027-03-28T00:59:00Z'];

  it('takes the calendar date in Europe/Stockholm, the same as the server', () => {
    expect(moments.map((m) => stockholmDate(m))).toEqual(['2027-01-01', '2026-12-31', '2027-06-15', '2027-03-28']);
    for (const m of moments) expect(stockholmDate(m)).toBe(serverStockholmDate(new Date(m)));
  });

  it('refuses what is no date, a day still to come, and a day before the question reached the body', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    const submitted = '2026-11-20T15:00:00Z';
    expect(meetingDateProblem('2026-13-01', submitted, now)).toBe('format');
    expect(meetingDateProblem('2026-02-30', submitted, now)).toBe('format');
    expect(meetingDateProblem('7/12 2026', submitted, now)).toBe('format');
    expect(meetingDateProblem('2026-12-08', submitted, now)).toBe('future');
    expect(meetingDateProblem('2027-05-12', submitted, now)).toBe('future');
    expect(meetingDateProblem('2026-11-19', submitted, now)).toBe('early');
    expect(meetingDateProblem('2026-11-20', submitted, now)).toBeNull();
    expect(meetingDateProblem(' 2026-12-07 ', submitted, now)).toBeNull();
    expect(meetingDateProblem('2026-12-01', null, now)).toBeNull();
  });

  it('counts "today" in Sweden: just after midnight there, a meeting that day is no longer in the future', () => {
    const justAfterMidnightInSweden = new Date('2026-12-31T23:10:00Z');
    expect(meetingDateProblem('2027-01-01', '2026-12-01T10:00:00Z', justAfterMidnightInSweden)).toBeNull();
  });
});
