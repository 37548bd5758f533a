// A LevelDB opened without the store layers: raw byte keys and values, for offline tools (dump, restore).
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { Level } from 'level';
import type { KvSnapshot } from './kv-store.js';
import { levelLockHolder } from './level-lock.js';

type RawDb = Level<Uint8Array, Uint8Array>;

/** One raw entry: key bytes, value bytes. */
export type RawEntry = [Uint8Array, Uint8Array];

/** Options of {@link openRawLevel}. */
export interface RawLevelOptions {
  /** Create the database when it is missing (default false: a missing one is an error). */
  create?: boolean;
}

/** Entries read per native call while iterating. */
const ENTRIES_PER_READ = 1000;
/** Bytes of keys and values gathered before a batch is written. */
const BATCH_BYTES = 4 << 20;

/** A LevelDB opened by {@link openRawLevel}; it holds the database lock until closed. */
export class RawLevel {
  constructor(private readonly db: RawDb, readonly dir: string) {}

  /** Every entry in key byte order, read from one implicit snapshot taken when this is called. */
  entries(): AsyncIterable<RawEntry> {
    return iteratorSnapshot(this.db.iterator({ keyEncoding: 'view', valueEncoding: 'view' })).entries();
  }

  /**
   * Writes `entries` in batches of about 4 MiB; the last batch is written with sync, which makes
   * every earlier write durable too (LevelDB's log is one file, synced as a whole). Returns the
   * number of entries written.
   */
  async putAll(entries: AsyncIterable<RawEntry>): Promise<number> {
    const enc = { keyEncoding: 'view', valueEncoding: 'view' } as const;
    let batch = this.db.batch();
    let bytes = 0;
    let count = 0;
    for await (const [key, value] of entries) {
      batch.put(key, value, enc);
      bytes += key.length + value.length;
      count++;
      if (bytes >= BATCH_BYTES) {
        await batch.write();
        batch = this.db.batch();
        bytes = 0;
      }
    }
    await batch.write({ sync: true });
    return count;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/** The part of a LevelDB iterator that {@link iteratorSnapshot} uses. */
export interface RawIterator {
  nextv(size: number): Promise<[Uint8Array, Uint8Array][]>;
  close(): Promise<void>;
}

/**
 * A KvSnapshot over a LevelDB iterator opened with byte encodings. classic-level cuts the
 * iterator's implicit snapshot synchronously when `db.iterator()` is called, so the snapshot is
 * the database as it was at that call, whatever is written while it is read.
 */
export function iteratorSnapshot(it: RawIterator): KvSnapshot {
  let used = false;
  return {
    async *entries() {
      if (used) throw new Error('a KV snapshot can be iterated only once');
      used = true;
      try {
        for (;;) {
          const batch = await it.nextv(ENTRIES_PER_READ);
          if (batch.length === 0) return;
          yield* batch;
        }
      } finally {
        await it.close();
      }
    },
    close: () => it.close(),
  };
}

function lockedError(dir: string, pid: number | undefined, cause?: unknown): Error {
  const who = pid === undefined ? 'another process' : pid === process.pid ? `this process (${pid})` : `process ${pid}`;
  return Object.assign(new Error(`the LevelDB in ${dir} is in use by ${who}`, { cause }), { code: 'ERR_KV_LOCKED', pid });
}

function isLockError(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string; message?: string } } | undefined;
  return e?.cause?.code === 'LEVEL_LOCKED' || /lock/i.test(e?.cause?.message ?? '');
}

/**
 * Opens the LevelDB in `dir` with byte keys and values, bypassing every cache layer of the
 * daemons. Throws a clear Error when the database is missing (unless `create`), or locked by
 * another process: `... is in use by process <pid>` (from /proc/locks), code `ERR_KV_LOCKED`.
 */
export async function openRawLevel(dir: string, opts: RawLevelOptions = {}): Promise<RawLevel> {
  if (!opts.create) {
    await access(join(dir, 'CURRENT')).catch(() => {
      throw new Error(`${dir} holds no LevelDB (no CURRENT file)`);
    });
  }
  // Look for a holder before opening: LevelDB's failed second open in one process closes its
  // LOCK file descriptor, which drops that process's POSIX lock (the holder would vanish).
  const holder = await levelLockHolder(dir);
  if (holder !== undefined) throw lockedError(dir, holder);
  const db: RawDb = new Level<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view', createIfMissing: !!opts.create, errorIfExists: !!opts.create });
  try {
    await db.open();
  } catch (err) {
    if (isLockError(err)) throw lockedError(dir, await levelLockHolder(dir), err);
    const detail = (err as { cause?: Error }).cause?.message ?? (err as Error).message;
    throw new Error(`cannot open LevelDB in ${dir}: ${detail}`, { cause: err });
  }
  return new RawLevel(db, dir);
}
