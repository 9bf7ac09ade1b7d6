import type { Database } from "../db/database.js";
import type { Actor } from "../identity/identity.model.js";
import { logger } from "../logging.js";
import type { Command } from "../pipeline/command.js";
import { stockholmDate } from "../validation/meeting-date.js";
import type { ReminderWorkerOptions } from "./reminder-timing.js";
import { reminderSweeper, sendFollowUpReminders } from "./reminders.commands.js";

/** The command runner, as far as the sweep needs it. */
export interface SweepRunner {
  run<I, T extends object, V, R>(actor: Actor, command: Command<I, T, V, R>, input: I): Promise<R>;
}

/**
 * Sends the follow-up reminders of every municipality: once at start and then every `everyMs`, each
 * municipality in a command of its own (`sendFollowUpReminders`, its own transaction), so one
 * municipality's failure holds up no other. The municipalities come from the reviewed lookup of their
 * ids (`municipality_ids()`); the sweep itself reads and writes only through the command runner.
 * Several server processes may sweep at the same moment: the reminders' unique key lets each out once.
 */
export class ReminderWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private closed = false;

  constructor(
    private readonly db: Pick<Database, "across">,
    private readonly runner: SweepRunner,
    private readonly options: ReminderWorkerOptions,
  ) {}

  start(): void {
    if (this.options.everyMs <= 0) return;
    this.timer = setInterval(() => void this.sweep(), this.options.everyMs).unref();
    void this.sweep();
  }

  /**
   * One pass over every municipality, judged against `today` (the municipal calendar's, unless a test
   * names a day); resolves with how many reminders went out. A pass asked for while one runs waits for
   * it and then makes its own.
   */
  async sweep(today: string = stockholmDate(new Date())): Promise<number> {
    while (this.running) await this.running.catch(() => 0);
    if (this.closed) return 0;
    this.running = this.pass(today).finally(() => (this.running = null));
    return this.running;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => 0);
  }

  private async pass(today: string): Promise<number> {
    let sent = 0;
    let municipalityIds: string[];
    try {
      municipalityIds = this.mine(await this.db.across.municipalityIds());
    } catch (error) {
      logger().error({ err: error }, "reminders: could not list the municipalities");
      return 0;
    }
    for (const municipalityId of municipalityIds) {
      if (this.closed) break;
      try {
        sent += (await this.runner.run(reminderSweeper(municipalityId), sendFollowUpReminders, { today })).sent;
      } catch (error) {
        logger().error({ err: error, municipalityId }, "reminders: sweep of a municipality failed");
      }
    }
    return sent;
  }

  private mine(municipalityIds: string[]): string[] {
    const only = this.options.onlyMunicipalities;
    return only ? municipalityIds.filter((id) => only.has(id)) : municipalityIds;
  }
}
