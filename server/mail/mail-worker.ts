import type { Database, Tx } from "../db/database.js";
import type { EventBus } from "../events/event-bus.js";
import type { UserLanguage } from "../identity/identity.model.js";
import { logger } from "../logging.js";
import { queueDigests } from "./digest.js";
import { MailTopic, OUTBOX } from "./mail.events.js";
import type { Mailer } from "./mailer.js";
import type { MailKind } from "./outbox.js";
import type { MailWorkerOptions } from "./mail-timing.js";
import { renderMail, UnrenderableMail } from "./templates.js";

/** Six hours: a mail server down for a day is tried a few times an hour at first, then four times a day. */
const MAX_RETRY_DELAY_MS = 6 * 3600_000;
/** After this many failures (about five days with the defaults) a mail is given up, its last error kept. */
export const MAX_ATTEMPTS = 25;
/** Mails per municipality in one round, so one municipality's backlog cannot hold up the others'. */
const PER_ROUND = 100;

interface OutboxRow {
  id: string;
  recipient: string;
  kind: MailKind;
  language: UserLanguage;
  data: Record<string, unknown>;
  attempts: number;
}

/**
 * Sends the mail outbox through SMTP. Each mail goes in a transaction of its own that holds its row
 * (`FOR UPDATE SKIP LOCKED`) from before the send until it is marked sent: two server processes never
 * send the same row, and a process that dies in between leaves it to be sent again (at least once,
 * never lost). A failed send is retried with a doubling delay, its error kept in `last_error`.
 *
 * Woken by every commit that queues mail (`MailTopic`, from any process), and by a poll for retries.
 * It also queues the daily digests. Works across municipalities through the reviewed lookups, then in
 * each one's own transaction (README, "Database roles and row-level security").
 */
export class MailWorker {
  private readonly timers: NodeJS.Timeout[] = [];
  private unsubscribe: (() => void) | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;

  constructor(
    private readonly db: Database,
    private readonly mailer: Mailer,
    private readonly options: MailWorkerOptions,
  ) {}

  start(bus: EventBus): void {
    this.unsubscribe = bus.on(MailTopic, OUTBOX, () => this.wake());
    this.timers.push(setInterval(() => this.wake(), this.options.pollMs).unref());
    this.timers.push(setInterval(() => void this.sweepDigests(), this.options.digestEveryMs).unref());
    this.wake();
  }

  /** Looks for due mail now; a call while a round runs makes it go round once more. */
  wake(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.rounds().finally(() => (this.running = null));
  }

  /** One pass over every municipality with due mail; resolves when it is done (tests, shutdown). */
  async deliverDue(): Promise<number> {
    let sent = 0;
    for (const municipalityId of this.mine(await this.db.across.municipalitiesWithMailDue()))
      for (let n = 0; n < PER_ROUND && !this.closed; n++) {
        const handled = await this.db.inMunicipality(municipalityId, (tx) => this.deliverOne(tx));
        if (handled === null) break;
        if (handled) sent++;
      }
    return sent;
  }

  /** Queues the digests that are due, in every municipality; their mail goes at the commit's signal. */
  async sweepDigests(): Promise<number> {
    let queued = 0;
    try {
      for (const municipalityId of this.mine(await this.db.across.municipalityIds()))
        queued += await this.db.inMunicipality(municipalityId, queueDigests);
    } catch (error) {
      logger().error({ err: error }, "mail: daily digests failed");
    }
    return queued;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.unsubscribe?.();
    for (const timer of this.timers) clearInterval(timer);
    await this.running;
    this.mailer.close();
  }

  private async rounds(): Promise<void> {
    do {
      this.again = false;
      await this.deliverDue().catch((error) => logger().error({ err: error }, "mail: delivery round failed"));
    } while (this.again && !this.closed);
  }

  private mine(municipalityIds: string[]): string[] {
    const only = this.options.onlyMunicipalities;
    return only ? municipalityIds.filter((id) => only.has(id)) : municipalityIds;
  }

  /** Sends the oldest due mail that no other process holds: true if sent, false if it failed, null if none. */
  private async deliverOne(tx: Tx): Promise<boolean | null> {
    const [row] = (await tx.em.query(
      `SELECT id, recipient, kind, language, data, attempts FROM mail_outbox
        WHERE municipality_id = $1 AND sent_at IS NULL AND next_attempt_at <= now()
        ORDER BY next_attempt_at, created_at
        LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [tx.municipalityId],
    )) as OutboxRow[];
    if (!row) return null;
    try {
      await this.mailer.send(row.recipient, renderMail(row.kind, row.language, row.data, this.options.publicUrl));
    } catch (error) {
      await this.failed(tx, row, error);
      return false;
    }
    await tx.em.query("UPDATE mail_outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1", [row.id]);
    return true;
  }

  private async failed(tx: Tx, row: OutboxRow, error: unknown): Promise<void> {
    const attempts = row.attempts + 1;
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    // A mail that cannot be rendered never will be; one refused this often is given up. Both are logged.
    const giveUp = error instanceof UnrenderableMail || attempts >= MAX_ATTEMPTS;
    const delayMs = Math.min(this.options.retryBaseMs * 2 ** (attempts - 1), MAX_RETRY_DELAY_MS);
    await tx.em.query(
      `UPDATE mail_outbox SET attempts = $2, last_error = $3,
              next_attempt_at = CASE WHEN $4 THEN 'infinity'::timestamptz ELSE now() + make_interval(secs => $5) END
        WHERE id = $1`,
      [row.id, attempts, message, giveUp, delayMs / 1000],
    );
    const log = { mailId: row.id, kind: row.kind, attempts, err: error };
    if (giveUp) logger().error(log, "mail: given up");
    else logger().warn({ ...log, retryInSeconds: delayMs / 1000 }, "mail: sending failed; will retry");
  }
}
