// Reopening a LevelDB after a write failed with an I/O error (a full disk): when, how often, and what callers wait for.
import { freeBytes } from '../disk-space.js';
import type { Logger } from '../logger.js';

/** The few parts of a classic-level database the recovery uses. */
export interface ReopenableDb {
  readonly status: string;
  open(): Promise<void>;
  close(): Promise<void>;
}

/** At most one reopen attempt per this many ms while attempts fail. */
const RETRY_MS = 1000;

/** LevelDB's errors that come from the file system (full, quota, EIO), not from the caller. */
export function isLevelIoError(err: unknown): boolean {
  return (err as { code?: string } | undefined)?.code === 'LEVEL_IO_ERROR';
}

/**
 * The error a failed operation rejects with: a full file system (LevelDB says so only in its
 * message, or its cause's) becomes an error with code ENOSPC, which the RPC layer answers as
 * NO_SPACE. Others pass unchanged.
 */
export function spaceAwareError(err: unknown): unknown {
  const e = err as (Error & { cause?: Error; code?: string }) | undefined;
  if (e?.code === 'ENOSPC') return err;
  const msg = [e?.message, e?.cause?.message].join(' ');
  if (!/No space left on device|Disk quota exceeded/i.test(msg)) return err;
  return Object.assign(new Error(`the store's file system is full (${msg.trim()})`, { cause: err }), { code: 'ENOSPC' });
}

export interface LevelRecoveryOptions {
  db: ReopenableDb;
  dir: string;
  /**
   * Free bytes the file system must have before a reopen is tried: opening writes the recovered
   * log out as a table and starts a new log. Below it the database stays open as it is (reads
   * work; writes fail with ENOSPC).
   */
  minFreeBytes: number;
  onReopen?: (cause: Error, err?: Error) => void;
  /** Free bytes of `dir` (tests give their own). */
  freeBytes?: (dir: string) => Promise<number>;
}

/**
 * LevelDB keeps a failed background write (a memtable flush or a compaction on a full disk) as
 * an error that every later write returns, even once space is back, until the database is
 * reopened; and after a failed log append the log's block layout is no longer what the file
 * holds. So after any write fails with an I/O error ({@link noteWriteError}), the next write
 * first reopens the database ({@link beforeWrite}), which recovers the log and starts a new one,
 * once the file system has room for that; until then writes fail with ENOSPC and reads go on.
 * A reopen closes the iterators open at that moment (they end with an error); reads wait for
 * it. If opening fails, the database is closed: reads then try to reopen it too, at most once
 * a second, and fail with the open's error meanwhile.
 */
export class LevelRecovery {
  /** The I/O error of a write, until a reopen succeeds. */
  private cause: Error | undefined;
  private reopening: Promise<void> | undefined;
  private lastFailure: { atMs: number; err: unknown } | undefined;
  private readonly freeBytes: (dir: string) => Promise<number>;

  constructor(private readonly o: LevelRecoveryOptions) {
    this.freeBytes = o.freeBytes ?? freeBytes;
  }

  /** A write failed: when it is an I/O error, the next write reopens the database first. */
  noteWriteError(err: unknown): void {
    if (isLevelIoError(err)) this.cause ??= err as Error;
  }

  /** Whether a write error is pending a reopen (a write then fails whole: no retries one by one). */
  get pending(): boolean {
    return this.cause !== undefined;
  }

  /** Before a write: reopens when a write error asks for it; rejects (ENOSPC while there is no room) when that cannot be done yet. */
  async beforeWrite(): Promise<void> {
    if (this.cause === undefined) return;
    await this.reopen();
  }

  /** Before a read: undefined when it can go ahead at once, else what to wait for (a reopen running or needed). */
  beforeRead(): Promise<void> | undefined {
    if (this.reopening) return this.reopening;
    if (this.cause !== undefined && this.o.db.status !== 'open') return this.reopen();
    return undefined;
  }

  private reopen(): Promise<void> {
    if (this.reopening) return this.reopening;
    const last = this.lastFailure;
    if (last && Date.now() - last.atMs < RETRY_MS) return Promise.reject(spaceAwareError(last.err));
    const cause = this.cause!;
    const run = (async () => {
      try {
        const free = await this.freeBytes(this.o.dir).catch(() => Number.POSITIVE_INFINITY);
        if (free < this.o.minFreeBytes && this.o.db.status === 'open') {
          // no room to reopen: keep the database open as it is, reads work
          throw Object.assign(new Error(`the store's file system is full (${free} bytes free, ${this.o.minFreeBytes} needed to reopen it after: ${cause.message})`, { cause }), { code: 'ENOSPC' });
        }
        if (this.o.db.status === 'open') await this.o.db.close();
        await this.o.db.open();
        this.cause = undefined;
        this.lastFailure = undefined;
        this.o.onReopen?.(cause);
      } catch (e) {
        const opening = (e as { code?: string }).code !== 'ENOSPC';
        this.lastFailure = { atMs: Date.now(), err: e };
        if (opening) this.o.onReopen?.(cause, e as Error);
        throw spaceAwareError(e);
      } finally {
        this.reopening = undefined;
      }
    })();
    this.reopening = run;
    return run;
  }
}

/** An `onReopen` that logs each reopen (warn) and each failed one (error) on `log`. */
export function logReopens(log: Logger): (cause: Error, err?: Error) => void {
  return (cause, err) => {
    if (err) log.error({ cause: cause.message, err: err.message }, 'LevelDB could not be reopened after a failed write; a later write or read tries again');
    else log.warn({ cause: cause.message }, 'LevelDB reopened after a failed write');
  };
}
