// --mirrormd on the meta side: the root directory moves from the own space of the node holding it
// into the space of the meta buddy group the map names (map.root_group_id). Only the root itself
// moves: its inode, its entries (names) and its extended attributes. What the entries name stays
// where it is (existing directories stay unmirrored; directories created later under a mirrored
// directory are mirrored). The records come from a {@link RootSource}: the node's own space when
// the holder is the group's primary (here), or the holder over the network when it is not
// (root-hand-over.ts: a move cut short by a failover).
import type { KvBatchOp, KvStore, Logger } from '@hivefs/common';
import { groupOfOwner, ROOT_ENTRY_ID } from '@hivefs/protocol';
import { decodeInode, encodeInode } from '../store/codec.js';
import { dentryPrefix, inodeKey, ROOT_GROUP_KEY, xattrPrefix } from '../store/keys.js';

/** Records per journaled batch of the move, and per page of a hand-over. */
export const MOVE_BATCH = 256;

/** The prefixes of the root's records that move (the inode is separate), in key order. */
export const ROOT_RECORD_PREFIXES = [dentryPrefix(ROOT_ENTRY_ID), xattrPrefix(ROOT_ENTRY_ID)] as const;

/** One page of the root's records: entries and xattrs in key order; the last one carries the inode. */
export interface RootPage {
  records: [string, Uint8Array][];
  last: boolean;
  /** With `last`: the root inode, undefined when the source holds no root. */
  inode?: Uint8Array;
}

/** Where the root's records come from, page by page (`after`: the last key of the previous page, '' first). */
export interface RootSource {
  page(after: string): Promise<RootPage>;
}

/** What {@link moveRootIntoGroup} did. */
export type RootMove =
  /** The group space holds the root (moved now or before); `cleared` own-space records were deleted. */
  | { done: true; copied: number; cleared: number }
  /** Neither space holds it: this node never held the root. */
  | { done: false };

/** What {@link copyRootInto} did: `copied` records (the inode included), or no root at the source. */
export type RootCopy = { done: true; copied: number } | { done: false };

/** The root's records in `kv` after key `after`, at most `limit` of them, in key order. */
async function recordsAfter(kv: KvStore, after: string, limit: number): Promise<[string, Uint8Array][]> {
  const out: [string, Uint8Array][] = [];
  for (const p of ROOT_RECORD_PREFIXES) {
    if (after >= p && !after.startsWith(p)) continue; // this prefix lies before `after`
    for await (const r of kv.keysWithPrefix(p, { after: after.startsWith(p) ? after : undefined, limit: limit - out.length })) out.push(r);
    if (out.length >= limit) break;
  }
  return out;
}

/** The root in the own space `own` as a {@link RootSource}. */
export function ownRootSource(own: KvStore, pageSize = MOVE_BATCH): RootSource {
  return {
    async page(after) {
      const records = await recordsAfter(own, after, pageSize);
      if (records.length === pageSize) return { records, last: false };
      return { records, last: true, inode: await own.get(inodeKey(ROOT_ENTRY_ID)) };
    },
  };
}

/**
 * Copies the root from `source` into `group` (the group's space as its primary writes it:
 * journaled) whose owner number is `owner`: entries and xattrs page by page, then the root inode,
 * whose presence in the group space marks the move done. Nothing is written once the group space
 * holds a root inode (checked before every write: a root there may be newer than the source's).
 */
export async function copyRootInto(group: KvStore, source: RootSource, owner: number): Promise<RootCopy> {
  let copied = 0;
  for (let after = ''; ;) {
    if (await group.get(inodeKey(ROOT_ENTRY_ID))) return { done: true, copied };
    const page = await source.page(after);
    if (await group.get(inodeKey(ROOT_ENTRY_ID))) return { done: true, copied }; // appeared meanwhile
    if (page.last && !page.inode) return { done: false };
    if (page.records.length > 0) await group.batch(page.records.map(([key, value]): KvBatchOp => ({ type: 'put', key, value })));
    copied += page.records.length;
    if (page.last) {
      await group.put(inodeKey(ROOT_ENTRY_ID), encodeInode({ ...decodeInode(page.inode!), ownerNodeId: owner }));
      return { done: true, copied: copied + 1 };
    }
    after = page.records.at(-1)![0];
  }
}

/**
 * Deletes the root's records from the own space `own` (the group of `owner` holds the root now),
 * the inode last, in the batch that records the group as ROOT_GROUP_KEY (see {@link rootMovedOut}).
 * Returns how many records it deleted (0: none were left).
 */
export async function clearOwnRoot(own: KvStore, owner: number): Promise<number> {
  const ownInode = await own.get(inodeKey(ROOT_ENTRY_ID));
  if (!ownInode) return 0;
  let cleared = 0;
  for (;;) {
    const page = await recordsAfter(own, '', MOVE_BATCH);
    if (page.length === 0) break;
    await own.batch(page.map(([key]): KvBatchOp => ({ type: 'del', key })));
    cleared += page.length;
  }
  await own.batch([
    { type: 'del', key: inodeKey(ROOT_ENTRY_ID) },
    { type: 'put', key: ROOT_GROUP_KEY, value: Buffer.from(String(groupOfOwner(owner)), 'utf8') },
  ]);
  return cleared + 1;
}

/**
 * Moves the root from `own` (the node's own space) into `group` (the group's space, writes
 * journaled) whose owner number is `owner` ({@link copyRootInto}), then deletes it from `own`
 * ({@link clearOwnRoot}). Idempotent: a move cut short (crash, lost lease) is finished by the next
 * call, and a root already in the group space is never overwritten from `own`.
 */
export async function moveRootIntoGroup(own: KvStore, group: KvStore, owner: number, log: Logger): Promise<RootMove> {
  const copy = await copyRootInto(group, ownRootSource(own), owner);
  if (!copy.done) return { done: false };
  if (copy.copied > 0) log.info({ entries: copy.copied - 1 }, 'root directory copied into the meta buddy group space');
  return { done: true, copied: copy.copied, cleared: await clearOwnRoot(own, owner) };
}

/** Whether the root of the own space `own` moved into a meta buddy group (no root is made there again). */
export async function rootMovedOut(own: KvStore): Promise<boolean> {
  return (await own.get(ROOT_GROUP_KEY)) !== undefined;
}
