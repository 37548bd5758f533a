// LRU cache of open chunk file handles; an evicted handle is closed once no operation uses it.
import { constants } from 'node:fs';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Recency } from '@hivefs/common';

/** An open chunk file and the number of operations using it. */
export interface OpenChunk {
  readonly fh: FileHandle;
  refs: number;
  /** False once evicted: closed when refs drops to 0. */
  cached: boolean;
  /** Its place in the cache's (approximate, see Recency) LRU order. */
  seq: number;
}

const RDWR = constants.O_RDWR;
const RDWR_CREAT = constants.O_RDWR | constants.O_CREAT;

/** Most chunk directories {@link openChunkFile} remembers as existing (then it starts over). */
const KNOWN_DIRS_MAX = 262_144;

/**
 * Opens a chunk file read-write; creates it (and its parent dirs) when `create`, else undefined
 * if missing. With `knownDirs`, a create in a directory not seen yet makes the directory first
 * (one call, no failed open); in a known one it is a single open. A directory removed behind our
 * back is made again when the open fails.
 */
export async function openChunkFile(path: string, create: boolean, knownDirs?: Set<string>): Promise<FileHandle | undefined> {
  const dir = dirname(path);
  if (create && knownDirs && !knownDirs.has(dir)) {
    await mkdir(dir, { recursive: true });
    if (knownDirs.size >= KNOWN_DIRS_MAX) knownDirs.clear();
    knownDirs.add(dir);
  }
  try {
    return await open(path, create ? RDWR_CREAT : RDWR, 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    if (!create) return undefined;
  }
  await mkdir(dir, { recursive: true });
  return open(path, RDWR_CREAT, 0o644);
}

/**
 * At most `capacity` idle handles stay open (least recently used evicted first). Handles in
 * use are never closed under an operation; concurrent opens of one file are coalesced.
 */
export class FdCache {
  private readonly entries = new Map<string, OpenChunk>();
  private readonly opening = new Map<string, Promise<OpenChunk | undefined>>();
  private readonly closing = new Set<Promise<void>>();
  private readonly recency = new Recency(() => this.capacity);
  /** Chunk directories known to exist (see {@link openChunkFile}). */
  private readonly knownDirs = new Set<string>();

  constructor(private capacity: number, private readonly onCloseError: (err: unknown) => void) {}

  /** A handle of `path` with its refs incremented; undefined when missing and not `create`. */
  async acquire(path: string, create: boolean): Promise<OpenChunk | undefined> {
    for (;;) {
      const hit = this.entries.get(path);
      if (hit) {
        hit.refs++;
        this.recency.touch(this.entries, path, hit);
        return hit;
      }
      const pending = this.opening.get(path);
      if (!pending) break;
      if (!(await pending) && !create) return undefined;
    }
    const p = this.openInto(path, create);
    this.opening.set(path, p);
    try {
      return await p;
    } finally {
      this.opening.delete(path);
    }
  }

  /** Keeps an acquired handle open for one more user (ended by {@link release}). */
  retain(oc: OpenChunk): void {
    oc.refs++;
  }

  /** Ends one operation's use of a handle. */
  release(oc: OpenChunk): void {
    oc.refs--;
    if (oc.refs === 0 && !oc.cached) void this.closeHandle(oc);
  }

  /** Drops the cached handle of `path` (before unlink); resolves once closed if idle. */
  evict(path: string): Promise<void> {
    return this.evictMany([path]);
  }

  /** Drops the cached handles of `paths` (before unlinking them); resolves once the idle ones are closed. */
  async evictMany(paths: readonly string[]): Promise<void> {
    let closes: Promise<void>[] | undefined;
    for (const path of paths) {
      const oc = this.entries.get(path);
      if (!oc) continue;
      this.entries.delete(path);
      oc.cached = false;
      if (oc.refs === 0) (closes ??= []).push(this.closeHandle(oc));
    }
    if (closes) await Promise.all(closes);
  }

  /** Number of cached handles. */
  get size(): number {
    return this.entries.size;
  }

  /** Closes every idle handle now and waits for all closes under way. */
  async closeAll(): Promise<void> {
    for (const path of [...this.entries.keys()]) void this.evict(path);
    while (this.closing.size > 0) await Promise.all([...this.closing]);
  }

  /** The most handles kept now (lowered when the process ran out of descriptors). */
  get limit(): number {
    return this.capacity;
  }

  private async openInto(path: string, create: boolean): Promise<OpenChunk | undefined> {
    let fh: FileHandle | undefined;
    try {
      fh = await openChunkFile(path, create, this.knownDirs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if ((code !== 'EMFILE' && code !== 'ENFILE') || this.entries.size === 0) throw e;
      // The descriptor limit is below the configured cache size: keep half of what is open, retry once.
      this.capacity = Math.max(1, Math.floor(this.entries.size / 2));
      this.evictOverflow();
      while (this.closing.size > 0) await Promise.all([...this.closing]);
      fh = await openChunkFile(path, create, this.knownDirs);
    }
    if (!fh) return undefined;
    const oc: OpenChunk = { fh, refs: 1, cached: true, seq: this.recency.stamp() };
    this.entries.set(path, oc);
    this.evictOverflow();
    return oc;
  }

  private evictOverflow(): void {
    for (const [path, oc] of this.entries) {
      if (this.entries.size <= this.capacity) return;
      this.entries.delete(path);
      oc.cached = false;
      if (oc.refs === 0) void this.closeHandle(oc);
    }
  }

  private closeHandle(oc: OpenChunk): Promise<void> {
    const p: Promise<void> = oc.fh.close().catch(this.onCloseError).finally(() => this.closing.delete(p));
    this.closing.add(p);
    return p;
  }
}
