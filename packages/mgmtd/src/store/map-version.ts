// The map header in the store: schema number, map version, root meta node id and, after
// --mirrormd, the root's meta buddy group id (small JSON).
import type { KvBatchOp, KvStore } from '@hivefs/common';
import { HEADER_KEY } from './keys.js';
import { CorruptRecordError } from './scan.js';

/** Store schema this code reads and writes. */
export const STORE_SCHEMA = 1;

/** What the header holds. */
export interface MapHeader {
  version: number;
  rootNodeId: number;
  /** The meta buddy group holding the root directory (0: unmirrored root). */
  rootGroupId: number;
}

/**
 * Reads the header; a new store starts at version 0 without a root node. Headers written before
 * meta mirroring have no rootGroupId: read as 0 (same schema, the field is optional).
 */
export async function loadHeader(kv: KvStore): Promise<MapHeader> {
  const bytes = await kv.get(HEADER_KEY);
  if (!bytes) return { version: 0, rootNodeId: 0, rootGroupId: 0 };
  let h: { schema?: unknown; version?: unknown; rootNodeId?: unknown; rootGroupId?: unknown };
  try {
    h = JSON.parse(Buffer.from(bytes).toString('utf8')) as typeof h;
  } catch (err) {
    throw new CorruptRecordError(`mgmtd store header is not JSON: ${(err as Error).message}`, { cause: err });
  }
  if (h.schema !== STORE_SCHEMA) throw new CorruptRecordError(`mgmtd store has schema ${String(h.schema)}; this mgmtd reads schema ${STORE_SCHEMA} only`);
  if (!Number.isSafeInteger(h.version) || !Number.isSafeInteger(h.rootNodeId)) throw new CorruptRecordError('mgmtd store header lacks version or rootNodeId');
  const rootGroupId = h.rootGroupId ?? 0;
  if (!Number.isSafeInteger(rootGroupId)) throw new CorruptRecordError(`mgmtd store header has a bad rootGroupId (${JSON.stringify(h.rootGroupId)})`);
  return { version: h.version as number, rootNodeId: h.rootNodeId as number, rootGroupId: rootGroupId as number };
}

/** The store operation that writes the header. */
export function headerOp(h: MapHeader): KvBatchOp {
  const json = JSON.stringify({ schema: STORE_SCHEMA, version: h.version, rootNodeId: h.rootNodeId, rootGroupId: h.rootGroupId });
  return { type: 'put', key: HEADER_KEY, value: Buffer.from(json, 'utf8') };
}
