// The kernel's inode numbers (FUSE node ids) of one low-level mount: entry id, name and lookup count of each.

/** Node id of the root (FUSE_ROOT_ID). */
export const ROOT_INO = 1;

/** A name of an inode: `name` in directory `parent`. */
export interface Link {
  readonly parent: Inode;
  readonly name: string;
}

/** One inode the kernel knows. */
export interface Inode {
  /** The FUSE node id (never reused while the mount lives, so generations are always 0). */
  readonly ino: number;
  readonly entryId: string;
  /** The names it was looked up by that still hold, the latest first (more than one: hard links); none for the root. */
  links: Link[];
  /** Lookups the kernel holds (entry, create and readdirplus replies, minus FORGETs). */
  nlookup: number;
}

/** Names kept per inode (hard links); the oldest is dropped beyond this. */
const MAX_LINKS = 8;

/**
 * Node ids the kernel holds, with their lookup counts. Every reply that hands the kernel a node
 * id (lookup, mkdir, create, mknod, symlink, link, each readdirplus entry) adds one lookup;
 * FORGET and BATCH_FORGET take them back, and a node leaves the table when its count reaches 0.
 * The same entry gets the same node id while the kernel holds it (hard links included). Each node
 * keeps the names it was looked up by, so that the path-based VFS can be asked about it: a name
 * the kernel unlinks, renames or sees replaced is moved or dropped here.
 */
export class InodeTable {
  private readonly byIno = new Map<number, Inode>();
  private readonly byEntry = new Map<string, Inode>();
  /** Nodes by `${parent ino}/${name}`. */
  private readonly byName = new Map<string, Inode>();
  private nextIno = ROOT_INO + 1;
  readonly root: Inode;

  constructor(rootEntryId: string) {
    this.root = { ino: ROOT_INO, entryId: rootEntryId, links: [], nlookup: 1 };
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
   * kernel holds none), with that name first. A node that had this name but is another entry
   * loses it (replaced, e.g. by another client).
   */
  remember(parent: Inode, name: string, entryId: string): Inode {
    let node = this.byEntry.get(entryId);
    if (!node) {
      node = { ino: this.nextIno++, entryId, links: [], nlookup: 0 };
      this.byIno.set(node.ino, node);
      this.byEntry.set(entryId, node);
    }
    if (node !== this.root) this.link(node, parent, name);
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
    for (const l of node.links) this.dropKey(l.parent, l.name, node);
    node.links = [];
    return true;
  }

  /** `name` in `parent` was removed (unlink, rmdir): the node it named keeps its lookups and its other names. */
  removed(parent: Inode, name: string): void {
    const node = this.byName.get(key(parent, name));
    if (node) this.unlink(node, parent, name);
  }

  /** `name` in `parent` became `newName` in `newParent` (a node there before lost that name). */
  renamed(parent: Inode, name: string, newParent: Inode, newName: string): void {
    const node = this.byName.get(key(parent, name));
    if (node) this.unlink(node, parent, name);
    if (node) this.link(node, newParent, newName);
    else this.removed(newParent, newName);
  }

  /** An absolute path of `node` in the file system (by its latest name that still leads to the root), or null when it has none. */
  path(node: Inode, depth = 0): string | null {
    if (node === this.root) return '/';
    if (depth > 4096) return null;
    for (const l of node.links) {
      const p = this.path(l.parent, depth + 1);
      if (p !== null) return p === '/' ? `/${l.name}` : `${p}/${l.name}`;
    }
    return null;
  }

  /** The path of `name` in `parent`, or null when `parent` has none. */
  childPath(parent: Inode, name: string): string | null {
    const p = this.path(parent);
    return p === null ? null : p === '/' ? `/${name}` : `${p}/${name}`;
  }

  private link(node: Inode, parent: Inode, name: string): void {
    const first = node.links[0];
    if (first && first.parent === parent && first.name === name) return; // looked up again by its latest name
    const k = key(parent, name);
    const other = this.byName.get(k);
    if (other && other !== node) this.unlink(other, parent, name);
    node.links = [{ parent, name }, ...node.links.filter((l) => l.parent !== parent || l.name !== name)];
    if (node.links.length > MAX_LINKS) {
      const dropped = node.links.pop()!;
      this.dropKey(dropped.parent, dropped.name, node);
    }
    this.byName.set(k, node);
  }

  private unlink(node: Inode, parent: Inode, name: string): void {
    node.links = node.links.filter((l) => l.parent !== parent || l.name !== name);
    this.dropKey(parent, name, node);
  }

  private dropKey(parent: Inode, name: string, node: Inode): void {
    const k = key(parent, name);
    if (this.byName.get(k) === node) this.byName.delete(k);
  }
}

function key(parent: Inode, name: string): string {
  return `${parent.ino}/${name}`;
}
