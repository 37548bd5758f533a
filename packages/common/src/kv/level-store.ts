// The on-disk KvStore engine: LevelDB through `level` (classic-level).

import { mkdir } from 'node:fs/promises';
import { Level } from 'level';
import type { KvBatchOp, KvPrefixOptions, KvRange, KvSnapshot, KvStore } from './kv-store.js';
import { checkBatch, scanPrefix } from './kv-util.js';
import { iteratorSnapshot } from './level-raw.js';
import { LevelRecovery, spaceAwareError } from './level-recovery.js';

/** Options of {@link openLevelStore}. */
export interface LevelStoreOptions {
  /** fsync every write before it resolves (slower, survives power loss). Default false. */
  sync?: boolean;
  /** LevelDB's memtable size in bytes (its write buffer): a table is written out each time it fills. Default 4 MiB. */
  writeBufferSize?: number;
  /** Told when the store reopens LevelDB after a failed write (see {@link LevelStore}), and how that went. */
  onReopen?: (cause: Error, err?: Error) => void;
  /**
   * `get` reads on the calling thread (LevelDB's getSync) instead of the thread pool. A key in
   * the memtable or the block cache, or one a table's bloom filter rules out, takes a few
   * microseconds, far less than the hand-off to a pool thread and back; a read that misses the
   * OS page cache blocks the event loop for one disk read. Default false.
   */
  syncReads?: boolean;
}

type Db = Level<string, Uint8Array>;

/** Drop undefined bounds so the engine never sees `gt: undefined`. */
function iteratorOptions(opts: KvRange): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ['gt', 'gte', 'lt', 'lte', 'limit', 'reverse'] as const) {
    if (opts[k] !== undefined) out[k] = opts[k];
  }
  return out;
}

function isLocked(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string; message?: string } } | undefined;
  return e?.cause?.code === 'LEVEL_LOCKED' || /lock/i.test(e?.cause?.message ?? '');
}

interface QueuedWrite {
  ops: readonly KvBatchOp[];
  resolve: () => void;
  reject: (e: unknown) => void;
}

/** LevelDB's own default memtable size. */
const DEFAULT_WRITE_BUFFER = 4 << 20;

/** Most operations merged into one LevelDB write. */
const MAX_MERGED_OPS = 4096;

/**
 * Writes `groups` of operations as one LevelDB batch, in order. It goes through a chained batch:
 * abstract-level's array form copies and re-validates every operation in JavaScript (about 4 us
 * per operation on the 2-core test machine, against 0.4 us for a chained put), and a metadata
 * request writes 5 to 50 of them (bench/level-batch.mjs measures both).
 */
async function writeOps(db: Db, groups: readonly (readonly KvBatchOp[])[], opts: { sync: boolean }): Promise<void> {
  const batch = db.batch();
  try {
    for (const ops of groups) {
      for (const op of ops) {
        if (op.type === 'put') batch.put(op.key, op.value!);
        else batch.del(op.key);
      }
    }
  } catch (e) {
    await batch.close();
    throw e;
  }
  await batch.write(opts);
}

/**
 * After a write fails with an I/O error (a full disk), the database is reopened before the next
 * write ({@link LevelRecovery}).
 *
 * Group commit: while one LevelDB write is in flight, the writes that callers start queue up,
 * and the next write carries all of them as one batch (in call order, so a later caller's
 * value of a key wins, as if applied one after the other). Each caller's promise settles with
 * the write that carried its operations; its operations stay atomic (they are never split).
 * A LevelDB write has a fixed cost (a thread-pool round trip, the log append) that concurrent
 * metadata operations then share.
 */
