/**
 * A push-based async iterator: producers `push`, one consumer iterates. `return()` (the subscriber
 * leaving) runs `onClose` at once, even while the consumer is waiting for the next item.
 */
export class AsyncQueue<T> implements AsyncIterableIterator<T> {
  private items: T[] = [];
  private waiter: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void } | null = null;
  private failure: unknown = null;
  private done = false;
  private direct: ((item: T) => boolean) | null = null;

  constructor(private readonly onClose: () => void = () => {}) {}

  /**
   * Lets `take` have each item as it is pushed, synchronously, while the consumer is waiting with
   * nothing queued (so items still reach it in order); an item `take` declines (false) is queued as usual.
   */
  takeDirectly(take: (item: T) => boolean): void {
    this.direct = take;
  }

  push(item: T): void {
    if (this.done) return;
    if (this.waiter) {
      if (this.direct?.(item)) return;
      const waiter = this.waiter;
      this.waiter = null;
      waiter.resolve({ value: item, done: false });
    } else this.items.push(item);
  }

  /** Ends the stream: the consumer gets what is queued, then done. */
  end(): void {
    this.finish();
  }

  /** Ends the stream with an error delivered to the consumer. */
  fail(error: unknown): void {
    this.failure = error;
    this.finish();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length > 0) return Promise.resolve({ value: this.items.shift()!, done: false });
    if (this.failure) return Promise.reject(this.failure);
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }

  async return(): Promise<IteratorResult<T>> {
    this.finish();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.items = this.failure ? [] : this.items;
    this.onClose();
    const waiter = this.waiter;
    this.waiter = null;
    if (this.failure) waiter?.reject(this.failure);
    else waiter?.resolve({ value: undefined, done: true });
  }
}
