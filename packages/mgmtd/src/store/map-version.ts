// The map header in the store: schema number, map version and root meta node id (small JSON).
import type { KvBatchOp, KvStore } from '@hivefs/common';
import { HEADER_KEY } from './keys.js';
import { CorruptRecordError } from './scan.js';

/** Store schema this code reads and writes. */
export const STORE_SCHEMA = 1;

/** What the header holds. */
export interface MapHeader {
  version: number;
  rootNodeId: number;
}

/** Reads the header; a new store starts at version 0 without a root node. */
export async function loadHeader(kv: KvStore): Promise<MapHeader> {
  const bytes = await kv.get(HEADER_KEY);
  if (!bytes) return { version: 0, rootNodeId: 0 };
  let h: { schema?: unknown; version?: unknown; rootNodeId?: unknown };
  try {
    h = JSON.parse(Buffer.from(bytes).toString('utf8')) as typeof h;
  } catch (err) {
    throw new CorruptRecordError(`mgmtd store header is not JSON: ${(err as Error).message}`, { cause: err });
  }
  if (h.schema !== STORE_SCHEMA) throw new CorruptRecordError(`mgmtd store has schema ${String(h.schema)}; this mgmtd reads schema ${STORE_SCHEMA} only`);
  if (!Number.isSafeInteger(h.version) || !Number.isSafeInteger(h.rootNodeId)) throw new CorruptRecordError('mgmtd store header lacks version or rootNodeId');
  return { version: h.version as number, rootNodeId: h.rootNodeId as number };
}

/** The store operation that writes the header. */
export function headerOp(h: MapHeader): KvBatchOp {
  const json = JSON.stringify({ schema: STORE_SCHEMA, version: h.version, rootNodeId: h.rootNodeId });
  return { type: 'put', key: HEADER_KEY, value: Buffer.from(json, 'utf8') };
}
