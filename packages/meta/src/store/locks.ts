// Keyed async locks: an operation locks the entry ids it touches, always in sorted order.
import { ErrCode, HiveError } from '@hivefs/protocol';

/** Releases the locks taken by one {@link LockManager.acquire}. */
export type Release = () => void;

/** Lock key that serialises renames which may change the ancestry of directories. */
export const RENAME_LOCK = '#rename';

/**
 * FIFO mutexes per key. `acquire` takes several keys in sorted order, so two operations that
 * lock overlapping sets can never deadlock.
 */
export class LockManager {
  private readonly tails = new Map<string, Promise<void>>();

  /** Waits for every key (deduplicated, sorted) and returns one release for all of them. */
  async acquire(keys: readonly string[]): Promise<Release> {
    const sorted = [...new Set(keys)].sort();
    const releases: Release[] = [];
    try {
      for (const k of sorted) releases.push(await this.acquireOne(k));
    } catch (e) {
      for (const r of releases.reverse()) r();
      throw e;
    }
    let done = false;
    return () => {
      if (done) return;
      done = true;
      for (const r of releases.reverse()) r();
    };
  }

  /** Runs `fn` while holding `keys`. */
  async with<T>(keys: readonly string[], fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire(keys);
    try {
      return await fn();
    } finally {
      release();
    }
  }

  /** Number of keys currently locked or waited for (for tests). */
  get size(): number {
    return this.tails.size;
  }

  private async acquireOne(k: string): Promise<Release> {
    const prev = this.tails.get(k) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = prev.then(() => mine);
    this.tails.set(k, tail);
    await prev;
    return () => {
      release();
      if (this.tails.get(k) === tail) this.tails.delete(k);
    };
  }
}

/** How often {@link withResolvedLocks} re-resolves before giving up. */
const MAX_RESOLVE_ATTEMPTS = 64;

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Locks `base` plus the ids `resolve` finds (e.g. the entry a name points to), then resolves
 * again under the locks: if the answer changed meanwhile it starts over, so `fn` always runs
 * with every involved id locked and all locks taken in sorted order.
 */
export async function withResolvedLocks<T>(locks: LockManager, base: readonly string[], resolve: () => Promise<string[]>, fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; attempt < MAX_RESOLVE_ATTEMPTS; attempt++) {
    const extra = await resolve();
    const release = await locks.acquire([...base, ...extra]);
    try {
      if (sameIds(await resolve(), extra)) return await fn();
    } finally {
      release();
    }
  }
  throw new HiveError(ErrCode.BUSY, `entries kept changing while locking ${base.join(', ')}; gave up after ${MAX_RESOLVE_ATTEMPTS} attempts`);
}
