// Which journal entries the secondary acknowledged, and the callers waiting for that.

interface Waiter {
  seq: number;
  resolve: () => void;
  reject: (e: unknown) => void;
}

/**
 * Acknowledgements of entries that may arrive in any order. `through` is the highest seq such that
 * it and every seq before it were acknowledged; a waiter for `seq` is released once `through`
 * reaches it (its entry and all before it are on the secondary).
 */
export class AckTracker {
  private acked = new Set<number>();
  private waiters: Waiter[] = [];
  private at: number;

  constructor(through: number) {
    this.at = through;
  }

  /** Every seq up to this one is acknowledged. */
  get through(): number {
    return this.at;
  }

  /** Records the acknowledgement of `seq`; releases the waiters it completes. */
  ack(seq: number): void {
    if (seq <= this.at) return;
    this.acked.add(seq);
    while (this.acked.delete(this.at + 1)) this.at++;
    this.release();
  }

  /** Resolves once `seq` and every seq before it are acknowledged. */
  wait(seq: number): Promise<void> {
    if (seq <= this.at) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const w = { seq, resolve, reject };
      let i = this.waiters.length;
      while (i > 0 && this.waiters[i - 1]!.seq > seq) i--;
      this.waiters.splice(i, 0, w);
    });
  }

  /** Starts over at `through` (a secondary that rejoined at that position); waiters stay. */
  reset(through: number): void {
    this.acked.clear();
    this.at = through;
    this.release();
  }

  /** Settles every waiter: resolved (`err` undefined) or rejected with `err`. */
  settleAll(err?: unknown): void {
    const all = this.waiters;
    this.waiters = [];
    for (const w of all) {
      if (err === undefined) w.resolve();
      else w.reject(err);
    }
  }

  /** Callers waiting. */
  get waiting(): number {
    return this.waiters.length;
  }

  private release(): void {
    let n = 0;
    while (n < this.waiters.length && this.waiters[n]!.seq <= this.at) n++;
    if (n === 0) return;
    for (const w of this.waiters.splice(0, n)) w.resolve();
  }
}
