// Directory listing: pages through meta's readdir with attributes and fills the caches on the way.
import { ROOT_ENTRY_ID, Rpc, type hivefs } from '@hivefs/protocol';
import { statOf } from './attrs.js';
import type { VfsContext } from './context.js';
import { VfsError } from './errors.js';
import type { Resolved } from './resolver.js';
import { isDir } from './stat.js';
import type { Cred, VfsDirEntry } from './types.js';

/** Entries asked for per readdir request. */
const PAGE = 512;

/** All entries of the directory at `path`, "." and ".." first, then meta's order (by name). */
export async function readdir(ctx: VfsContext, path: string, cred: Cred): Promise<VfsDirEntry[]> {
  return readdirOf(ctx, await ctx.resolver.resolve(path, cred, true), cred, path);
}

/** {@link readdir} of the directory `dirId` (an inode-based engine's). */
export async function readdirById(ctx: VfsContext, dirId: string, cred: Cred): Promise<VfsDirEntry[]> {
  return readdirOf(ctx, await ctx.resolver.byId(dirId, cred), cred, dirId);
}

async function readdirOf(ctx: VfsContext, dir: Resolved, cred: Cred, what: string): Promise<VfsDirEntry[]> {
  if (!isDir(dir.attr)) throw VfsError.of('ENOTDIR', `'${what}' is not a directory`);
  const out: VfsDirEntry[] = [{ name: '.', stat: statOf(ctx, dir.attr) }];
  const page = pageLoop(ctx, dir.entryId, cred, out);
  const parent = ctx.resolver.byId(dir.attr.parentId || ROOT_ENTRY_ID, cred).catch(() => dir);
  const [, up] = await Promise.all([page, parent]);
  out.splice(1, 0, { name: '..', stat: statOf(ctx, up.attr) });
  return out;
}

async function pageLoop(ctx: VfsContext, dirId: string, cred: Cred, out: VfsDirEntry[]): Promise<void> {
  let after = '';
  for (;;) {
    const r = await ctx.meta.call(Rpc.readdir, dirId, { cred, dirId, after, limit: PAGE, withAttrs: true });
    const entries = r.entries ?? [];
    for (const e of entries) out.push({ name: e.name ?? '', stat: statOf(ctx, await attrOf(ctx, dirId, e, cred)) });
    if (r.eof || entries.length === 0) return;
    after = entries[entries.length - 1]!.name ?? '';
  }
}

/** The attributes meta sent with an entry (cached), or a getAttr when it sent none. */
async function attrOf(ctx: VfsContext, dirId: string, e: hivefs.IDirEntry, cred: Cred): Promise<hivefs.IAttr> {
  if (e.attr?.entryId) {
    ctx.cache.putEntry(dirId, e.name ?? '', e.attr);
    return e.attr;
  }
  const r = await ctx.resolver.byId(e.entryId ?? '', cred);
  ctx.cache.putDentry(dirId, e.name ?? '', r.entryId);
  return r.attr;
}
