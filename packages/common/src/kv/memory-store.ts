// The in-memory KvStore engine: a sorted array with the same semantics as the level engine.

import type { KvBatchOp, KvPrefixOptions, KvRange, KvSnapshot, KvStore } from './kv-store.js';
import { checkBatch, scanPrefix } from './kv-util.js';

interface Entry {
  key: string;
  /** UTF-8 bytes of `key`, kept for byte-order comparisons. */
  bytes: Buffer;
  value: Uint8Array;
}

function inRange(bytes: Buffer, r: KvRange): boolean {
  const cmp = (bound: string): number => Buffer.compare(bytes, Buffer.from(bound, 'utf8'));
  if (r.gt !== undefined && cmp(r.gt) <= 0) return false;
  if (r.gte !== undefined && cmp(r.gte) < 0) return false;
  if (r.lt !== undefined && cmp(r.lt) >= 0) return false;
  if (r.lte !== undefined && cmp(r.lte) > 0) return false;
  return true;
}

class MemoryStore implements KvStore {
  /** Sorted by UTF-8 key bytes. */
  private entries: Entry[] = [];
  private closed = false;

  /** Index of `key`, or -(insertion point) - 1 when missing. */
  private find(key: string): number {
    const bytes = Buffer.from(key, 'utf8');
    let lo = 0;
    let hi = this.entries.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = Buffer.compare(this.entries[mid]!.bytes, bytes);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -lo - 1;
  }

  private check(): void {
    if (this.closed) throw new Error('KV store is closed');
  }

  private putNow(key: string, value: Uint8Array): void {
    const i = this.find(key);
    const entry = { key, bytes: Buffer.from(key, 'utf8'), value: Uint8Array.from(value) };
    if (i >= 0) this.entries[i] = entry;
    else this.entries.splice(-i - 1, 0, entry);
  }

  private delNow(key: string): void {
    const i = this.find(key);
    if (i >= 0) this.entries.splice(i, 1);
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    this.check();
    const i = this.find(key);
    return i >= 0 ? Buffer.from(this.entries[i]!.value) : undefined;
  }

  async getMany(keys: string[]): Promise<(Uint8Array | undefined)[]> {
    this.check();
    return Promise.all(keys.map((k) => this.get(k)));
  }

  async put(key: string, value: Uint8Array): Promise<void> {
    this.check();
    checkBatch([{ type: 'put', key, value }]);
    this.putNow(key, value);
  }

  async del(key: string): Promise<void> {
    this.check();
    this.delNow(key);
  }

  async batch(ops: KvBatchOp[]): Promise<void> {
    this.check();
    checkBatch(ops);
    for (const op of ops) {
      if (op.type === 'put') this.putNow(op.key, op.value!);
      else this.delNow(op.key);
    }
  }

  async *range(opts: KvRange): AsyncGenerator<[string, Uint8Array]> {
    this.check();
    // Snapshot at the start, like a LevelDB iterator.
    const hits = this.entries.filter((e) => inRange(e.bytes, opts));
    if (opts.reverse) hits.reverse();
    const limit = opts.limit ?? Infinity;
    for (const e of hits.slice(0, Math.max(0, limit))) yield [e.key, Buffer.from(e.value)];
  }

  keysWithPrefix(prefix: string, opts?: KvPrefixOptions): AsyncIterable<[string, Uint8Array]> {
    return scanPrefix((r) => this.range(r), prefix, opts);
  }

  /** Cut at this call: a copy of the entry list (entries are replaced on write, never changed). */
  async snapshot(): Promise<KvSnapshot> {
    this.check();
    const copy = this.entries.slice();
    return {
      async *entries() {
        for (const e of copy) yield [Buffer.from(e.bytes), Buffer.from(e.value)];
      },
      close: async () => undefined,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

/**
 * A sorted in-memory {@link KvStore} with the same semantics as `openLevelStore`
 * (byte-ordered keys, atomic batches, snapshot iteration,
 * values copied in and out). For unit tests.
 */
export function openMemoryStore(): KvStore {
  return new MemoryStore();
}
