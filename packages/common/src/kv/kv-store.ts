// The engine-agnostic KV store interface, with the on-disk (level) and in-memory engines.

export { openLevelStore, type LevelStoreOptions } from './level-store.js';
export { logReopens } from './level-recovery.js';
export { openMemoryStore } from './memory-store.js';
export { checkBatch, compareKeys } from './kv-util.js';
export { openRawLevel, RawLevel, type RawEntry, type RawLevelOptions } from './level-raw.js';
export { levelLockHolder, lockHoldersIn, LEVEL_LOCK_FILE } from './level-lock.js';
export { overlaySnapshot, type OverlayEntry } from './snapshot-overlay.js';

/** One operation of an atomic {@link KvStore.batch}. `value` is required for `put`. */
export interface KvBatchOp {
  type: 'put' | 'del';
  key: string;
  value?: Uint8Array;
  /**
   * A put that a memory layer may keep in memory only (lost on a crash, written out on a clean
   * close). Stores without such a layer write it like any other put, which is always correct.
   */
  volatile?: boolean;
}

/**
 * Key range of {@link KvStore.range}. Bounds compare keys by their UTF-8 bytes; `limit`
 * counts entries in iteration order (so with `reverse` it takes the last ones).
 */
export interface KvRange {
  gt?: string;
  gte?: string;
  lt?: string;
  lte?: string;
  limit?: number;
  reverse?: boolean;
}

/** Options of {@link KvStore.keysWithPrefix}. */
export interface KvPrefixOptions {
  /** Full key to start after (exclusive), for paging. */
  after?: string;
  /** Largest number of entries to yield. */
  limit?: number;
}

/**
 * Ordered string-keyed, binary-valued store. Keys are compared by UTF-8 bytes; build them
 * with `key()`/`prefix()` from the key codec. Each engine passes the same conformance suite.
 */
export interface KvStore {
  /** The value of `key`, or undefined when it is missing. */
  get(key: string): Promise<Uint8Array | undefined>;
  /** Values of several keys, undefined for missing ones, in the order asked. */
  getMany(keys: string[]): Promise<(Uint8Array | undefined)[]>;
  put(key: string, value: Uint8Array): Promise<void>;
  /** Delete `key`; deleting a missing key is not an error. */
  del(key: string): Promise<void>;
  /** Apply all operations atomically, in order: either all take effect or none. */
  batch(ops: KvBatchOp[]): Promise<void>;
  /** Entries in key order (or reverse) within the bounds, from a consistent snapshot. */
  range(opts: KvRange): AsyncIterable<[string, Uint8Array]>;
  /** Entries whose key starts with `prefix`, in key order. */
  keysWithPrefix(prefix: string, opts?: KvPrefixOptions): AsyncIterable<[string, Uint8Array]>;
  /**
   * A point-in-time view of the whole store, cut before the promise resolves: it holds every
   * write acknowledged before the call and none started after it resolved; a write in flight is
   * in it whole or not at all. Layers that keep acknowledged writes in memory only put them in
   * too. Optional: engines and layers that cannot cut one leave it out.
   */
  snapshot?(): Promise<KvSnapshot>;
  close(): Promise<void>;
}

/** A consistent snapshot of a {@link KvStore} (see `KvStore.snapshot`). */
export interface KvSnapshot {
  /** Every entry once, in key byte order, as raw UTF-8 key bytes and value bytes. Iterate once. */
  entries(): AsyncIterable<[Uint8Array, Uint8Array]>;
  /** Releases the snapshot (also done when `entries` is iterated to its end or left early). */
  close(): Promise<void>;
}
export { cachedStore, type CachedStoreOptions } from './cached-store.js';
export { PrefixedKv, prefixedKv } from './prefixed-kv.js';
