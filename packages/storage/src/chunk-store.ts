// Chunk files on the targets: write/read/truncate/unlink/fsync/extent (length and blocks) with an LRU fd cache, batch unlinks in a worker. No sockets.
import { stat, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { ErrCode, HiveError } from '@hivefs/protocol';
import { KeyedLocks, type Logger } from '@hivefs/common';
import { startWriteback } from '@hivefs/nowait-io';
import { chunkPath } from './chunk-path.js';
import { EarlyWriteback, type StartWriteback } from './early-writeback.js';
import { FdCache, type OpenChunk } from './fd-cache.js';
import { chunkIoError } from './fs-errors.js';
import { blocksOf, readFully, writeFully } from './file-io.js';
import { chunksDirOf, type TargetSet } from './targets.js';
import { UnlinkWorker } from './unlink-worker.js';

const EMPTY = Buffer.alloc(0);

/** Largest byte position of a chunk file the store accepts (1 PiB; the file system may refuse earlier). */
export const MAX_CHUNK_FILE_BYTES = 2 ** 50;

/** Throws INVALID_ARGUMENT unless [offset, offset+length) is a valid byte range of a chunk file. */
export function checkRange(what: string, offset: number, length: number): void {
  if (!Number.isSafeInteger(offset) || offset < 0 || !(offset + length <= MAX_CHUNK_FILE_BYTES)) {
    throw new HiveError(ErrCode.INVALID_ARGUMENT, `${what} of ${length} bytes at offset ${offset} is outside the chunk file range 0..${MAX_CHUNK_FILE_BYTES}`);
  }
}

/** Options of {@link ChunkStore}. */
export interface ChunkStoreInit {
  targets: TargetSet;
  /** Idle chunk file descriptors kept open (tuneNumOpenChunkFiles). */
  maxOpenFiles: number;
  log: Logger;
  /** Removes the chunk files of {@link ChunkStore.unlinkMany}; one of its own when omitted. Terminated by close(). */
  unlinker?: UnlinkWorker;
  /** Reads of at most this many bytes take page-cached data on the event loop first (tuneCachedReadMaxKiB); 0: never. */
  cachedReadMax?: number;
  /** New bytes of a chunk file after which its write-out to disk is started (tuneEarlyWritebackKiB); 0 or omitted: never. */
  earlyWritebackBytes?: number;
  /** How a write-out is started (the nowait-io addon's startWriteback unless a test gives another). */
  startWriteback?: StartWriteback;
}

/** A chunk file's length and the 512-byte blocks it holds on disk (fewer than its length implies where it is sparse). */
export interface ChunkExtent {
  length: number;
  blocks: number;
}

/** What a write did: bytes written and the blocks the chunk file holds after it. */
export interface ChunkWrite {
  written: number;
  blocks: number;
}

/** A chunk file named by target and entry id. */
export interface ChunkRef {
  targetId: number;
  entryId: string;
  /** A buddy-mirrored file's chunk (in buddymir/, not chunks/). */
  mirrored?: boolean;
}

/** Outcome of one chunk of {@link ChunkStore.unlinkMany}: whether it existed, or why it failed. */
export type ChunkUnlinkResult = { existed: boolean } | { error: HiveError };

function shuttingDown(op: string, entryId: string): HiveError {
  return new HiveError(ErrCode.SHUTTING_DOWN, `storage is shutting down; ${op} of ${entryId} refused`);
}

/** The chunk files of all targets of one daemon. Entry and target ids are checked on every call. */
export class ChunkStore {
  private readonly targets: TargetSet;
  private readonly locks = new KeyedLocks();
  private readonly fds: FdCache;
  private readonly unlinker: UnlinkWorker;
  private readonly cachedReadMax: number;
  private readonly writeback: EarlyWriteback;
  private active = 0;
  private closed = false;
  private onIdle: (() => void) | undefined;

  constructor(init: ChunkStoreInit) {
    this.targets = init.targets;
    this.fds = new FdCache(init.maxOpenFiles, (err) => init.log.warn({ err }, 'closing a chunk file failed'));
    this.unlinker = init.unlinker ?? new UnlinkWorker(init.log);
    this.cachedReadMax = init.cachedReadMax ?? 0;
    this.writeback = new EarlyWriteback({
      everyBytes: init.earlyWritebackBytes ?? 0,
      start: init.startWriteback ?? startWriteback,
      retain: (oc) => this.fds.retain(oc),
      release: (oc) => this.fds.release(oc),
      onError: (errno) => init.log.warn({ errno }, 'starting the write-out of a chunk file early failed; the kernel writes it back on its own'),
    });
  }

  /**
   * Writes `data` at `offset`, creating the chunk file (and its directories) on first write;
   * resolves the bytes written and the blocks the file holds after the write (one fstat).
   */
  async write(targetId: number, entryId: string, offset: number, data: Uint8Array, mirrored = false): Promise<ChunkWrite> {
    checkRange('write', offset, data.length);
    if (data.length === 0) return { written: 0, blocks: (await this.extent(targetId, entryId, mirrored)).blocks };
    return this.withChunk('write', targetId, entryId, mirrored, true, async (fh, oc) => {
      const written = await writeFully(fh!, data, offset);
      this.writeback.wrote(oc!, offset, written);
      return { written, blocks: blocksOf(fh!) };
    });
  }

  /**
   * Reads up to `length` bytes at `offset`; shorter at the end of the file, empty for a missing
   * chunk. The bytes land in `into` (at least `length` bytes; the result is a view of it) or in a
   * new buffer. Once this settles, nothing writes to `into` any more, also after a failure.
   */
  async read(targetId: number, entryId: string, offset: number, length: number, into?: Buffer, mirrored = false): Promise<Buffer> {
    checkRange('read', offset, length);
    if (into && into.length < length) throw new HiveError(ErrCode.INTERNAL, `read of ${length} bytes into a buffer of ${into.length}`);
    return this.withChunk('read', targetId, entryId, mirrored, false, async (fh) => {
      if (!fh || length === 0) return EMPTY;
      const buf = into ? into.subarray(0, length) : Buffer.allocUnsafe(length);
      return buf.subarray(0, await readFully(fh, buf, offset, this.cachedReadMax));
    });
  }

  /**
   * Sets the chunk file's length (sparse when growing); truncating a missing chunk to 0 does
   * nothing. Resolves the blocks the file holds afterwards (0 for a missing one).
   */
  async truncate(targetId: number, entryId: string, length: number, mirrored = false): Promise<number> {
    checkRange('truncate', length, 0);
    return this.withChunk('truncate', targetId, entryId, mirrored, length > 0, async (fh) => {
      if (!fh) return 0;
      await fh.truncate(length);
      return blocksOf(fh);
    });
  }

  /** Flushes a chunk file to stable storage; nothing to do for a missing chunk. */
  fsync(targetId: number, entryId: string, mirrored = false): Promise<void> {
    return this.withChunk('fsync', targetId, entryId, mirrored, false, async (fh) => {
      if (fh) await fh.sync();
    });
  }

  /** Length and blocks of a chunk file, both 0 when it does not exist. */
  extent(targetId: number, entryId: string, mirrored = false): Promise<ChunkExtent> {
    return this.guard('stat', targetId, entryId, mirrored, async (path) => {
      try {
        const st = await stat(path);
        return { length: st.size, blocks: st.blocks };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { length: 0, blocks: 0 };
        throw e;
      }
    });
  }

  /** Removes a chunk file; resolves whether it existed. Waits for operations on it to finish. */
  unlink(targetId: number, entryId: string, mirrored = false): Promise<boolean> {
    return this.guard('unlink', targetId, entryId, mirrored, async (path) => {
      const w = this.locks.exclusive(path);
      if (w) await w;
      try {
        await this.fds.evict(path);
        await unlink(path);
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw e;
      } finally {
        this.locks.releaseExclusive(path);
      }
    });
  }

  /**
   * Removes many chunk files; results in `refs` order. A bad entry id, an unknown target or a
   * failed unlink fails only its own entry (the errors of {@link unlink}); refs naming one file
   * share its result. Takes the exclusive lock of every file (waiting for operations on them),
   * then removes them all in one batch in the worker thread.
   */
  async unlinkMany(refs: readonly ChunkRef[]): Promise<ChunkUnlinkResult[]> {
    const results: ChunkUnlinkResult[] = new Array(refs.length);
    const byPath = new Map<string, { targetId: number; refs: number[] }>();
    for (let i = 0; i < refs.length; i++) {
      const { targetId, entryId, mirrored } = refs[i]!;
      let path: string;
      try {
        path = chunkPath(chunksDirOf(this.targets.get(targetId), mirrored), entryId);
      } catch (e) {
        results[i] = { error: e as HiveError };
        continue;
      }
      if (this.closed) {
        results[i] = { error: shuttingDown('unlink', entryId) };
        continue;
      }
      const same = byPath.get(path);
      if (same) same.refs.push(i);
      else byPath.set(path, { targetId, refs: [i] });
    }
    if (byPath.size === 0) return results;
    const paths = [...byPath.keys()];
    this.active++;
    try {
      let waits: Promise<void>[] | undefined;
      for (const path of paths) {
        const w = this.locks.exclusive(path);
        if (w) (waits ??= []).push(w);
      }
      try {
        if (waits) await Promise.all(waits);
        await this.fds.evictMany(paths);
        const out = await this.unlinker.unlinkAll(paths);
        for (let k = 0; k < paths.length; k++) {
          const r = out[k]!;
          const { targetId, refs: at } = byPath.get(paths[k]!)!;
          const res: ChunkUnlinkResult = 'existed' in r ? r : { error: chunkIoError(r, 'unlink', paths[k]!, targetId) };
          for (const i of at) results[i] = res;
        }
      } finally {
        for (const path of paths) this.locks.releaseExclusive(path);
      }
    } finally {
      if (--this.active === 0) this.onIdle?.();
    }
    return results;
  }

  /** Number of cached chunk file descriptors. */
  get openFiles(): number {
    return this.fds.size;
  }

  /** Refuses new operations, waits for running ones, closes every file descriptor and stops the unlink worker. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.active > 0) await new Promise<void>((r) => (this.onIdle = r));
    await this.writeback.stop();
    await this.fds.closeAll();
    await this.unlinker.terminate();
  }

  /** Runs `fn` under a shared chunk lock with an open handle (undefined: missing, not created). */
  private withChunk<T>(op: string, targetId: number, entryId: string, mirrored: boolean, create: boolean, fn: (fh: FileHandle | undefined, oc: OpenChunk | undefined) => T | Promise<T>): Promise<T> {
    return this.guard(op, targetId, entryId, mirrored, async (path) => {
      const w = this.locks.shared(path);
      if (w) await w;
      try {
        const oc = await this.fds.acquire(path, create);
        try {
          return await fn(oc?.fh, oc);
        } finally {
          if (oc) this.fds.release(oc);
        }
      } finally {
        this.locks.releaseShared(path);
      }
    });
  }

  /** Validates ids, counts the operation as active and maps file-system errors. */
  private async guard<T>(op: string, targetId: number, entryId: string, mirrored: boolean, fn: (path: string) => Promise<T>): Promise<T> {
    const t = this.targets.get(targetId);
    const path = chunkPath(chunksDirOf(t, mirrored), entryId);
    if (this.closed) throw shuttingDown(op, entryId);
    this.active++;
    try {
      return await fn(path);
    } catch (e) {
      throw chunkIoError(e, op, path, t.id);
    } finally {
      if (--this.active === 0) this.onIdle?.();
    }
  }
}
