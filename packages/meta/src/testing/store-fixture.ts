// Builds a MetaStore over an in-memory KV with a fake storage side, for unit tests.
import { cachedStore, openMemoryStore, type KvStore } from '@hivefs/common';
import { indexPrefixes } from '../store/prefix-index.js';
import { hivefs } from '@hivefs/protocol';
import { StripeChooser } from '../layout/stripe-chooser.js';
import { MetaStore } from '../store/meta-store.js';
import type { Cred, Pattern } from '../store/types.js';
import type { MetaPeers } from '../intents/peers.js';
import { FakeChunkService } from './fake-chunks.js';

/** Root credentials. */
export const ROOT: Cred = { uid: 0, gid: 0, gids: [] };

/** Credentials of an ordinary user. */
export function user(uid: number, gid = uid, gids: number[] = []): Cred {
  return { uid, gid, gids };
}

/** A cluster map with the given storage targets (all normal, online, pool 1). */
export function mapWithTargets(ids: number[]): hivefs.IClusterMap {
  return {
    version: 1,
    targets: ids.map((targetId) => ({ targetId, nodeId: Math.floor(targetId / 100), nodeType: hivefs.NodeType.STORAGE, reachability: hivefs.Reachability.ONLINE, capacityPool: hivefs.CapacityPool.NORMAL, storagePoolId: 1 })),
  };
}

/** The default root pattern of test stores: 64 KiB chunks over 2 targets. */
export const TEST_PATTERN: Pattern = { type: hivefs.PatternType.RAID0, chunkSize: 64 * 1024, numTargets: 2, ids: [], storagePoolId: 1 };

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** A store with root created, plus its fake storage and KV. */
export interface TestStore {
  store: MetaStore;
  chunks: FakeChunkService;
  kv: KvStore;
  /** The store below the memory layers: what survives a crash (open a store on it to restart after one). */
  disk: KvStore;
  map: hivefs.IClusterMap;
}

/** Opens a store (on `kv`, or a fresh memory KV) over targets 101, 102, 201, 202 in round-robin order. */
export async function openTestStore(opts: { kv?: KvStore; nodeId?: number; chunks?: FakeChunkService; peers?: MetaPeers } = {}): Promise<TestStore> {
  // The same wrappers as the daemon (read cache, in-memory session index); a tiny cache so that
  // eviction is exercised too.
  const disk = opts.kv ?? openMemoryStore();
  const kv = await indexPrefixes(cachedStore(disk, { maxEntries: 64 }));
  const chunks = opts.chunks ?? new FakeChunkService();
  const map = mapWithTargets([101, 102, 201, 202]);
  const chooser = new StripeChooser({ mode: 'roundrobin', map: () => map });
  const store = await MetaStore.open({ kv, nodeId: opts.nodeId ?? 1, chunks, chooseTargets: (p) => chooser.choose(p), log: quiet, ...(opts.peers ? { peers: opts.peers } : {}) });
  await store.ensureRoot(TEST_PATTERN);
  return { store, chunks, kv, disk, map };
}
