// The root's move into a meta buddy group finished by whichever member is primary: when a
// --mirrormd move is cut short by a failover, the new primary's group space lacks the root inode
// while the former primary (back as secondary) still holds the root in its own space. The
// primary pulls the records from the holder page by page (Rpc.rootHandOver) and writes them
// through its journaled store, the inode last (copyRootInto); the holder deletes its own copy
// once its group space, fed by the journal, holds the root inode.
import type { KvStore } from '@hivefs/common';
import { ErrCode, HiveError, hivefs, ROOT_ENTRY_ID, Rpc, type MapView } from '@hivefs/protocol';
import { decodeInode } from '../store/codec.js';
import { inodeKey } from '../store/keys.js';
import { clearOwnRoot, MOVE_BATCH, ownRootSource, ROOT_RECORD_PREFIXES, type RootPage, type RootSource } from './root-move.js';

const isRootRecordKey = (key: string): boolean => ROOT_RECORD_PREFIXES.some((p) => key.startsWith(p) && key.length > p.length);

function bad(why: string): never {
  throw new HiveError(ErrCode.BAD_MESSAGE, `root hand-over: ${why}`);
}

/**
 * The holder's answer to Rpc.rootHandOver: the page of its own space `own` after `after` (BAD_MESSAGE
 * unless '' or a key of the root's records; NOT_FOUND when `own` holds no root inode).
 */
export async function handOverPage(own: KvStore, after: string): Promise<hivefs.IRootHandOverResp> {
  if (after !== '' && !isRootRecordKey(after)) bad(`cursor ${JSON.stringify(after.slice(0, 80))} is not a key of the root's entries or xattrs`);
  if (!(await own.get(inodeKey(ROOT_ENTRY_ID)))) throw new HiveError(ErrCode.NOT_FOUND, 'this meta node holds no root directory in its own space');
  const page = await ownRootSource(own).page(after);
  return { records: page.records.map(([key, value]) => ({ key, value })), last: page.last, ...(page.inode ? { inode: page.inode } : {}) };
}

/**
 * Checks a hand-over page from the network (asked after `after`): puts of root entries and xattrs
 * only, strictly after `after` and in key order, at most a batch of them, a non-last page not
 * empty, the last one with a decodable directory inode. HiveError BAD_MESSAGE otherwise.
 */
export function rootPageFromMessage(m: hivefs.IRootHandOverResp, after: string): RootPage {
  const ops = m.records ?? [];
  if (ops.length > MOVE_BATCH) bad(`${ops.length} records in one page (at most ${MOVE_BATCH})`);
  if (!m.last && ops.length === 0) bad('an empty page that is not the last');
  const records: [string, Uint8Array][] = [];
  let prev = after;
  for (const op of ops) {
    const key = op.key ?? '';
    if (op.del) bad(`a delete of ${JSON.stringify(key.slice(0, 80))}`);
    if (!isRootRecordKey(key)) bad(`${JSON.stringify(key.slice(0, 80))} is not a key of the root's entries or xattrs`);
    if (key <= prev) bad(`${JSON.stringify(key.slice(0, 80))} is out of key order`);
    records.push([key, op.value ?? new Uint8Array()]);
    prev = key;
  }
  if (!m.last) return { records, last: false };
  const bytes = m.inode ?? new Uint8Array();
  if (bytes.length === 0) bad('the last page carries no root inode');
  let type: number | undefined;
  try {
    type = decodeInode(bytes).type;
  } catch (e) {
    bad(`undecodable root inode (${(e as Error).message})`);
  }
  if (type !== hivefs.EntryType.DIRECTORY) bad(`the root inode is not a directory (type ${String(type)})`);
  return { records, last: true, inode: bytes };
}

/**
 * The root held by meta node `holderId` in its own space, asked with Rpc.rootHandOver for group
 * `groupId`; every page is checked ({@link rootPageFromMessage}). A holder without a root answers
 * NOT_FOUND, which becomes a last page without inode (nothing to copy).
 */
export function rpcRootSource(view: MapView, holderId: number, groupId: number, timeoutMs: number): RootSource {
  return {
    async page(after) {
      try {
        const m = await view.nodeClient(hivefs.NodeType.META, holderId).call(Rpc.rootHandOver, { groupId, after }, { timeoutMs });
        return rootPageFromMessage(m, after);
      } catch (e) {
        if (e instanceof HiveError && e.code === ErrCode.NOT_FOUND) return { records: [], last: true };
        throw e;
      }
    },
  };
}

/**
 * On the holder while another member is primary: deletes the root from the own space `own` once
 * the group's space (`space`: the plain view the journal feeds) holds the root inode, so the own
 * copy goes only after the group's copy is complete on this node too. Returns the records deleted.
 */
export async function clearHandedOverRoot(own: KvStore, space: KvStore, owner: number): Promise<number> {
  if (!(await own.get(inodeKey(ROOT_ENTRY_ID))) || !(await space.get(inodeKey(ROOT_ENTRY_ID)))) return 0;
  return clearOwnRoot(own, owner);
}
