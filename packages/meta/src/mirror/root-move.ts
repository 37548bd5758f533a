// --mirrormd on the meta side: the root directory moves from the node's own space into the space
// of the meta buddy group the map names (map.root_group_id). Only the root itself moves: its
// inode, its entries (names) and its extended attributes. What the entries name stays where it is
// (existing directories stay unmirrored; directories created later under a mirrored directory are
// mirrored).
import type { KvBatchOp, KvStore, Logger } from '@hivefs/common';
import { groupOfOwner, ROOT_ENTRY_ID } from '@hivefs/protocol';
import { decodeInode, encodeInode } from '../store/codec.js';
import { dentryPrefix, inodeKey, ROOT_GROUP_KEY, xattrPrefix } from '../store/keys.js';

/** Records per journaled batch of the move. */
const MOVE_BATCH = 256;

/** What {@link moveRootIntoGroup} did. */
export type RootMove =
  /** The group space holds the root (moved now or before); `cleared` own-space records were deleted. */
  | { done: true; copied: number; cleared: number }
  /** Neither space holds it: this node never held the root. */
  | { done: false };

/** Every record of the root directory in `kv`: dentries and xattrs (the inode is separate). */
async function rootRecords(kv: KvStore): Promise<[string, Uint8Array][]> {
  const out: [string, Uint8Array][] = [];
  for (const p of [dentryPrefix(ROOT_ENTRY_ID), xattrPrefix(ROOT_ENTRY_ID)]) for await (const r of kv.keysWithPrefix(p)) out.push(r);
  return out;
}

async function inBatches(kv: KvStore, ops: KvBatchOp[]): Promise<void> {
  for (let i = 0; i < ops.length; i += MOVE_BATCH) await kv.batch(ops.slice(i, i + MOVE_BATCH));
}

/**
 * Moves the root from `own` (the node's own space) into `group` (the group's space, writes
 * journaled) whose owner number is `owner`: entries and xattrs in batches, then the root inode,
 * whose presence in the group space marks the move done; then the root's records are deleted from
 * `own`, which keeps the group as ROOT_GROUP_KEY (see {@link rootMovedOut}). Idempotent: a move cut short (crash, lost lease) is finished by the next call, and a
 * root already in the group space is never overwritten from `own`.
 */
export async function moveRootIntoGroup(own: KvStore, group: KvStore, owner: number, log: Logger): Promise<RootMove> {
  const ownInode = await own.get(inodeKey(ROOT_ENTRY_ID));
  let copied = 0;
  if (!(await group.get(inodeKey(ROOT_ENTRY_ID)))) {
    if (!ownInode) return { done: false };
    const records = await rootRecords(own);
    await inBatches(group, records.map(([key, value]) => ({ type: 'put', key, value })));
    await group.put(inodeKey(ROOT_ENTRY_ID), encodeInode({ ...decodeInode(ownInode), ownerNodeId: owner }));
    copied = records.length + 1;
    log.info({ entries: copied - 1 }, 'root directory copied into the meta buddy group space');
  }
  if (!ownInode) return { done: true, copied, cleared: 0 };
  const leftovers = await rootRecords(own);
  await inBatches(own, leftovers.map(([key]) => ({ type: 'del', key })));
  await own.batch([
    { type: 'del', key: inodeKey(ROOT_ENTRY_ID) },
    { type: 'put', key: ROOT_GROUP_KEY, value: Buffer.from(String(groupOfOwner(owner)), 'utf8') },
  ]);
  return { done: true, copied, cleared: leftovers.length + 1 };
}

/** Whether the root of the own space `own` moved into a meta buddy group (no root is made there again). */
export async function rootMovedOut(own: KvStore): Promise<boolean> {
  return (await own.get(ROOT_GROUP_KEY)) !== undefined;
}
