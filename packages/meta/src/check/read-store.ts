// Reads the raw content of a stopped meta node's store (format.conf and its LevelDB) for the checker.
import { join } from 'node:path';
import { openLevelStore, readFormat } from '@hivefs/common';
import type { StoreImage } from './namespace-check.js';

/** The node id (format.conf) and every key/value of the stopped meta store in `dir`. */
export async function readStoreImage(dir: string): Promise<StoreImage> {
  const format = await readFormat(dir);
  if (!format?.nodeNumID) throw new Error(`${dir} has no format.conf with a node id`);
  const kv = await openLevelStore(join(dir, 'db'));
  try {
    const entries: Array<[string, Uint8Array]> = [];
    for await (const [k, v] of kv.keysWithPrefix('')) entries.push([k, v]);
    return { nodeId: format.nodeNumID, entries };
  } finally {
    await kv.close();
  }
}
