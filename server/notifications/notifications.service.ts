import type { Tx } from "../db/database.js";
import { isDatabaseUnavailable } from "../db/unavailable.js";
import { AsyncQueue } from "../events/async-queue.js";
import type { EventBus } from "../events/event-bus.js";
import { SharedFeeds } from "../events/shared-feed.js";
import type { Actor } from "../identity/identity.model.js";
import { UserTopic } from "./notifications.events.js";
import { notificationsStore } from "./notifications.store.js";

/** A read in one transaction of a municipality (the command runner's `readIn`). */
export type MunicipalityRead = <R>(municipalityId: string, work: (tx: Tx) => Promise<R>) => Promise<R>;

/** How long a first count waits before it is read again while the database is away. */
const FIRST_COUNT_RETRY_MS = 500;

/**
 * The live unread count. Notifications are written by the command runner (a command's `notices`),
 * in the command's transaction, and each recipient's count is woken through the bus when it commits.
 * A user's sockets on this process share one feed: each change is counted once for all of them.
 */
export class NotificationsService {
  private readonly feeds: SharedFeeds<number>;

  constructor(
    bus: Pick<EventBus, "on">,
    private readonly readIn: MunicipalityRead,
  ) {
    this.feeds = new SharedFeeds<number>(bus, UserTopic);
  }

  /**
   * The caller's unread count now, then again after every change (from any process). Every change
   * yields the count, even an unchanged one: a new notification and a read one in the same moment
   * leave it as it was, yet the list changed and a client refetches it. The first count is the new
   * subscriber's own read; counts the feed delivers meanwhile follow it, in order (each was read
   * after its change committed, so the last one delivered is never older than the last change).
   */
  watchUnreadCount(actor: Actor): AsyncIterableIterator<number> {
    const { municipalityId, userId } = actor;
    const count = () => this.readIn(municipalityId, (tx) => notificationsStore.unreadCount(tx, userId));
    let held: number[] | null = [];
    let left = false;
    const membership = this.feeds.join(`${municipalityId}:${userId}`, userId, () => ({ read: count }), {
      deliver: (n) => (held ? held.push(n) : output.push(n)),
      fail: (error) => output.fail(error),
    });
    const output = new AsyncQueue<number>(() => {
      left = true;
      membership.leave();
    });
    const first = (): void => {
      if (left) return;
      count().then(
        (n) => {
          output.push(n);
          for (const later of held ?? []) output.push(later);
          held = null;
        },
        (error) => {
          if (left) return;
          if (isDatabaseUnavailable(error)) setTimeout(first, FIRST_COUNT_RETRY_MS);
          else output.fail(error);
        },
      );
    };
    first();
    return output;
  }
}
