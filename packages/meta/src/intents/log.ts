// The intent log: records of operations spanning meta nodes, kept by their coordinator.
import type { hivefs } from '@hivefs/protocol';
import type { Batch } from '../store/batch.js';
import type { StoreContext } from '../store/context.js';
import { INTENT_PREFIX, intentKey } from '../store/keys.js';
import type { Inode } from '../store/types.js';

/** Locks an intent's operation holds; re-taken for a pending intent until it is resolved. */
export interface IntentLocks {
  exclusive: string[];
  shared: string[];
}

interface Base {
  id: string;
  locks: IntentLocks;
}

/** mkdir whose new directory lives on `node`: rolled back (inode removed) unless finished. */
export interface MkdirIntent extends Base {
  kind: 'mkdir';
  node: number;
  parentId: string;
  name: string;
  dir: Inode;
}

/** rmdir of a directory held by `node`: completed if the peer removed it, else dropped. */
export interface RmdirIntent extends Base {
  kind: 'rmdir';
  node: number;
  parentId: string;
  name: string;
  dirId: string;
}

/** Unlink of a name whose inode `node` holds: the name is gone already, the link drop is completed. */
export interface UnlinkIntent extends Base {
  kind: 'unlink';
  node: number;
  entryId: string;
}

/** Link to an inode `node` holds: rolled back (link dropped again) unless finished. */
export interface LinkIntent extends Base {
  kind: 'link';
  node: number;
  entryId: string;
  parentId: string;
  name: string;
}

/** Rename spanning owners; `phase` says how far it got (see intents/rename.ts). */
export interface RenameIntent extends Base {
  kind: 'rename';
  phase: 'prepared' | 'moved';
  srcParentId: string;
  srcName: string;
  dstParentId: string;
  dstName: string;
  noReplace: boolean;
  srcId: string;
  srcType: hivefs.EntryType;
  /** The caller, for the target side's checks. */
  cred: { uid: number; gid: number; gids: number[] };
  /** Set in phase 'moved': what the target name named before, and whether it is dealt with. */
  replacedId?: string;
  replacedType?: hivefs.EntryType;
  replacedDone?: boolean;
  /** An empty directory at the target removed before the move (its inode is on another node). */
  removedDirId?: string;
}

/** Every kind of intent. */
export type Intent = MkdirIntent | RmdirIntent | UnlinkIntent | LinkIntent | RenameIntent;

/** Adds the writing of an intent record to a batch. */
export function putIntent(b: Batch, i: Intent): Batch {
  return b.put(intentKey(i.id), Buffer.from(JSON.stringify(i), 'utf8'));
}

/** Adds the removal of an intent record to a batch. */
export function delIntent(b: Batch, id: string): Batch {
  return b.del(intentKey(id));
}

/** Whether an intent is still recorded. */
export async function isPending(ctx: Pick<StoreContext, 'kv'>, id: string): Promise<boolean> {
  return (await ctx.kv.get(intentKey(id))) !== undefined;
}

/** The pending intent `id` as it is recorded now, or undefined when it is gone. */
export async function readIntent(ctx: Pick<StoreContext, 'kv'>, id: string): Promise<Intent | undefined> {
  const raw = await ctx.kv.get(intentKey(id));
  return raw ? (JSON.parse(Buffer.from(raw).toString('utf8')) as Intent) : undefined;
}

/** Every pending intent, oldest first (ids grow within a run). */
export async function listIntents(ctx: Pick<StoreContext, 'kv'>): Promise<Intent[]> {
  const out: Intent[] = [];
  for await (const [, v] of ctx.kv.keysWithPrefix(INTENT_PREFIX)) out.push(JSON.parse(Buffer.from(v).toString('utf8')) as Intent);
  return out;
}
