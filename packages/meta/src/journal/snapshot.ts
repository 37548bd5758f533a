// The secondary's end of a full resync: a space and its journal replaced by a snapshot of the primary's.
import type { KvBatchOp, KvStore, PrefixedKv } from '@hivefs/common';
import { APPLIED_KEY, journalBaseKey, journalPrefix, spacePrefix } from './keys.js';
import { decodePosition, encodePosition, type JournalPosition } from './position.js';

/** Ops written per batch while a space is replaced. */
const CHUNK = 1000;

async function inChunks(kv: KvStore, items: AsyncIterable<[string, Uint8Array]>, op: (item: [string, Uint8Array]) => KvBatchOp | undefined): Promise<void> {
  let ops: KvBatchOp[] = [];
  for await (const item of items) {
    const o = op(item);
    if (o) ops.push(o);
    if (ops.length >= CHUNK) {
      await kv.batch(ops);
      ops = [];
    }
  }
  if (ops.length > 0) await kv.batch(ops);
}

/**
 * Replaces the space `view` of `groupId` in `kv` and the group's journal records with `records`
 * (a snapshot of the primary's space, keys relative to it, `P:applied` among them) and returns the
 * position the snapshot carries. The journal base becomes that position, so this node's journal
 * starts right after it. The position is removed first and written last: an install cut short
 * leaves the space at position 0. Nothing else may use the space meanwhile.
 */
export async function replaceSpace(kv: KvStore, groupId: number, view: PrefixedKv, records: AsyncIterable<[string, Uint8Array]>): Promise<JournalPosition> {
  await kv.del(view.outerKey(APPLIED_KEY));
  for (const p of [spacePrefix(groupId), journalPrefix(groupId)]) await inChunks(kv, kv.keysWithPrefix(p), ([k]) => ({ type: 'del', key: k }));
  let applied: Uint8Array | undefined;
  await inChunks(kv, records, ([k, v]) => {
    if (k !== APPLIED_KEY) return { type: 'put', key: view.outerKey(k), value: v };
    applied = v;
    return undefined;
  });
  const pos = decodePosition(applied);
  await kv.batch([{ type: 'put', key: journalBaseKey(groupId), value: encodePosition(pos) }, { type: 'put', key: view.outerKey(APPLIED_KEY), value: encodePosition(pos) }]);
  return pos;
}
