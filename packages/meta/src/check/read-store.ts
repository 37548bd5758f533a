// Reads the raw content of a stopped meta node's store (format.conf and its LevelDB) for the
// checker: the node's own namespace, and the meta buddy group spaces it holds a copy of.
import { join } from 'node:path';
import { decodeKey, openLevelStore, readFormat, type KvStore } from '@hivefs/common';
import { groupOwner } from '@hivefs/protocol';
import { APPLIED_KEY } from '../journal/keys.js';
import type { StoreImage } from './namespace-check.js';

/** First key parts of the group records in a node's store (journal/keys.ts): not the node's own namespace. */
const GROUP_PARTS = new Set(['G', 'J', 'K']);

async function withStore<T>(dir: string, fn: (kv: KvStore, nodeId: number) => Promise<T>): Promise<T> {
  const format = await readFormat(dir);
  if (!format?.nodeNumID) throw new Error(`${dir} has no format.conf with a node id`);
  const kv = await openLevelStore(join(dir, 'db'));
  try {
    return await fn(kv, format.nodeNumID);
  } finally {
    await kv.close();
  }
}

/** The node id (format.conf) and every key/value of the node's own namespace in the stopped meta store in `dir`. */
export async function readStoreImage(dir: string): Promise<StoreImage> {
  return withStore(dir, async (kv, nodeId) => {
    const entries: Array<[string, Uint8Array]> = [];
    for await (const [k, v] of kv.keysWithPrefix('')) if (!GROUP_PARTS.has(decodeKey(k)[0] ?? '')) entries.push([k, v]);
    return { nodeId, entries };
  });
}

/**
 * The meta buddy group spaces held in the stopped meta store in `dir`, one image each with the
 * group's owner number (groupOwner) as its node and keys relative to the space (its applied
 * position left out). For the checker take each group's image from one member (its primary).
 */
export async function readGroupImages(dir: string): Promise<StoreImage[]> {
  return withStore(dir, async (kv) => {
    const groups = new Map<number, Array<[string, Uint8Array]>>();
    for await (const [k, v] of kv.keysWithPrefix('G:')) {
      const parts = decodeKey(k);
      const groupId = Number.parseInt(parts[1] ?? '', 16);
      const prefixLen = k.indexOf(':', 2) + 1;
      const inner = k.slice(prefixLen);
      if (inner === APPLIED_KEY) continue;
      let list = groups.get(groupId);
      if (!list) groups.set(groupId, (list = []));
      list.push([inner, v]);
    }
    return [...groups].map(([groupId, entries]) => ({ nodeId: groupOwner(groupId), entries }));
  });
}
