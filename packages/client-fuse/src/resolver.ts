// Path resolution: walks a path component by component through the dentry/attr cache and meta lookups.
import { ROOT_ENTRY_ID, Rpc, type hivefs } from '@hivefs/protocol';
import { VfsError } from './errors.js';
import type { HiddenFiles } from './hidden.js';
import type { MetaClient } from './meta-client.js';
import type { PathCache } from './path-cache.js';
import type { Statahead } from './statahead.js';
import { splitParent, splitPath } from './paths.js';
import { isDir, isSymlink, mayAccess } from './stat.js';
import type { Cred } from './types.js';

/** An entry found by path: its id and attributes (fresh within the cache timeouts). */
export interface Resolved {
  entryId: string;
  attr: hivefs.IAttr;
}

/** One step of a walk: `stale` when the attributes came from the cache with stale times. */
interface Step extends Resolved {
  stale: boolean;
}

/** Attributes of a directory not in the cache: nobody may search it, so a lookup goes to meta (which checks). */
const NO_SEARCH: hivefs.IAttr = { mode: 0, uid: -1, gid: -1 };

/** Most symbolic links followed while resolving one path (Linux MAXSYMLINKS). */
const MAX_SYMLINKS = 40;

/**
 * Resolves absolute paths to entries. '..' goes to a directory's parent id, symlinks inside the
 * path are followed. A name libfuse hid a file unlinked while open under (see hidden.ts) resolves
 * to that file while it is open here, and to nothing (ENOENT) after its last release.
 */
export class Resolver {
  constructor(private readonly meta: MetaClient, private readonly cache: PathCache, readonly hidden: HiddenFiles, private readonly statahead?: Statahead) {}

  /** This resolver sending its lookups through `meta` (an operation's bound client), sharing the caches. */
  boundTo(meta: MetaClient): Resolver {
    return new Resolver(meta, this.cache, this.hidden, this.statahead);
  }

  /** The entry at `path`; a symlink in the last component is followed only when `follow`. */
  resolve(path: string, cred: Cred, follow = false): Promise<Resolved> {
    return this.walk(splitPath(path), cred, follow, false);
  }

  /**
   * The directory that holds the last component of `path`, and that name. For the root itself
   * (no last component) it throws `rootCode` (e.g. EEXIST for mkdir, EBUSY for rmdir). The
   * directory's attributes are good for a permission check and its id (they may be cached with
   * stale times after own creates and removes in it), not for a stat.
   */
  async resolveParent(path: string, cred: Cred, rootCode: string): Promise<{ dir: Resolved; name: string }> {
    const { dir, name } = splitParent(path);
    if (name === undefined) throw VfsError.of(rootCode, `'${path}' is the root directory`);
    if (name === '.' || name === '..') throw VfsError.of('EINVAL', `'${path}' ends in '${name}'`);
    const d = await this.walk(dir, cred, true, true);
    if (!isDir(d.attr)) throw VfsError.of('ENOTDIR', `parent of '${path}' is not a directory`);
    return { dir: d, name };
  }

  /** An entry by id: cached attributes, or a getAttr from its owner. */
  async byId(entryId: string, cred: Cred): Promise<Resolved> {
    const { attr } = await this.byIdFor(entryId, cred, false);
    return { entryId, attr };
  }

  /** The entry `name` in directory `dir`: from the cache when the caller may search `dir`, else a lookup. */
  async child(dir: Resolved, name: string, cred: Cred): Promise<Resolved> {
    const { entryId, attr } = await this.childFor(dir, name, cred, false);
    return { entryId, attr };
  }

