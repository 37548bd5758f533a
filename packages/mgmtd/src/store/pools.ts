// Storage pool records in the store: StoragePool protobuf with id and alias.
import type { KvBatchOp, KvStore } from '@hivefs/common';
import { hivefs } from '@hivefs/protocol';
import { POOL_PREFIX, poolKey } from './keys.js';
import type { PoolRecord } from './records.js';
import { loadRecords } from './scan.js';

/** Encodes a pool (members are derived, never stored). */
export function encodePool(p: PoolRecord): Uint8Array {
  return hivefs.StoragePool.encode({ poolId: p.poolId, alias: p.alias }).finish();
}

/** Decodes a stored pool. */
export function decodePool(bytes: Uint8Array): PoolRecord {
  const m = hivefs.StoragePool.decode(bytes);
  if (!m.poolId) throw new Error('pool id 0');
  return { poolId: m.poolId, alias: m.alias };
}

/** Every stored pool. */
export function loadPools(kv: KvStore): Promise<PoolRecord[]> {
  return loadRecords(kv, POOL_PREFIX, decodePool);
}

/** Store operations that persist a pool. */
export function putPoolOps(p: PoolRecord): KvBatchOp[] {
  return [{ type: 'put', key: poolKey(p.poolId), value: encodePool(p) }];
}
