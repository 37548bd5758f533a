// Path resolution: walks a path component by component through the dentry/attr cache and meta lookups.
import { ROOT_ENTRY_ID, Rpc, type hivefs } from '@hivefs/protocol';
import { VfsError } from './errors.js';
import type { HiddenFiles } from './hidden.js';
import type { MetaClient } from './meta-client.js';
import type { PathCache } from './path-cache.js';
import { splitParent, splitPath } from './paths.js';
import { isDir, isSymlink, mayAccess } from './stat.js';
import type { Cred } from './types.js';

/** An entry found by path: its id and attributes (fresh within the cache timeouts). */
export interface Resolved {
  entryId: string;
  attr: hivefs.IAttr;
}

/** Most symbolic links followed while resolving one path (Linux MAXSYMLINKS). */
const MAX_SYMLINKS = 40;

/**
 * Resolves absolute paths to entries. '..' goes to a directory's parent id, symlinks inside the
 * path are followed. A name libfuse hid a file unlinked while open under (see hidden.ts) resolves
 * to that file while it is open here, and to nothing (ENOENT) after its last release.
 */
export class Resolver {
  constructor(private readonly meta: MetaClient, private readonly cache: PathCache, readonly hidden: HiddenFiles) {}

  /** The entry at `path`; a symlink in the last component is followed only when `follow`. */
  resolve(path: string, cred: Cred, follow = false): Promise<Resolved> {
    return this.walk(splitPath(path), cred, follow);
  }

  /**
   * The directory that holds the last component of `path`, and that name. For the root itself
   * (no last component) it throws `rootCode` (e.g. EEXIST for mkdir, EBUSY for rmdir).
   */
  async resolveParent(path: string, cred: Cred, rootCode: string): Promise<{ dir: Resolved; name: string }> {
    const { dir, name } = splitParent(path);
    if (name === undefined) throw VfsError.of(rootCode, `'${path}' is the root directory`);
    if (name === '.' || name === '..') throw VfsError.of('EINVAL', `'${path}' ends in '${name}'`);
    const d = await this.walk(dir, cred, true);
    if (!isDir(d.attr)) throw VfsError.of('ENOTDIR', `parent of '${path}' is not a directory`);
    return { dir: d, name };
  }

  /** An entry by id: cached attributes, or a getAttr from its owner. */
  async byId(entryId: string, cred: Cred): Promise<Resolved> {
    const cached = this.cache.attr(entryId);
    if (cached) return { entryId, attr: cached };
    const r = await this.meta.call(Rpc.getAttr, entryId, { cred, entryId });
    const attr = r.attr as hivefs.IAttr;
    this.cache.putAttr(attr);
    return { entryId, attr };
  }

  /** The entry `name` in directory `dir`: from the cache when the caller may search `dir`, else a lookup. */
  async child(dir: Resolved, name: string, cred: Cred): Promise<Resolved> {
    const hidden = this.hidden.get(dir.entryId, name);
    if (hidden) {
      if (!hidden.open) throw VfsError.of('ENOENT', `'${name}': the unlinked file it stood for is closed`);
      return this.byId(hidden.entryId, cred);
    }
    const id = this.cache.dentry(dir.entryId, name);
    if (id !== undefined && mayAccess(dir.attr, cred, 1)) {
      const attr = this.cache.attr(id);
      if (attr) return { entryId: id, attr };
    }
    const r = await this.meta.call(Rpc.lookup, dir.entryId, { cred, parentId: dir.entryId, name });
    const attr = r.attr as hivefs.IAttr;
    this.cache.putEntry(dir.entryId, name, attr);
    return { entryId: attr.entryId ?? '', attr };
  }

  private async walk(comps: string[], cred: Cred, followLast: boolean): Promise<Resolved> {
    let cur = await this.byId(ROOT_ENTRY_ID, cred);
    const queue = comps.slice();
    let links = 0;
    while (queue.length > 0) {
      const name = queue.shift()!;
      if (!isDir(cur.attr)) throw VfsError.of('ENOTDIR', `'${name}' is below a non-directory`);
      if (name === '.') continue;
      if (name === '..') {
        cur = await this.byId(cur.attr.parentId || ROOT_ENTRY_ID, cred);
        continue;
      }
      const next = await this.child(cur, name, cred);
      if (!isSymlink(next.attr) || (queue.length === 0 && !followLast)) {
        cur = next;
        continue;
      }
      if (++links > MAX_SYMLINKS) throw VfsError.of('ELOOP', `more than ${MAX_SYMLINKS} symbolic links`);
      const target = (await this.meta.call(Rpc.readlink, next.entryId, { cred, entryId: next.entryId })).target ?? '';
      queue.unshift(...target.split('/').filter((c) => c !== ''));
      if (target.startsWith('/')) cur = await this.byId(ROOT_ENTRY_ID, cred);
    }
    return cur;
  }
}
