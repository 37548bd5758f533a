// Keyed reader/writer locks, FIFO: storage's chunk files (data ops share, unlink takes one alone)
// and meta's entries and names (see meta's LockManager).

interface LockState {
  readers: number;
  writer: boolean;
  waiters: { exclusive: boolean; wake: () => void }[];
}

/**
 * Keyed shared/exclusive locks, FIFO among waiters. `shared()` and `exclusive()` return
 * undefined when the lock was granted at once (no microtask on the fast path), else a promise
 * that resolves when granted. Every grant must be paired with its release call.
 */
export class KeyedLocks {
  private readonly locks = new Map<string, LockState>();

  /** Acquires a shared lock on `key`. */
  shared(key: string): Promise<void> | undefined {
    const s = this.locks.get(key);
    if (!s) {
      this.locks.set(key, { readers: 1, writer: false, waiters: [] });
      return undefined;
    }
    if (!s.writer && s.waiters.length === 0) {
      s.readers++;
      return undefined;
    }
    return new Promise((wake) => s.waiters.push({ exclusive: false, wake }));
  }

  /** Acquires an exclusive lock on `key`. */
  exclusive(key: string): Promise<void> | undefined {
    const s = this.locks.get(key);
    if (!s) {
      this.locks.set(key, { readers: 0, writer: true, waiters: [] });
      return undefined;
    }
    return new Promise((wake) => s.waiters.push({ exclusive: true, wake }));
  }

  /** Releases a shared lock. */
  releaseShared(key: string): void {
    const s = this.locks.get(key);
    if (!s) return;
    s.readers--;
    this.grant(key, s);
  }

  /** Releases an exclusive lock. */
  releaseExclusive(key: string): void {
    const s = this.locks.get(key);
    if (!s) return;
    s.writer = false;
    this.grant(key, s);
  }

  /** Number of keys with a holder or waiter (for tests and stats). */
  get size(): number {
    return this.locks.size;
  }

  private grant(key: string, s: LockState): void {
    if (s.writer) return;
    while (s.waiters.length > 0) {
      const next = s.waiters[0]!;
      if (next.exclusive) {
        if (s.readers > 0) return;
        s.waiters.shift();
        s.writer = true;
        next.wake();
        return;
      }
      s.waiters.shift();
      s.readers++;
      next.wake();
    }
    if (s.readers === 0) this.locks.delete(key);
  }
}
