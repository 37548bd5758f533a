// Keyed async locks: an operation locks the entry ids it touches, always in sorted order.
import { KeyedLocks } from '@hivefs/common';
import { ErrCode, HiveError } from '@hivefs/protocol';

/** Releases the locks taken by one {@link LockManager.acquire}. */
export type Release = () => void;

/** How long an acquire waits for a pin by default (see {@link LockManager}). */
export const DEFAULT_PIN_WAIT_MS = 1000;

/** Owner of an acquire that no pin holds back: intent recovery (which re-reads what it changes). */
export const IGNORE_PINS = '*';

/** Lock key that serialises renames which may change the ancestry of directories. */
export const RENAME_LOCK = '#rename';

/** The lock key of one name in a directory: creating or removing that name takes it exclusively. */
export const nameKey = (dirId: string, name: string): string => `${dirId}/${name}`;

/** What one {@link LockManager.acquire} takes: `exclusive` keys alone, `shared` keys with other sharers. */
export interface LockSet {
  exclusive: readonly string[];
  shared?: readonly string[];
}

/** A bare list of keys means all of them exclusively. */
function toLockSet(set: readonly string[] | LockSet): LockSet {
  return Array.isArray(set) ? { exclusive: set as readonly string[] } : (set as LockSet);
}

/**
 * The locks of adding or removing the name `name` of a non-directory in `dirId` (plus `also`,
 * exclusively): the directory shared, the name exclusively. Operations on different names of one
 * directory then run (and commit) together, while mkdir, rmdir, rename and attribute changes of
 * the directory, which take it exclusively, wait for them.
 */
export function nameInDir(dirId: string, name: string, ...also: string[]): LockSet {
  return { exclusive: [nameKey(dirId, name), ...also], shared: [dirId] };
}

/**
 * Reader/writer locks per key (FIFO: a sharer never overtakes a waiting exclusive request).
 * `acquire` takes all its keys in sorted order, so two operations that lock overlapping sets can
 * never deadlock.
 */
export class LockManager {
  private readonly locks = new KeyedLocks();

  /**
   * `pinWaitMs`: how long an acquire waits for a pin before it fails with BUSY. A pin lasts until
   * a peer that did not answer is back; an operation waiting longer than a client's request timeout
   * would still run after its client was told it failed.
   */
  constructor(private readonly pinWaitMs = DEFAULT_PIN_WAIT_MS) {}

  /** Keys kept for an interrupted operation (by its intent id) until its recovery is done. */
  private readonly pins = new Map<string, { keys: ReadonlySet<string>; gone: Promise<void>; done: () => void }>();

  /**
   * Keeps `keys` from every acquire but `owner`'s until {@link unpin}: the names of an
   * operation that stopped half-way (its peer did not answer) wait for its recovery.
   */
  pin(keys: readonly string[], owner: string): void {
    if (this.pins.has(owner)) return;
    let done!: () => void;
    const gone = new Promise<void>((r) => (done = r));
    this.pins.set(owner, { keys: new Set(keys), gone, done });
  }

  /** Lets go of what {@link pin} kept for `owner`. */
  unpin(owner: string): void {
    const p = this.pins.get(owner);
    this.pins.delete(owner);
    p?.done();
  }

  /** What an acquire of `keys` by `owner` must wait for first, if anything. */
  private pinned(keys: readonly string[], owner: string | undefined): Promise<void> | undefined {
    if (this.pins.size === 0 || owner === IGNORE_PINS) return undefined;
    for (const [o, p] of this.pins) if (o !== owner && keys.some((k) => p.keys.has(k))) return p.gone;
    return undefined;
  }

  /**
   * Waits for every key (deduplicated, sorted; exclusive wins) and returns one release for all
   * of them. Keys pinned for another owner are waited for first (and checked again once taken).
   */
  async acquire(set: readonly string[] | LockSet, owner?: string): Promise<Release> {
    const { exclusive, shared = [] } = toLockSet(set);
    const modes = new Map<string, boolean>();
    for (const k of shared) modes.set(k, false);
    for (const k of exclusive) modes.set(k, true);
    const sorted = [...modes.keys()].sort();
    for (;;) {
      const before = this.pinned(sorted, owner);
      if (before) {
        await this.waitForPin(before, sorted);
        continue;
      }
      const releases: Release[] = [];
      for (const k of sorted) {
        const ex = modes.get(k)!;
        const wait = ex ? this.locks.exclusive(k) : this.locks.shared(k);
        if (wait) await wait;
        releases.push(ex ? () => this.locks.releaseExclusive(k) : () => this.locks.releaseShared(k));
      }
      let done = false;
      const release = (): void => {
        if (done) return;
        done = true;
        for (const r of releases.reverse()) r();
      };
      if (!this.pinned(sorted, owner)) return release;
      release();
    }
  }

  private async waitForPin(gone: Promise<void>, keys: readonly string[]): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), this.pinWaitMs)));
    try {
      if ((await Promise.race([gone, late])) === 'late') {
        throw new HiveError(ErrCode.BUSY, `an operation across meta nodes that was interrupted holds ${keys.join(', ')} until its recovery (waited ${this.pinWaitMs} ms); try again`);
      }
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs `fn` while holding `set` (as `owner`: keys pinned for it do not hold it back). */
  async with<T>(set: readonly string[] | LockSet, fn: () => Promise<T>, owner?: string): Promise<T> {
    const release = await this.acquire(set, owner);
    try {
      return await fn();
    } finally {
      release();
    }
  }

  /** Number of keys currently locked or waited for (for tests). */
  get size(): number {
    return this.locks.size;
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
  const set = toLockSet(base);
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
