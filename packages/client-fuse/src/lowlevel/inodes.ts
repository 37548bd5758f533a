// The kernel's inode numbers (FUSE node ids) of one low-level mount: entry id, name and lookup count of each.

/** Node id of the root (FUSE_ROOT_ID). */
export const ROOT_INO = 1;

/** One inode the kernel knows. */
export interface Inode {
  /** The FUSE node id (never reused while the mount lives, so generations are always 0). */
  readonly ino: number;
  readonly entryId: string;
  /** Directory it was last looked up in; null for the root and once its name is gone. */
  parent: Inode | null;
  /** Its name in `parent`. */
  name: string;
  /** Lookups the kernel holds (entry, create and readdirplus replies, minus FORGETs). */
  nlookup: number;
}

/**
 * Node ids the kernel holds, with their lookup counts. Every reply that hands the kernel a node
 * id (lookup, mkdir, create, mknod, symlink, link, each readdirplus entry) adds one lookup;
 * FORGET and BATCH_FORGET take them back, and a node leaves the table when its count reaches 0.
 * The same entry gets the same node id while the kernel holds it (hard links included). Each node
 * keeps the name it was last looked up by, so that the path-based VFS can be asked about it: a
 * name the kernel unlinks, renames or sees replaced is moved or detached here.
 */
export class InodeTable {
  private readonly byIno = new Map<number, Inode>();
  private readonly byEntry = new Map<string, Inode>();
  /** Nodes by `${parent ino}/${name}`. */
  private readonly byName = new Map<string, Inode>();
  private nextIno = ROOT_INO + 1;
  readonly root: Inode;

  constructor(rootEntryId: string) {
    this.root = { ino: ROOT_INO, entryId: rootEntryId, parent: null, name: '', nlookup: 1 };
    this.byIno.set(ROOT_INO, this.root);
    this.byEntry.set(rootEntryId, this.root);
  }

  /** Nodes in the table, the root included. */
  get size(): number {
    return this.byIno.size;
  }

  get(ino: number): Inode | undefined {
    return this.byIno.get(ino);
  }

  /** The node named `name` in `parent`, if the kernel holds one. */
  child(parent: Inode, name: string): Inode | undefined {
    return this.byName.get(key(parent, name));
  }

  /**
   * One more lookup of `entryId`, found as `name` in `parent`: the entry's node (made when the
   * kernel holds none), now named so. A node that had this name before but is another entry lost
   * it (replaced, e.g. by another client).
   */
  remember(parent: Inode, name: string, entryId: string): Inode {
    let node = this.byEntry.get(entryId);
    if (!node) {
      node = { ino: this.nextIno++, entryId, parent: null, name: '', nlookup: 0 };
      this.byIno.set(node.ino, node);
      this.byEntry.set(entryId, node);
    }
    if (node !== this.root) this.name(node, parent, name);
    node.nlookup++;
    return node;
  }

  /** The kernel dropped `n` lookups of `ino`; true when the node left the table. The root stays. */
  forget(ino: number, n: number): boolean {
    const node = this.byIno.get(ino);
    if (!node || node === this.root) return false;
    node.nlookup -= n;
    if (node.nlookup > 0) return false;
    this.byIno.delete(ino);
    if (this.byEntry.get(node.entryId) === node) this.byEntry.delete(node.entryId);
    this.unname(node);
    return true;
  }

  /** `name` in `parent` was removed (unlink, rmdir): the node it named keeps its lookups but has no path. */
  removed(parent: Inode, name: string): void {
    const node = this.byName.get(key(parent, name));
    if (node) this.unname(node);
  }

  /** `name` in `parent` became `newName` in `newParent` (a node there before lost its name). */
  renamed(parent: Inode, name: string, newParent: Inode, newName: string): void {
    const node = this.byName.get(key(parent, name));
    const replaced = this.byName.get(key(newParent, newName));
    if (replaced && replaced !== node) this.unname(replaced);
    if (node) this.name(node, newParent, newName);
  }

  /** The absolute path of `node` in the file system, or null when it (or a directory above it) has no name any more. */
  path(node: Inode): string | null {
    if (node === this.root) return '/';
    const parts: string[] = [];
    let n: Inode | null = node;
    for (let depth = 0; n && n !== this.root; depth++) {
      if (n.parent === null || depth > 4096) return null;
      parts.push(n.name);
      n = n.parent;
    }
    return n === this.root ? `/${parts.reverse().join('/')}` : null;
  }

  /** The path of `name` in `parent`, or null when `parent` has none. */
  childPath(parent: Inode, name: string): string | null {
    const p = this.path(parent);
    return p === null ? null : p === '/' ? `/${name}` : `${p}/${name}`;
  }

  private name(node: Inode, parent: Inode, name: string): void {
    if (node.parent === parent && node.name === name) return;
    this.unname(node);
    const k = key(parent, name);
    const other = this.byName.get(k);
    if (other && other !== node) other.parent = null;
    node.parent = parent;
    node.name = name;
    this.byName.set(k, node);
  }

  private unname(node: Inode): void {
    if (node.parent === null) return;
    const k = key(node.parent, node.name);
    if (this.byName.get(k) === node) this.byName.delete(k);
    node.parent = null;
  }
}

function key(parent: Inode, name: string): string {
  return `${parent.ino}/${name}`;
}
