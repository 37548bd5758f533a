// Extended attributes: user.* by permission, trusted.* for root, security.*, no system.*.
import { decodeKey } from '@hivefs/common';
import { ErrCode, fail, hivefs } from '@hivefs/protocol';
import { Batch } from './batch.js';
import { commitOp } from './commit.js';
import type { StoreContext } from './context.js';
import { xattrKey, xattrPrefix } from './keys.js';
import { checkAccess, R, W } from './permissions.js';
import { mustInode } from './reads.js';
import type { Cred, Inode } from './types.js';
import { checkId } from './validate.js';

/** Longest xattr name and value, in bytes (Linux XATTR_NAME_MAX / XATTR_SIZE_MAX). */
export const MAX_XATTR_NAME = 255;
export const MAX_XATTR_VALUE = 64 * 1024;
/** SetXattrReq.flags. */
export const XATTR_CREATE = 1;
export const XATTR_REPLACE = 2;

const NAMESPACES = ['user.', 'trusted.', 'security.', 'system.'];

/** Validates a name and checks the caller may read or write it (by namespace). */
function checkXattr(cred: Cred, i: Inode, name: string, write: boolean, what: string): void {
  const bytes = Buffer.byteLength(name, 'utf8');
  if (bytes === 0 || bytes > MAX_XATTR_NAME) fail(ErrCode.XATTR_RANGE, `${what}: xattr name is ${bytes} bytes, 1..${MAX_XATTR_NAME} allowed`);
  if (name.includes('\0')) fail(ErrCode.INVALID_ARGUMENT, `${what}: xattr name contains a NUL byte`);
  const ns = NAMESPACES.find((p) => name.startsWith(p) && name.length > p.length);
  if (!ns) fail(ErrCode.NOT_SUPPORTED, `${what}: '${name}' is not in a supported namespace (user., trusted., security.)`);
  if (ns === 'system.') fail(ErrCode.NOT_SUPPORTED, `${what}: system.* attributes (ACLs) are not supported`);
  if (ns === 'trusted.' && cred.uid !== 0) fail(ErrCode.NOT_PERMITTED, `${what}: trusted.* attributes are for root only`);
  if (ns !== 'user.') return;
  const plain = i.type === hivefs.EntryType.REGULAR || i.type === hivefs.EntryType.DIRECTORY;
  if (!plain && write) fail(ErrCode.NOT_PERMITTED, `${what}: user.* attributes can only be set on files and directories, not on ${i.entryId} (type ${i.type})`);
  checkAccess(cred, i, write ? W : R, what);
}

/** Sets an xattr; XATTR_CREATE -> EXISTS when present, XATTR_REPLACE -> NO_XATTR when missing. */
export async function setXattr(ctx: StoreContext, cred: Cred, entryId: string, name: string, value: Uint8Array, flags: number): Promise<void> {
  const what = 'setxattr';
  checkId(entryId, what);
  if (flags & ~3 || flags === 3) fail(ErrCode.INVALID_ARGUMENT, `${what}: flags ${flags} are invalid (1 create, 2 replace)`);
  if (value.length > MAX_XATTR_VALUE) fail(ErrCode.XATTR_RANGE, `${what}: value is ${value.length} bytes, at most ${MAX_XATTR_VALUE} allowed`);
  await ctx.locks.with([entryId], async () => {
    const i = await mustInode(ctx, entryId, what);
    checkXattr(cred, i, name, true, what);
    const exists = (await ctx.kv.get(xattrKey(entryId, name))) !== undefined;
    if (exists && flags & XATTR_CREATE) fail(ErrCode.EXISTS, `${what}: ${entryId} already has xattr '${name}'`);
    if (!exists && flags & XATTR_REPLACE) fail(ErrCode.NO_XATTR, `${what}: ${entryId} has no xattr '${name}'`);
    await commitOp(ctx, new Batch().putXattr(entryId, name, value).putInode({ ...i, ctime: ctx.clock.now() }), undefined);
  });
}

/** The value of an xattr; NO_XATTR when missing. */
export async function getXattr(ctx: StoreContext, cred: Cred, entryId: string, name: string): Promise<Uint8Array> {
  const what = 'getxattr';
  const i = await mustInode(ctx, checkId(entryId, what), what);
  checkXattr(cred, i, name, false, what);
  const v = await ctx.kv.get(xattrKey(entryId, name));
  if (v === undefined) fail(ErrCode.NO_XATTR, `${what}: ${entryId} has no xattr '${name}'`);
  return v;
}

/** Names of an entry's xattrs (trusted.* only for root). */
export async function listXattr(ctx: StoreContext, cred: Cred, entryId: string): Promise<string[]> {
  const what = 'listxattr';
  await mustInode(ctx, checkId(entryId, what), what);
  const names: string[] = [];
  for await (const [k] of ctx.kv.keysWithPrefix(xattrPrefix(entryId))) {
    const name = decodeKey(k).slice(2).join(':');
    if (cred.uid === 0 || !name.startsWith('trusted.')) names.push(name);
  }
  return names;
}

/** Removes an xattr; NO_XATTR when missing. */
export async function removeXattr(ctx: StoreContext, cred: Cred, entryId: string, name: string): Promise<void> {
  const what = 'removexattr';
  checkId(entryId, what);
  await ctx.locks.with([entryId], async () => {
    const i = await mustInode(ctx, entryId, what);
    checkXattr(cred, i, name, true, what);
    if ((await ctx.kv.get(xattrKey(entryId, name))) === undefined) fail(ErrCode.NO_XATTR, `${what}: ${entryId} has no xattr '${name}'`);
    await commitOp(ctx, new Batch().del(xattrKey(entryId, name)).putInode({ ...i, ctime: ctx.clock.now() }), undefined);
  });
}
