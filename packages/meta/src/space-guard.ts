// The free-space reserve of the metadata store: below it, requests that add entries are refused with NO_SPACE.
import { freeBytes, type Logger } from '@hivefs/common';
import { ErrCode, HiveError } from '@hivefs/protocol';

/** How old a free-space figure may be before a check reads a new one (in the background). */
const FRESH_MS = 250;

export interface SpaceGuardOptions {
  /** Directory whose file system holds the store. */
  dir: string;
  /** Bytes kept free; 0 turns the guard off. */
  minFreeBytes: number;
  log: Logger;
  /** statfs(2) of `dir`: bytes available (tests give their own). */
  freeBytes?: (dir: string) => Promise<number>;
  now?: () => number;
}

/**
 * Keeps LevelDB away from a full disk. Requests that add entries (create, mkdir, mknod, symlink,
 * link, setxattr) are refused with NO_SPACE (ENOSPC at the application) once the store's file
 * system has less than the reserve free; everything that frees or keeps space (unlink, rmdir,
 * truncate, close, rename) goes on, so users can make room, and LevelDB's compactions (which
 * rewrite tables and fail for good on a full disk until the store is reopened) find room.
 *
 * {@link check} never waits: it judges by the last figure and reads a new one in the background
 * when that is older than 250 ms. At a few MB of new metadata per second, a quarter of a second
 * is far inside any sensible reserve.
 */
export class SpaceGuard {
  private free = Number.POSITIVE_INFINITY;
  private readAt = Number.NEGATIVE_INFINITY;
  private reading: Promise<void> | undefined;
  private low = false;
  private readonly freeBytes: (dir: string) => Promise<number>;
  private readonly now: () => number;

  constructor(private readonly o: SpaceGuardOptions) {
    this.freeBytes = o.freeBytes ?? freeBytes;
    this.now = o.now ?? Date.now;
  }

  /** Reads the figure now (at start, so the first request is judged by a real one). */
  async refresh(): Promise<void> {
    if (this.o.minFreeBytes <= 0) return;
    this.reading ??= this.read().finally(() => (this.reading = undefined));
    await this.reading;
  }

  /** Throws NO_SPACE when the store's file system is below the reserve; `op` names the request. */
  check(op: string): void {
    if (this.o.minFreeBytes <= 0) return;
    if (this.now() - this.readAt >= FRESH_MS) void this.refresh();
    if (this.free < this.o.minFreeBytes) {
      throw new HiveError(ErrCode.NO_SPACE, `${op} refused: the metadata store's file system has ${mib(this.free)} free, below the reserve of ${mib(this.o.minFreeBytes)} (tuneMetaMinFreeSpace)`);
    }
  }

  private async read(): Promise<void> {
    try {
      this.free = await this.freeBytes(this.o.dir);
    } catch (e) {
      this.o.log.warn({ err: (e as Error).message, dir: this.o.dir }, 'statfs of the metadata store failed; the free-space reserve keeps its last figure');
    }
    this.readAt = this.now();
    const low = this.free < this.o.minFreeBytes;
    if (low !== this.low) {
      this.low = low;
      const fields = { freeBytes: this.free, reserveBytes: this.o.minFreeBytes, dir: this.o.dir };
      if (low) this.o.log.warn(fields, 'metadata store below its free-space reserve: new entries are refused (ENOSPC) until space is freed');
      else this.o.log.info(fields, 'metadata store above its free-space reserve again: new entries are accepted');
    }
  }
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
