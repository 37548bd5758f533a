// Read-only namespace operations: lookup, getattr, readdir (paged), readlink.
import { ErrCode, fail, hivefs } from '@hivefs/protocol';
import { presentAttr, toAttr } from './attrs.js';
import { decodeDentry, decodeInode } from './codec.js';
import type { StoreContext } from './context.js';
import { dentryKey, dentryPrefix, inodeKey, linkKey } from './keys.js';
import { checkAccess, R, X } from './permissions.js';
import { findDentry, mustDir, mustInode } from './reads.js';
import type { Cred } from './types.js';
import { checkId, checkName } from './validate.js';
import { attachRemoteAttrs } from '../intents/remote-attrs.js';
import { isRemote, ownerIn, type PeerContext } from '../intents/remote.js';

/** Most entries one readdir returns (also the default). */
export const MAX_READDIR_LIMIT = 1000;

/** The attributes of `name` in `parentId`; needs search (x) permission on the parent. */
export async function lookup(ctx: StoreContext, cred: Cred, parentId: string, name: string): Promise<hivefs.IAttr> {
  const what = 'lookup';
  const parent = await mustDir(ctx, checkId(parentId, what), what);
  checkName(name, what);
  checkAccess(cred, parent, X, what);
  const d = await findDentry(ctx, parentId, name);
  if (!d) fail(ErrCode.NOT_FOUND, `${what}: no entry '${name}' in directory ${parentId}`);
  if (isRemote(ctx, d.entryId)) return remoteAttr(ctx as PeerContext, d.entryId, name, what);
  return presentAttr(ctx, await mustInode(ctx, d.entryId, what));
}

/** The attributes of an inode another node holds, asked from it. */
async function remoteAttr(ctx: PeerContext, entryId: string, name: string, what: string): Promise<hivefs.IAttr> {
  const [a] = await ctx.peers.getAttrs(ownerIn(ctx, entryId), [entryId]);
  if (!a?.entryId) fail(ErrCode.NOT_FOUND, `${what}: '${name}' names ${entryId}, which its owner does not have`);
  return a;
}

/** The attributes of an entry by id. */
export async function getAttr(ctx: StoreContext, entryId: string): Promise<hivefs.IAttr> {
  return presentAttr(ctx, await mustInode(ctx, checkId(entryId, 'getattr'), 'getattr'));
}

/** Options of {@link readdir}. */
export interface ReaddirOptions {
  after: string;
  limit: number;
  withAttrs: boolean;
}

/**
 * Up to `limit` entries of a directory after the name `after`, in key order; needs read
 * permission. `eof` is set when no entries follow.
 */
export async function readdir(ctx: StoreContext, cred: Cred, dirId: string, o: ReaddirOptions): Promise<{ entries: hivefs.IDirEntry[]; eof: boolean }> {
  const what = 'readdir';
  const dir = await mustDir(ctx, checkId(dirId, what), what);
  checkAccess(cred, dir, R, what);
  const limit = o.limit <= 0 ? MAX_READDIR_LIMIT : Math.min(o.limit, MAX_READDIR_LIMIT);
  const entries: hivefs.IDirEntry[] = [];
  const from = o.after ? { after: dentryKey(dirId, o.after) } : {};
  for await (const [, v] of ctx.kv.keysWithPrefix(dentryPrefix(dirId), { ...from, limit: limit + 1 })) entries.push(decodeDentry(v));
  const eof = entries.length <= limit;
  entries.length = Math.min(entries.length, limit);
  if (o.withAttrs) await attachAttrs(ctx, entries);
  return { entries, eof };
}

async function attachAttrs(ctx: StoreContext, entries: hivefs.IDirEntry[]): Promise<void> {
  const raws = await ctx.kv.getMany(entries.map((e) => inodeKey(e.entryId ?? '')));
  entries.forEach((e, i) => {
    const raw = raws[i];
    if (raw) e.attr = toAttr(decodeInode(raw));
  });
  if (entries.some((e) => !e.attr && isRemote(ctx, e.entryId ?? ''))) await attachRemoteAttrs(ctx, entries);
}

/** The target of a symlink; INVALID_ARGUMENT for other entries. */
export async function readlink(ctx: StoreContext, entryId: string): Promise<string> {
  const what = 'readlink';
  const i = await mustInode(ctx, checkId(entryId, what), what);
  if (i.type !== hivefs.EntryType.SYMLINK) fail(ErrCode.INVALID_ARGUMENT, `${what}: ${entryId} is not a symlink`);
  const raw = await ctx.kv.get(linkKey(entryId));
  if (!raw) fail(ErrCode.IO, `${what}: symlink ${entryId} has no stored target`);
  return Buffer.from(raw).toString('utf8');
}
