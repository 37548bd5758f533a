// Reads of single records with the errors operations report when they are missing or wrong.
import { ErrCode, fail, hivefs } from '@hivefs/protocol';
import { decodeDentry, decodeInode, decodeSession } from './codec.js';
import type { StoreContext } from './context.js';
import { dentryKey, dentryPrefix, inodeKey, sessionPrefix } from './keys.js';
import type { Dentry, Inode, Session } from './types.js';

type Ctx = Pick<StoreContext, 'kv'>;

/** The inode of `id`, or undefined. */
export async function findInode(ctx: Ctx, id: string): Promise<Inode | undefined> {
  const raw = await ctx.kv.get(inodeKey(id));
  return raw ? decodeInode(raw) : undefined;
}

/** The inode of `id`; NOT_FOUND when missing. */
export async function mustInode(ctx: Ctx, id: string, what: string): Promise<Inode> {
  const i = await findInode(ctx, id);
  if (!i) fail(ErrCode.NOT_FOUND, `${what}: no entry with id ${id}`);
  return i;
}

/** The inode of directory `id`; NOT_FOUND when missing, NOT_DIR when it is no directory. */
export async function mustDir(ctx: Ctx, id: string, what: string): Promise<Inode> {
  const i = await mustInode(ctx, id, what);
  if (i.type !== hivefs.EntryType.DIRECTORY) fail(ErrCode.NOT_DIR, `${what}: ${id} is not a directory`);
  return i;
}

/** The dentry `name` of `dirId`, or undefined. */
export async function findDentry(ctx: Ctx, dirId: string, name: string): Promise<Dentry | undefined> {
  const raw = await ctx.kv.get(dentryKey(dirId, name));
  return raw ? decodeDentry(raw) : undefined;
}

/** The dentry `name` of `dirId`; NOT_FOUND when missing. */
export async function mustDentry(ctx: Ctx, dirId: string, name: string, what: string): Promise<Dentry> {
  const d = await findDentry(ctx, dirId, name);
  if (!d) fail(ErrCode.NOT_FOUND, `${what}: no entry '${name}' in directory ${dirId}`);
  return d;
}

/** The inode a dentry points to; NOT_FOUND when the dentry or the inode is missing. */
export async function inodeByName(ctx: Ctx, dirId: string, name: string, what: string): Promise<Inode> {
  const d = await mustDentry(ctx, dirId, name, what);
  return mustInode(ctx, d.entryId, what);
}

/** Whether directory `dirId` has any entry. */
export async function hasEntries(ctx: Ctx, dirId: string): Promise<boolean> {
  for await (const _ of ctx.kv.keysWithPrefix(dentryPrefix(dirId), { limit: 1 })) return true;
  return false;
}

/** Every open session of an entry. */
export async function sessionsOf(ctx: Ctx, id: string): Promise<Session[]> {
  const out: Session[] = [];
  for await (const [, v] of ctx.kv.keysWithPrefix(sessionPrefix(id))) out.push(decodeSession(v));
  return out;
}

/** Every key under `prefix` (for deleting a group of records). */
export async function keysUnder(ctx: Ctx, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for await (const [k] of ctx.kv.keysWithPrefix(prefix)) out.push(k);
  return out;
}
