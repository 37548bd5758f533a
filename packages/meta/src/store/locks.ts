// Keyed async locks: an operation locks the entry ids it touches, always in sorted order.
import { ErrCode, HiveError } from '@hivefs/protocol';

/** Releases the locks taken by one {@link LockManager.acquire}. */
export type Release = () => void;

/** Lock key that serialises renames which may change the ancestry of directories. */
export const RENAME_LOCK = '#rename';

/** The lock key of one name in a directory: creating or removing that name takes it exclusively. */
export const nameKey = (dirId: string, name: string): string => `${dirId}/${name}`;

/** What one {@link LockManager.acquire} takes: `exclusive` keys alone, `shared` keys with other sharers. */
export interface LockSet {
  exclusive: readonly string[];
  shared?: readonly string[];
}

interface KeyState {
  readers: number;
  writer: boolean;
  /** Waiters in arrival order. */
  queue: { exclusive: boolean; grant: () => void }[];
}

/**
 * Reader/writer locks per key, FIFO among waiters (a sharer never overtakes a waiting exclusive
 * request). `acquire` takes all its keys in sorted order, so two operations that lock overlapping
 * sets can never deadlock. Files are created and removed with the directory shared and the name
 * exclusive, so operations on different names of one directory run (and commit) together, while
 * mkdir, rmdir, rename and attribute changes of the directory take it exclusively.
 */
export class LockManager {
  private readonly keys = new Map<string, KeyState>();

  /** Waits for every key (deduplicated, sorted; exclusive wins) and returns one release for all of them. */
  async acquire(set: readonly string[] | LockSet): Promise<Release> {
    const { exclusive, shared = [] } = Array.isArray(set) ? { exclusive: set as readonly string[] } : (set as LockSet);
    const modes = new Map<string, boolean>();
    for (const k of shared) modes.set(k, false);
    for (const k of exclusive) modes.set(k, true);
    const sorted = [...modes.keys()].sort();
    const releases: Release[] = [];
    try {
      for (const k of sorted) releases.push(await this.acquireOne(k, modes.get(k)!));
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

  /** Runs `fn` while holding `set`. */
  async with<T>(set: readonly string[] | LockSet, fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire(set);
    try {
      return await fn();
    } finally {
      release();
    }
  }

  /** Number of keys currently locked or waited for (for tests). */
  get size(): number {
    return this.keys.size;
  }

  private async acquireOne(k: string, exclusive: boolean): Promise<Release> {
    let s = this.keys.get(k);
    if (!s) this.keys.set(k, (s = { readers: 0, writer: false, queue: [] }));
    const free = s.queue.length === 0 && !s.writer && (!exclusive || s.readers === 0);
    if (free) this.take(s, exclusive);
    else await new Promise<void>((grant) => s.queue.push({ exclusive, grant }));
    const state = s;
    return () => this.release(k, state, exclusive);
  }

  private take(s: KeyState, exclusive: boolean): void {
    if (exclusive) s.writer = true;
    else s.readers++;
  }

  private release(k: string, s: KeyState, exclusive: boolean): void {
    if (exclusive) s.writer = false;
    else s.readers--;
    // wake the head of the queue: one exclusive waiter once nobody holds the key, or every sharer in a row
    while (s.queue.length > 0 && !s.writer) {
      const head = s.queue[0]!;
      if (head.exclusive && s.readers > 0) break;
      s.queue.shift();
      this.take(s, head.exclusive);
      head.grant();
      if (head.exclusive) break;
    }
    if (!s.writer && s.readers === 0 && s.queue.length === 0 && this.keys.get(k) === s) this.keys.delete(k);
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
export async function withResolvedLocks<T>(locks: LockManager, base: readonly string[] | LockSet, resolve: () => Promise<string[]>, fn: () => Promise<T>): Promise<T> {
  const set: LockSet = Array.isArray(base) ? { exclusive: base as readonly string[] } : (base as LockSet);
  for (let attempt = 0; attempt < MAX_RESOLVE_ATTEMPTS; attempt++) {
    const extra = await resolve();
    const release = await locks.acquire({ exclusive: [...set.exclusive, ...extra], shared: set.shared ?? [] });
    try {
      if (sameIds(await resolve(), extra)) return await fn();
    } finally {
      release();
    }
  }
  throw new HiveError(ErrCode.BUSY, `entries kept changing while locking ${[...set.exclusive, ...(set.shared ?? [])].join(', ')}; gave up after ${MAX_RESOLVE_ATTEMPTS} attempts`);
}
