// The on-disk KvStore engine: LevelDB through `level` (classic-level).

import { mkdir } from 'node:fs/promises';
import { Level } from 'level';
import type { KvBatchOp, KvPrefixOptions, KvRange, KvStore } from './kv-store.js';
import { checkBatch, scanPrefix } from './kv-util.js';

/** Options of {@link openLevelStore}. */
export interface LevelStoreOptions {
  /** fsync every write before it resolves (slower, survives power loss). Default false. */
  sync?: boolean;
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

class LevelStore implements KvStore {
  private readonly writeOpts: { sync: boolean };

  constructor(private readonly db: Db, sync: boolean) {
    this.writeOpts = { sync };
  }

  get(key: string): Promise<Uint8Array | undefined> {
    return this.db.get(key);
  }

  getMany(keys: string[]): Promise<(Uint8Array | undefined)[]> {
    return keys.length === 0 ? Promise.resolve([]) : this.db.getMany(keys);
  }

  put(key: string, value: Uint8Array): Promise<void> {
    return this.db.put(key, value, this.writeOpts);
  }

  del(key: string): Promise<void> {
    return this.db.del(key, this.writeOpts);
  }

  async batch(ops: KvBatchOp[]): Promise<void> {
    checkBatch(ops);
    if (ops.length === 0) return;
    const chained = ops.map((op) => (op.type === 'put' ? { type: 'put' as const, key: op.key, value: op.value! } : { type: 'del' as const, key: op.key }));
    await this.db.batch(chained, this.writeOpts);
  }

  async *range(opts: KvRange): AsyncGenerator<[string, Uint8Array]> {
    if (opts.limit !== undefined && opts.limit <= 0) return;
    for await (const entry of this.db.iterator(iteratorOptions(opts))) yield entry;
  }

  keysWithPrefix(prefix: string, opts?: KvPrefixOptions): AsyncIterable<[string, Uint8Array]> {
    return scanPrefix((r) => this.range(r), prefix, opts);
  }

  close(): Promise<void> {
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
  const db: Db = new Level<string, Uint8Array>(dir, { valueEncoding: 'view' });
  try {
    await db.open();
  } catch (err) {
    if (isLocked(err)) {
      throw Object.assign(new Error(`LevelDB in ${dir} is in use by another process`, { cause: err }), { code: 'ERR_KV_LOCKED' });
    }
    const detail = (err as { cause?: Error }).cause?.message ?? (err as Error).message;
    throw new Error(`cannot open LevelDB in ${dir}: ${detail}`, { cause: err });
  }
  return new LevelStore(db, opts.sync ?? false);
}
