import { isDatabaseUnavailable } from "../db/unavailable.js";
import type { BusSignal, EventBus } from "./event-bus.js";
import type { Topic } from "./event-types.js";

/** How long a feed waits before reading again while the database is away: doubling from the first to the last. */
const REREAD_DELAY_MS = { first: 100, max: 2000 };

/** One subscriber of a feed on this process. */
export interface FeedMember<T> {
  deliver(value: T): void;
  /** The feed's read failed for a reason other than the database being away: the subscription ends with it. */
  fail(error: unknown): void;
}

/** What a feed reads, and how it keeps track of where it is. */
export interface FeedSource<T> {
  /** Notes what a signal names (a dispute's id), before the read it causes. */
  note?(signal: BusSignal): void;
  /** One read for all the feed's members; null when there is nothing to deliver. */
  read(members: ReadonlySet<FeedMember<T>>): Promise<T | null>;
}

/**
 * One reader per topic and id per process: a bus signal wakes it, it reads the database once, and
 * hands the same value to every local subscriber. Signals that arrive while it reads make it read
 * once more afterwards, never once each. Subscribers therefore cost no database read per signal;
 * each checks its caller's access once, when it subscribes, and sockets whose session or roles
 * change are closed (`ws-sessions.ts`).
 */
class SharedFeed<T> {
  readonly members = new Set<FeedMember<T>>();
  private stale = false;
  private reading = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private rereadDelayMs = REREAD_DELAY_MS.first;
  source!: FeedSource<T>;

  wake(signal?: BusSignal): void {
    if (signal) this.source.note?.(signal);
    this.stale = true;
    void this.pump();
  }

  stop(): void {
    clearTimeout(this.retryTimer);
  }

  /** Hands a value to every member now, from within a read (which then returns null for it). */
  deliver(value: T): void {
    for (const member of [...this.members]) member.deliver(value);
  }

  private async pump(): Promise<void> {
    if (this.reading) return;
    this.reading = true;
    try {
      while (this.stale && this.members.size > 0) {
        this.stale = false;
        let value: T | null;
        try {
          value = await this.source.read(this.members);
          this.rereadDelayMs = REREAD_DELAY_MS.first;
        } catch (error) {
          if (isDatabaseUnavailable(error)) {
            // Tried again after a pause, or at the next signal, for as long as anyone listens.
            this.stale = true;
            clearTimeout(this.retryTimer);
            this.retryTimer = setTimeout(() => void this.pump(), this.rereadDelayMs);
            this.rereadDelayMs = Math.min(this.rereadDelayMs * 2, REREAD_DELAY_MS.max);
            return;
          }
          for (const member of [...this.members]) member.fail(error);
          continue;
        }
        if (value !== null) this.deliver(value);
      }
    } finally {
      this.reading = false;
    }
  }
}

/** The feeds of one topic on this process, by key; a feed lives while it has members. */
export class SharedFeeds<T, S extends FeedSource<T> = FeedSource<T>> {
  private readonly feeds = new Map<string, { feed: SharedFeed<T>; unlisten: () => void }>();

  constructor(
    private readonly bus: Pick<EventBus, "on">,
    private readonly topic: Topic<object>,
  ) {}

  /**
   * Joins the feed of `id` (its bus signal's id) under `key` (which also names what the reads are
   * scoped to, e.g. the municipality); `create` makes its source the first time, given the function
   * that wakes it and the one that hands a value to the members before its read has ended. Returns the
   * feed's source and the function that leaves it.
   */
  join(
    key: string,
    id: string,
    create: (wake: () => void, deliver: (value: T) => void) => S,
    member: FeedMember<T>,
  ): { source: S; leave: () => void } {
    let entry = this.feeds.get(key);
    if (!entry) {
      const feed = new SharedFeed<T>();
      feed.source = create(
        () => feed.wake(),
        (value) => feed.deliver(value),
      );
      entry = { feed, unlisten: this.bus.on(this.topic, id, (signal) => feed.wake(signal)) };
      this.feeds.set(key, entry);
    }
    const { feed } = entry;
    feed.members.add(member);
    return {
      source: feed.source as S,
      leave: () => {
        feed.members.delete(member);
        if (feed.members.size > 0 || this.feeds.get(key)?.feed !== feed) return;
        this.feeds.delete(key);
        entry.unlisten();
        feed.stop();
      },
    };
  }

  /** How many feeds are open (for tests). */
  get size(): number {
    return this.feeds.size;
  }
}