class LevelStore implements KvStore {
  private readonly writeOpts: { sync: boolean };
  private readonly queue: QueuedWrite[] = [];
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    sync: boolean,
    private readonly recovery: LevelRecovery,
    private readonly syncReads: boolean,
  ) {
    this.writeOpts = { sync };
  }

  private write(ops: readonly KvBatchOp[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ ops, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      let n = 0;
      let k = 0;
      while (k < this.queue.length && (k === 0 || n + this.queue[k]!.ops.length <= MAX_MERGED_OPS)) n += this.queue[k++]!.ops.length;
      const group = this.queue.splice(0, k);
      try {
        await this.recovery.beforeWrite();
        await writeOps(this.db, group.map((g) => g.ops), this.writeOpts);
        for (const g of group) g.resolve();
      } catch (e) {
        this.recovery.noteWriteError(e);
        if (group.length === 1 || this.recovery.pending) this.rejectAll(group, e);
        else await this.writeEach(group); // only the callers whose own write fails see an error
      }
    }
    this.flushing = undefined;
  }

  private async writeEach(group: QueuedWrite[]): Promise<void> {
    for (const [i, g] of group.entries()) {
      try {
        await writeOps(this.db, [g.ops], this.writeOpts);
        g.resolve();
      } catch (e) {
        this.recovery.noteWriteError(e);
        if (this.recovery.pending) return this.rejectAll(group.slice(i), e);
        g.reject(e);
      }
    }
  }

  private rejectAll(group: QueuedWrite[], e: unknown): void {
    const err = spaceAwareError(e);
    for (const g of group) g.reject(err);
  }

  get(key: string): Promise<Uint8Array | undefined> {
    const wait = this.recovery.beforeRead();
    if (wait) return wait.then(() => this.db.get(key));
    if (!this.syncReads) return this.db.get(key);
    try {
      return Promise.resolve(this.db.getSync(key));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  getMany(keys: string[]): Promise<(Uint8Array | undefined)[]> {
    if (keys.length === 0) return Promise.resolve([]);
    const wait = this.recovery.beforeRead();
    return wait ? wait.then(() => this.db.getMany(keys)) : this.db.getMany(keys);
  }

  put(key: string, value: Uint8Array): Promise<void> {
    return this.batch([{ type: 'put', key, value }]);
  }

  del(key: string): Promise<void> {
    return this.batch([{ type: 'del', key }]);
  }

  async batch(ops: KvBatchOp[]): Promise<void> {
    checkBatch(ops);
    if (ops.length === 0) return;
    await this.write(ops.slice());
  }

  async *range(opts: KvRange): AsyncGenerator<[string, Uint8Array]> {
    if (opts.limit !== undefined && opts.limit <= 0) return;
    await this.recovery.beforeRead();
    for await (const entry of this.db.iterator(iteratorOptions(opts))) yield entry;
  }

  keysWithPrefix(prefix: string, opts?: KvPrefixOptions): AsyncIterable<[string, Uint8Array]> {
    return scanPrefix((r) => this.range(r), prefix, opts);
  }

  /**
   * Cut at this call (the iterator's snapshot is taken synchronously): every write whose promise
   * resolved is in it; a group commit in flight is in it whole or not at all.
   */
  async snapshot(): Promise<KvSnapshot> {
    const wait = this.recovery.beforeRead();
    if (wait) await wait; // no write is in flight meanwhile: the cut is the same
    return iteratorSnapshot(this.db.iterator<Uint8Array, Uint8Array>({ keyEncoding: 'view', valueEncoding: 'view' }));
  }

  async close(): Promise<void> {
    await this.flushing;
    return this.db.close();
  }
}

/**
 * Open (creating if needed, with parent directories) a LevelDB store in `dir`.
 * Throws `Error("LevelDB in DIR is in use by another process")` (code `ERR_KV_LOCKED`) when
 * another open handle holds the database lock.
 */
export async function openLevelStore(dir: string, opts: LevelStoreOptions = {}): Promise<KvStore> {
  await mkdir(dir, { recursive: true });
  const writeBufferSize = opts.writeBufferSize ?? DEFAULT_WRITE_BUFFER;
  const db: Db = new Level<string, Uint8Array>(dir, { valueEncoding: 'view', writeBufferSize });
  try {
    await db.open();
  } catch (err) {
    if (isLocked(err)) {
      throw Object.assign(new Error(`LevelDB in ${dir} is in use by another process`, { cause: err }), { code: 'ERR_KV_LOCKED' });
    }
    const detail = (err as { cause?: Error }).cause?.message ?? (err as Error).message;
    throw new Error(`cannot open LevelDB in ${dir}: ${detail}`, { cause: err });
  }
  const recovery = new LevelRecovery({ db, dir, minFreeBytes: 2 * writeBufferSize + (1 << 20), ...(opts.onReopen ? { onReopen: opts.onReopen } : {}) });
  return new LevelStore(db, opts.sync ?? false, recovery, opts.syncReads ?? false);
}