  /**
   * The entry `name` in the directory `parentId` (an inode-based engine's lookup: no path walk).
   * The dentry cache answers when the directory's cached attributes let `cred` search it; else
   * meta is asked (and checks). '.' and '..' name the directory and its parent.
   */
  async childAt(parentId: string, name: string, cred: Cred): Promise<Resolved> {
    if (name === '.' || name === '..') {
      const dir = await this.byIdFor(parentId, cred, name === '..');
      return this.byId(name === '.' ? parentId : dir.attr.parentId || ROOT_ENTRY_ID, cred);
    }
    const attr = this.cache.walkAttr(parentId);
    if (attr && !isDir(attr)) throw VfsError.of('ENOTDIR', `'${name}' is below a non-directory`);
    return this.child({ entryId: parentId, attr: attr ?? NO_SEARCH }, name, cred);
  }

  /** byId; `forWalk` also takes cached attributes whose times are stale (the entry is only passed through). */
  private async byIdFor(entryId: string, cred: Cred, forWalk: boolean): Promise<Step> {
    const cached = forWalk ? this.cache.walkAttr(entryId) : this.cache.attr(entryId);
    if (cached) return { entryId, attr: cached, stale: forWalk && !this.cache.attr(entryId) };
    const r = await this.meta.call(Rpc.getAttr, entryId, { cred, entryId });
    const attr = r.attr as hivefs.IAttr;
    this.cache.putAttr(attr);
    return { entryId, attr, stale: false };
  }

  /** child; `forWalk` as in {@link byIdFor}. */
  private async childFor(dir: Resolved, name: string, cred: Cred, forWalk: boolean): Promise<Step> {
    const hidden = this.hidden.get(dir.entryId, name);
    if (hidden) {
      if (!hidden.open) throw VfsError.of('ENOENT', `'${name}': the unlinked file it stood for is closed`);
      return this.byIdFor(hidden.entryId, cred, forWalk);
    }
    const id = this.cache.dentry(dir.entryId, name);
    if (id !== undefined && mayAccess(dir.attr, cred, 1)) {
      const attr = forWalk ? this.cache.walkAttr(id) : this.cache.attr(id);
      if (attr) return { entryId: id, attr, stale: forWalk && !this.cache.attr(id) };
    }
    const r = await this.meta.call(Rpc.lookup, dir.entryId, { cred, parentId: dir.entryId, name });
    const attr = r.attr as hivefs.IAttr;
    this.cache.putEntry(dir.entryId, name, attr);
    this.statahead?.found(dir.entryId, name, cred);
    return { entryId: attr.entryId ?? '', attr, stale: false };
  }

  /**
   * Walks `comps` from the root. Entries passed through may come with stale times from the cache;
   * the one returned is fresh unless `lastForWalk` (the caller only walks on from it).
   */
  private async walk(comps: string[], cred: Cred, followLast: boolean, lastForWalk: boolean): Promise<Resolved> {
    let cur = await this.byIdFor(ROOT_ENTRY_ID, cred, lastForWalk || comps.length > 0);
    const queue = comps.slice();
    let links = 0;
    while (queue.length > 0) {
      const name = queue.shift()!;
      if (!isDir(cur.attr)) throw VfsError.of('ENOTDIR', `'${name}' is below a non-directory`);
      if (name === '.') continue;
      if (name === '..') {
        cur = await this.byIdFor(cur.attr.parentId || ROOT_ENTRY_ID, cred, lastForWalk || queue.length > 0);
        continue;
      }
      const next = await this.childFor(cur, name, cred, lastForWalk || queue.length > 0);
      if (!isSymlink(next.attr) || (queue.length === 0 && !followLast)) {
        cur = next;
        continue;
      }
      if (++links > MAX_SYMLINKS) throw VfsError.of('ELOOP', `more than ${MAX_SYMLINKS} symbolic links`);
      const target = (await this.meta.call(Rpc.readlink, next.entryId, { cred, entryId: next.entryId })).target ?? '';
      queue.unshift(...target.split('/').filter((c) => c !== ''));
      if (target.startsWith('/')) cur = await this.byIdFor(ROOT_ENTRY_ID, cred, true);
    }
    if (cur.stale && !lastForWalk) cur = await this.byIdFor(cur.entryId, cred, false); // e.g. a path ending in '.'
    return { entryId: cur.entryId, attr: cur.attr };
  }
}
