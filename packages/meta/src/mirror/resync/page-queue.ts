// Records arriving page by page, read by one consumer as an async iterable, with backpressure.

/**
 * A queue between the pages of a snapshot transfer (producer) and the install reading them
 * (consumer). {@link push} resolves once the consumer took every record queued so far, so at most
 * a page waits in memory; {@link end} ends the iteration, {@link fail} makes it throw (and
 * rejects waiting pushes). The consumer leaving early fails the queue too.
 */
export class PageQueue<T> implements AsyncIterable<T> {
  private items: T[] = [];
  private head = 0;
  private ended = false;
  private failure: { err: unknown } | undefined;
  private wakeConsumer: (() => void) | undefined;
  private readonly drainWaiters: { resolve: () => void; reject: (e: unknown) => void }[] = [];

  /** Queues `items`; resolves when the consumer took them all, rejects when the queue failed. */
  push(items: readonly T[]): Promise<void> {
    if (this.failure) return Promise.reject(this.failure.err);
    if (this.ended) return Promise.reject(new Error('queue ended'));
    this.items.push(...items);
    const drained = new Promise<void>((resolve, reject) => this.drainWaiters.push({ resolve, reject }));
    this.wake();
    return drained;
  }

  /** No more items: the iteration ends once the queued ones are taken. */
  end(): void {
    this.ended = true;
    this.wake();
  }

  /** The iteration throws `err`; waiting pushes reject with it. */
  fail(err: unknown): void {
    if (this.failure) return;
    this.failure = { err };
    this.items = [];
    this.head = 0;
    for (const w of this.drainWaiters.splice(0)) w.reject(err);
    this.wake();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    let done = false;
    try {
      for (;;) {
        if (this.failure) throw this.failure.err;
        if (this.head < this.items.length) {
          yield this.items[this.head++]!;
          continue;
        }
        this.items = [];
        this.head = 0;
        for (const w of this.drainWaiters.splice(0)) w.resolve();
        if (this.ended) {
          done = true;
          return;
        }
        await new Promise<void>((resolve) => (this.wakeConsumer = resolve));
      }
    } finally {
      if (!done) this.fail(new Error('the install stopped reading the snapshot'));
    }
  }

  private wake(): void {
    const w = this.wakeConsumer;
    this.wakeConsumer = undefined;
    w?.();
  }
}
