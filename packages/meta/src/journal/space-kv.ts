// The space as a MetaStore sees it: reads of the space, writes through the primary's journal.
import type { KvBatchOp, KvPrefixOptions, KvRange, KvStore, PrefixedKv } from '@hivefs/common';

/** What {@link SpaceKv} needs of its space. */
export interface SpaceAccess {
  readonly view: PrefixedKv;
  /** Writes through the primary side; NOT_PRIMARY on a secondary. */
  write(ops: KvBatchOp[]): Promise<void>;
}

/** The space as a KvStore for a MetaStore: reads of the view, writes through the primary side. */
export class SpaceKv implements KvStore {
  constructor(private readonly space: SpaceAccess) {}
  get(key: string): Promise<Uint8Array | undefined> {
    return this.space.view.get(key);
  }
  getMany(keys: string[]): Promise<(Uint8Array | undefined)[]> {
    return this.space.view.getMany(keys);
  }
  put(key: string, value: Uint8Array): Promise<void> {
    return this.space.write([{ type: 'put', key, value }]);
  }
  del(key: string): Promise<void> {
    return this.space.write([{ type: 'del', key }]);
  }
  batch(ops: KvBatchOp[]): Promise<void> {
    return this.space.write(ops);
  }
  range(opts: KvRange): AsyncIterable<[string, Uint8Array]> {
    return this.space.view.range(opts);
  }
  keysWithPrefix(prefix: string, opts?: KvPrefixOptions): AsyncIterable<[string, Uint8Array]> {
    return this.space.view.keysWithPrefix(prefix, opts);
  }
  /** The space outlives the stores opened on it: closing one of them is a no-op. */
  async close(): Promise<void> {}
}
