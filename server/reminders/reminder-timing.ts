/** How the reminder sweep (`reminder-worker.ts`) paces itself; apart, so the configuration need not load the worker. */
export interface ReminderWorkerOptions {
  /** How often it sweeps every municipality; it also sweeps once at start. 0: never (BALANS_REMINDER_SWEEP_MINUTES=0). */
  everyMs: number;
  /**
   * Only these municipalities, when given. For tests alone: the servers of several test files share one
   * database, and each one's sweep must leave the others' follow-up alone (test servers sweep none unless
   * a test names its own). In production every process sweeps every municipality.
   */
  onlyMunicipalities?: ReadonlySet<string>;
}

/**
 * Reminders are about calendar days: an hourly sweep sends each within the hour its day begins (or the
 * hour a report is returned), at a cost of one short transaction per municipality.
 */
export const DEFAULT_SWEEP_MINUTES = 60;

/** BALANS_REMINDER_SWEEP_MINUTES: minutes between sweeps, 0 for none (a process that must not send any). */
export function reminderWorkerTiming(minutes: string | undefined): ReminderWorkerOptions {
  const value = minutes === undefined || minutes.trim() === "" ? DEFAULT_SWEEP_MINUTES : Number(minutes);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`BALANS_REMINDER_SWEEP_MINUTES must be a number of minutes, 0 or more; got ${minutes}`);
  return { everyMs: Math.round(value * 60_000) };
}
