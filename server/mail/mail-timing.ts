/** How the mail worker (`mail-worker.ts`) paces itself; apart, so the configuration need not load the worker. */
export interface MailWorkerOptions {
  /** The base of every link in the mails (BALANS_PUBLIC_URL). */
  publicUrl: string;
  /** How often it looks for due mail without being woken: retries come due this way. */
  pollMs: number;
  /** The first retry's delay; each further one doubles, up to six hours (`mail-worker.ts`). */
  retryBaseMs: number;
  /** How often it looks for users due a daily digest. */
  digestEveryMs: number;
  /**
   * Only these municipalities, when given. For tests alone: the servers of several test files share
   * one database, and each one's worker must leave the others' mail alone. In production every
   * process's worker serves every municipality.
   */
  onlyMunicipalities?: ReadonlySet<string>;
}

/** The worker's timing, besides the public URL; `Config.mailWorker`. */
export type MailWorkerTiming = Omit<MailWorkerOptions, "publicUrl">;

export const MAIL_WORKER_TIMING: MailWorkerTiming = {
  // Woken by every commit that queues mail; the poll is for retries and a missed signal.
  pollMs: 15_000,
  retryBaseMs: 30_000,
  // A digest is due once a day per user; looking every ten minutes sends it within that of its time.
  digestEveryMs: 10 * 60_000,
};
