/**
 * Replays what a subscriber lacks, then follows live, with no gap and no duplicate at the seam:
 * the listener is registered before the first read, and every wake-up reads from the database
 * "everything after the last item delivered". Signals only wake the stream; they carry no data.
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
  const unlisten = source.listen(() => {
    stale = true;
    wakeWaiter?.();
  });

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
          pending = await source.readNext();
          continue;
        }
        await new Promise<void>((resolve) => (wakeWaiter = resolve));
        wakeWaiter = null;
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
