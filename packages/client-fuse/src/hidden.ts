// libfuse's "hide" of a file unlinked while open, turned into a real unlink: the hidden names live only here.
//
// libfuse 2's high-level API (mounted without hard_remove) does not pass unlink(2) of a file that
// is open on this mount through: it renames the file to `.fuse_hidden<node id %08x><counter %08x>`
// in the same directory (after a getattr found that name free), keeps using that path for every
// later op on the open file (getattr, setattr, xattrs, open via /proc/self/fd, truncate) and
// unlinks it after the last release. The VFS turns that rename into an unlink in meta (meta keeps
// the inode and its data while sessions are open, and reclaims them if this client dies) and
// remembers the hidden name here, so that the paths libfuse uses still resolve to the entry while
// no listing on any mount shows it and its directory can be removed.

/** A name libfuse 2.9 gives a hidden file: hidden_name() formats ".fuse_hidden%08x%08x" (lowercase hex). */
const HIDDEN_NAME = /^\.fuse_hidden[0-9a-f]{16}$/;

/** Whether `name` is exactly a name libfuse 2.9 gives a file it hides. */
export function isHiddenName(name: string | undefined): name is string {
  return name !== undefined && HIDDEN_NAME.test(name);
}

/** A hidden name this VFS knows. */
export interface HiddenEntry {
  /** Directory the name is in (entry id: survives renames of the directory). */
  parentId: string;
  name: string;
  /** The unlinked file the name stands for. */
  entryId: string;
  /** False after the file's last handle on this client was released: the name then resolves to nothing. */
  open: boolean;
}

/** Most names kept after their file's last release while waiting for libfuse's unlink of them. */
const MAX_CLOSED = 1024;

/** The hidden names of one VFS, keyed by directory entry id and name. */
export class HiddenFiles {
  private readonly byName = new Map<string, HiddenEntry>();
  /** Keys of closed entries, oldest first. */
  private readonly closedKeys = new Set<string>();

  /** The entry hidden as `name` in directory `parentId`, if any. */
  get(parentId: string, name: string | undefined): HiddenEntry | undefined {
    return isHiddenName(name) ? this.byName.get(key(parentId, name)) : undefined;
  }

  /** Remembers that `name` in `parentId` stands for the unlinked `entryId` (`open`: still open here). */
  add(parentId: string, name: string, entryId: string, open: boolean): HiddenEntry {
    const k = key(parentId, name);
    this.closedKeys.delete(k);
    const e: HiddenEntry = { parentId, name, entryId, open };
    this.byName.set(k, e);
    if (!open) this.markClosed(k);
    return e;
  }

  /** Moves a hidden name (libfuse hides a hidden file again when it is renamed over); false when `from` is unknown. */
  move(fromParentId: string, fromName: string, toParentId: string, toName: string): boolean {
    const e = this.get(fromParentId, fromName);
    if (!e) return false;
    this.forget(fromParentId, fromName);
    this.add(toParentId, toName, e.entryId, e.open);
    return true;
  }

  /** Forgets a hidden name (libfuse's unlink of it); false when it is unknown. */
  forget(parentId: string, name: string): boolean {
    const k = key(parentId, name);
    this.closedKeys.delete(k);
    return this.byName.delete(k);
  }

  /**
   * The last handle of `entryId` on this client was released: its hidden names resolve to nothing
   * from now on; they are forgotten when libfuse unlinks them (or, should that never come, e.g.
   * because the directory was removed, once more than {@link MAX_CLOSED} are waiting).
   */
  closed(entryId: string): void {
    for (const [k, e] of this.byName) {
      if (e.entryId === entryId && e.open) {
        e.open = false;
        this.markClosed(k);
      }
    }
  }

  /**
   * Whether libfuse knows `entryId` as a hidden node when it asks by `name` (the last component
   * of the path it passed; null when it passed none, as for an open file whose hidden name is
   * gone with its directory): `name` is an open hidden name of the entry, or, without a name, the
   * entry has one.
   */
  hides(entryId: string, name: string | null): boolean {
    for (const e of this.byName.values()) if (e.entryId === entryId && e.open && (name === null || e.name === name)) return true;
    return false;
  }

  /** Number of hidden names known. */
  get size(): number {
    return this.byName.size;
  }

  /** Forgets every name. */
  clear(): void {
    this.byName.clear();
    this.closedKeys.clear();
  }

  private markClosed(k: string): void {
    this.closedKeys.add(k);
    for (const old of this.closedKeys) {
      if (this.closedKeys.size <= MAX_CLOSED) break;
      this.closedKeys.delete(old);
      this.byName.delete(old);
    }
  }
}

/**
 * A stat of a file libfuse hid, as libfuse must be given it: libfuse 2's high-level API takes one
 * from st_nlink of a hidden node (for it the hidden name is still a link), but the VFS removed
 * that name in meta when the file was hidden, so the count meta gives is already right; one is
 * added here for libfuse to take away again.
 */
export function statForHiddenNode<T extends { nlink: number }>(st: T): T {
  return { ...st, nlink: st.nlink + 1 };
}

function key(parentId: string, name: string): string {
  return `${parentId}/${name}`;
}
