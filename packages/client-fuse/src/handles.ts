// Open file handles: per-handle write-behind and read-ahead state, and per-entry state shared by a file's handles.
import type { hivefs } from '@hivefs/protocol';
import { VfsError } from './errors.js';
import type { ReadAhead } from './reader.js';
import type { FileLayout } from './storage-io.js';
import type { Cred, Timespec } from './types.js';
import type { Writer } from './writer.js';

/** State of a file that has handles open on this client. */
export interface OpenFile {
  entryId: string;
  /** Undefined for a file without stripe targets (it reads as zeros, writes fail). */
  layout: FileLayout | undefined;
  /** The size this client knows: size at open, grown by own writes, set by own truncates. */
  size: number;
  /**
   * Blocks of the chunk files this client wrote, by stripe index: the largest figure the replies
   * of its writes reported since the open or its last truncate (what close and reportWrite tell meta).
   */
  chunkBlocks: Map<number, number>;
  handles: Set<Handle>;
  /** Write-behind sends of the file that failed so far (an errseq: each handle remembers how many it has seen). */
  writeErrors: number;
  /** The latest of those failures. */
  lastWriteError: unknown;
}

/** Notes the blocks a write reply reported for stripe index `index` (kept when larger). */
export function noteChunkBlocks(file: OpenFile, index: number, blocks: number): void {
  if (blocks > (file.chunkBlocks.get(index) ?? -1)) file.chunkBlocks.set(index, blocks);
}

/** The sum of the blocks this client's writes reported for the file. */
export function ownBlocks(file: OpenFile): number {
  let n = 0;
  for (const b of file.chunkBlocks.values()) n += b;
  return n;
}

/** The file's chunk blocks as close and reportWrite carry them. */
export function chunkBlocksReport(file: OpenFile): { index: number; blocks: number }[] {
  return [...file.chunkBlocks].map(([index, blocks]) => ({ index, blocks }));
}

/** One open() or create(). */
export interface Handle {
  fh: number;
  file: OpenFile;
  /** Meta's session handle id. */
  metaHandleId: number;
  flags: number;
  cred: Cred;
  writer: Writer | undefined;
  readAhead: ReadAhead | undefined;
  /** End of the furthest byte of this handle's writes that reached storage (0: none); meta keeps max(size, hint). */
  sizeHint: number;
  /** Wall-clock time of the last write. */
  lastWrite: Timespec | undefined;
  /** Written since the last reportWrite/close. */
  unreported: boolean;
  /** Stripe indexes written since the last fsync. */
  touched: Set<number>;
  /** `file.writeErrors` when this handle last reported them (at open, then at each fsync). */
  writeErrorsSeen: number;
  /**
   * Opened for a kernel with a writeback cache: the kernel may read through it even when it is
   * write-only (to fill a page it writes part of), and it places O_APPEND writes itself.
   */
  pageCache: boolean;
}

/** Largest handle number before numbering wraps (fuse-native passes 32-bit handles). */
const MAX_FH = 0x7fffffff;

/** Entries whose last own change {@link HandleTable.noteChange} remembers exactly. */
const CHANGES_REMEMBERED = 4096;

/** The open handles of one VFS, by number and by entry. */
export class HandleTable {
  private readonly byFh = new Map<number, Handle>();
  private readonly byEntry = new Map<string, OpenFile>();
  private nextFh = 1;
  /** Own changes (writes, truncates) counted; per entry the count at its last one. */
  private changes = 0;
  private readonly lastChange = new Map<string, number>();
  /** Highest count among the entries forgotten to keep `lastChange` small. */
  private forgottenUpTo = -1;

  /** The number of own changes so far: pass it to {@link changedSince} later. */
  get changeCount(): number {
    return this.changes;
  }

  /** Notes that this client starts changing the data of `entryId` (a write or a truncate). */
  noteChange(entryId: string): void {
    // Updated in place when known (no delete and re-add of a hot key per write: V8's Map would walk
    // its dead slots); the entry forgotten first is then not always the oldest, which only makes
    // changedSince more cautious.
    const known = this.lastChange.has(entryId);
    this.lastChange.set(entryId, ++this.changes);
    if (known || this.lastChange.size <= CHANGES_REMEMBERED) return;
    const [first, at] = this.lastChange.entries().next().value as [string, number];
    this.lastChange.delete(first);
    this.forgottenUpTo = Math.max(this.forgottenUpTo, at);
  }

  /** Whether this client may have changed the data of `entryId` since {@link changeCount} was `count`. */
  changedSince(entryId: string, count: number): boolean {
    return (this.lastChange.get(entryId) ?? -1) > count || this.forgottenUpTo > count;
  }

  /** Registers a new handle on `entryId`, joining (or creating) the entry's shared state. */
  add(attr: hivefs.IAttr, layout: FileLayout | undefined, metaHandleId: number, flags: number, cred: Cred): Handle {
    const entryId = attr.entryId ?? '';
    let file = this.byEntry.get(entryId);
    const size = Number(attr.size ?? 0);
    if (!file) this.byEntry.set(entryId, (file = { entryId, layout, size, chunkBlocks: new Map(), handles: new Set(), writeErrors: 0, lastWriteError: undefined }));
    else file.size = Math.max(file.size, size);
    const h: Handle = {
      fh: this.allocFh(), file, metaHandleId, flags, cred,
      writer: undefined, readAhead: undefined, sizeHint: 0, lastWrite: undefined, unreported: false, touched: new Set(),
      writeErrorsSeen: file.writeErrors, pageCache: false,
    };
    file.handles.add(h);
    this.byFh.set(h.fh, h);
    return h;
  }

  /** The handle numbered `fh`; EBADF when there is none. */
  get(fh: number): Handle {
    const h = this.byFh.get(fh);
    if (!h) throw VfsError.of('EBADF', `no open file handle ${fh}`);
    return h;
  }

  /** The shared state of an entry open on this client. */
  file(entryId: string | null | undefined): OpenFile | undefined {
    return entryId ? this.byEntry.get(entryId) : undefined;
  }

  /** Forgets a handle; the entry's state goes with its last handle, its read-ahead blocks go back to the pool. */
  remove(h: Handle): void {
    h.readAhead?.clear();
    this.byFh.delete(h.fh);
    h.file.handles.delete(h);
    if (h.file.handles.size === 0 && this.byEntry.get(h.file.entryId) === h.file) this.byEntry.delete(h.file.entryId);
  }

  /** Every open handle. */
  all(): Handle[] {
    return [...this.byFh.values()];
  }

  /** Forgets every handle. */
  clear(): void {
    for (const h of this.byFh.values()) h.readAhead?.clear();
    this.byFh.clear();
    this.byEntry.clear();
  }

  private allocFh(): number {
    while (this.byFh.has(this.nextFh)) this.nextFh = this.nextFh >= MAX_FH ? 1 : this.nextFh + 1;
    const fh = this.nextFh;
    this.nextFh = fh >= MAX_FH ? 1 : fh + 1;
    return fh;
  }
}
