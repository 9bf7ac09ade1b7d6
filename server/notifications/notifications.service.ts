import type { Tx } from "../db/database.js";
import type { EventBus } from "../events/event-bus.js";
import { replayThenLive } from "../events/live-stream.js";
import type { Actor } from "../identity/identity.model.js";
import { UserTopic } from "./notifications.events.js";
import { notificationsStore } from "./notifications.store.js";

/** A read in one transaction of the caller's municipality (the command runner's `read`). */
export type CallerRead = <R>(actor: Actor, work: (tx: Tx) => Promise<R>) => Promise<R>;

/**
 * The live unread count. Notifications are written by the command runner (a command's `notices`),
 * in the command's transaction, and each recipient's count is woken through the bus when it commits.
 */
export class NotificationsService {
  constructor(
    private readonly bus: Pick<EventBus, "on">,
    private readonly read: CallerRead,
  ) {}

  /** The caller's unread count now, then again after every change (from any process). */
  watchUnreadCount(actor: Actor): AsyncIterableIterator<number> {
    // Every wake-up yields the count, even an unchanged one: a new notification and a read one in
    // the same moment leave it as it was, yet the list changed and a client refetches it.
    return replayThenLive<number>({
      listen: (wake) => this.bus.on(UserTopic, actor.userId, wake),
      readNext: async () => [await this.read(actor, (tx) => notificationsStore.unreadCount(tx, actor.userId))],
    });
  }
}
