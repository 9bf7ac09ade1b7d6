import { isDatabaseUnavailable } from "../db/unavailable.js";

/** How long a stream waits before reading again while the database is away: doubling from the first to the last. */
const REREAD_DELAY_MS = { first: 100, max: 2000 };

/**
 * Replays what a subscriber lacks, then follows live, with no gap and no duplicate at the seam:
 * the listener is registered before the first read, and every wake-up reads from the database
 * "everything after the last item delivered". Signals only wake the stream; they carry no data.
 *
 * A read that fails because the database is away (restarting, failing over) is tried again, after a
 * pause or at the next wake-up, for as long as the subscriber stays: it then gets what it missed, and
 * never an error for an outage the server recovers from by itself. Any other failure ends the stream.
 */
export function replayThenLive<T>(source: {
  /** Registers a wake-up callback; returns the function that unregisters it. */
  listen(wake: () => void): () => void;
  /** Reads the items after the last one delivered (the source keeps that cursor). */
  readNext(): Promise<T[]>;
  /** Runs once when the subscriber leaves (or its connection drops). */
  onClose?: () => void;
}): AsyncIterableIterator<T> {
  let pending: T[] = [];
  let stale = true;
  let closed = false;
  let wakeWaiter: (() => void) | null = null;
  let rereadDelayMs = REREAD_DELAY_MS.first;
  const unlisten = source.listen(() => {
    stale = true;
    wakeWaiter?.();
  });
  /** Until a wake-up (or the subscriber leaving), or at most `ms`. */
  const sleep = async (ms?: number) => {
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      wakeWaiter = resolve;
      if (ms !== undefined) timer = setTimeout(resolve, ms);
    });
    clearTimeout(timer);
    wakeWaiter = null;
  };

  const close = () => {
    if (closed) return;
    closed = true;
    source.onClose?.();
    unlisten();
    wakeWaiter?.();
  };

  return {
    async next(): Promise<IteratorResult<T>> {
      while (!closed) {
        if (pending.length > 0) return { value: pending.shift()!, done: false };
        if (stale) {
          stale = false;
          try {
            pending = await source.readNext();
            rereadDelayMs = REREAD_DELAY_MS.first;
          } catch (error) {
            if (!isDatabaseUnavailable(error)) throw error;
            stale = true;
            await sleep(rereadDelayMs);
            rereadDelayMs = Math.min(rereadDelayMs * 2, REREAD_DELAY_MS.max);
          }
          continue;
        }
        await sleep();
      }
      return { value: undefined, done: true };
    },
    async return(): Promise<IteratorResult<T>> {
      close();
      return { value: undefined, done: true };
    },
    async throw(error: unknown): Promise<IteratorResult<T>> {
      close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
