// An approximate least-recently-used order kept in a Map's insertion order, for the caches of
// meta (KV records), storage (chunk fds) and the client (names and attributes).

/** A cache entry whose place in the order is tracked. */
export interface Stamped {
  /** The order's count when the entry last got to the young end. */
  seq: number;
}

/**
 * Entries sit in a Map oldest first; eviction takes the first. A used entry moves to the young end
 * (delete and set) only when more than a quarter of the capacity was added or moved since it last
 * did: exact LRU for caches of under 4 entries, approximate beyond. Moving on every use was the
 * old way, and V8's Map keeps deleted slots in their hash chain until it rehashes, so refreshing
 * one hot key (the directory every create and unlink in it reads) made each access of the Map
 * walk thousands of dead slots: ~10 µs at 27,000 entries, growing with the size.
 */
export class Recency {
  private seq = 0;

  /** `capacity`: the cache's size limit now (it may change). */
  constructor(private readonly capacity: () => number) {}

  /** The stamp of an entry added now (at the young end). */
  stamp(): number {
    return ++this.seq;
  }

  /** `entry` (stored in `map` under `key`) was used: moves it to the young end when it is due. */
  touch<K, V extends Stamped>(map: Map<K, V>, key: K, entry: V): void {
    if (this.seq - entry.seq <= Math.floor(this.capacity() / 4)) return;
    map.delete(key);
    entry.seq = ++this.seq;
    map.set(key, entry);
  }
}
