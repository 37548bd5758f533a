// Open directories of a low-level mount: each handle keeps the listing read at offset 0, served in pieces by offset.
import type { VfsDirEntry } from '../types.js';
import type { Inode } from './inodes.js';

/** An open directory. */
export interface DirHandle {
  readonly node: Inode;
  /** The listing ("." and ".." first), read when the kernel asks from offset 0; entry i has offset i + 1. */
  entries: VfsDirEntry[] | undefined;
}

/** Directory handles by number (the fh the kernel passes back). */
export class DirHandles {
  private readonly open = new Map<number, DirHandle>();
  private next = 1;

  add(node: Inode): number {
    const fh = this.next++;
    this.open.set(fh, { node, entries: undefined });
    return fh;
  }

  get(fh: number): DirHandle | undefined {
    return this.open.get(fh);
  }

  release(fh: number): void {
    this.open.delete(fh);
  }

  get size(): number {
    return this.open.size;
  }
}
