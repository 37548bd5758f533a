// The kernel's caches of one low-level mount: what the kernel was told of each inode, and the
// invalidations sent when HiveFS learns of a change the kernel cannot see by itself.
import type { FuseLowLevel, Session } from '@hivefs/fuse-lowlevel';
import type { VfsStat } from '../types.js';

/** Size and mtime of a stat: what tells a changed file. */
function versionOf(st: VfsStat): string {
  return `${st.size}/${st.mtime.sec}.${st.mtime.nsec}`;
}

/**
 * The kernel keeps names for tuneEntryCacheSecs, attributes for tuneAttrCacheSecs, and pages
 * while the attributes it holds show the same size and mtime (auto_inval_data). The kernel
 * handles what it is told in a reply itself (a new size or mtime in a GETATTR, LOOKUP or
 * readdirplus answer drops its pages; a name answered with another node id is dropped). What
 * HiveFS learns otherwise (the attributes an open brings from meta, a readdir's entries) is
 * passed on here: a changed size or mtime drops the inode's attributes at once, so the kernel
 * asks before it uses its cached size, and its pages; a name that now holds another entry, or an
 * entry meta no longer has, makes the kernel forget the name.
 */
export class KernelCache {
  /** Version (size and mtime) of each inode as last told to the kernel. */
  private readonly told = new Map<number, string>();
  /** Invalidations sent (stats, tests). */
  inodes = 0;
  entries = 0;

  constructor(private readonly ll: Pick<FuseLowLevel, 'notifyInvalEntry' | 'notifyInvalInode'>, private readonly session: () => Session) {}

  /** The kernel got `st` for `ino` in a reply. */
  toldKernel(ino: number, st: VfsStat): void {
    this.told.set(ino, versionOf(st));
  }

  /**
   * HiveFS learned `st` of `ino` without the kernel seeing it: when its size or mtime differ
   * from what the kernel holds, the kernel drops the inode's attributes (at once, so that the
   * reply that follows is answered with fresh ones) and its pages (queued).
   */
  learned(ino: number, st: VfsStat): void {
    const was = this.told.get(ino);
    if (was === undefined || was === versionOf(st)) return;
    this.told.delete(ino);
    this.inodes++;
    this.ll.notifyInvalInode(this.session(), ino, -1, 0);
    this.ll.notifyInvalInode(this.session(), ino, 0, 0);
  }

  /** `name` in `parentIno` no longer names what the kernel holds under it (replaced, or gone): the kernel forgets it. */
  nameChanged(parentIno: number, name: string): void {
    this.entries++;
    this.ll.notifyInvalEntry(this.session(), parentIno, name);
  }

  /** The kernel forgot `ino`. */
  forgot(ino: number): void {
    this.told.delete(ino);
  }
}
