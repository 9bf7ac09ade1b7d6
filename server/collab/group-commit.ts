/**
 * Batches writes: while one batch is being committed, new items queue up and go together in the
 * next. At low load every item is written at once; under load a commit carries many items, so the
 * throughput is not bounded by one commit per item.
 */
export class GroupCommit<T, R> {
  private queue: Array<{ item: T; resolve: (r: R) => void; reject: (e: unknown) => void }> = [];
  private running: Promise<void> | null = null;
  private last: Promise<unknown> = Promise.resolve();

  /**
   * @param lingerMs how long the first item of a batch waits for company. A few milliseconds turn
   * hundreds of tiny transactions a second into a few dozen larger ones, for that much more latency.
   */
  constructor(
    private readonly writeBatch: (items: T[]) => Promise<Array<R | Error>>,
    private readonly lingerMs = 0,
  ) {}

  /** Resolves once the item is durable (with what the writer returned for it). */
  submit(item: T): Promise<R> {
    const result = new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.running ??= this.drain();
    });
    this.last = result.catch(() => {});
    return result;
  }

  /** Resolves once every item submitted before this call is written (batches complete in order). */
  barrier(): Promise<void> {
    return this.last.then(() => {});
  }

  /** Waits until everything submitted so far is written. */
  async flushed(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    // Let the current tick's submissions (and, with lingerMs, the next few milliseconds') join the first batch.
    await new Promise((resolve) => (this.lingerMs > 0 ? setTimeout(resolve, this.lingerMs) : setImmediate(resolve)));
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        const results = await this.writeBatch(batch.map((b) => b.item));
        batch.forEach((b, i) => (results[i] instanceof Error ? b.reject(results[i]) : b.resolve(results[i] as R)));
      } catch (error) {
        for (const b of batch) b.reject(error);
      }
    }
    this.running = null;
  }
}
