// Runs mutations of the cluster state one at a time, in arrival order.

/** A queue of async tasks that never overlap. A failed task does not stop later ones. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `fn` after every task queued before it; resolves or rejects with its result. */
  run<T>(fn: () => T | Promise<T>): Promise<T> {
    const p = this.tail.then(fn);
    this.tail = p.catch(() => undefined);
    return p;
  }

  /** Resolves once every task queued so far has settled. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
