// The low-level engine's ops: one dispatcher for every request the addon hands over; each op maps inode
// numbers to entries and paths, calls the VFS and answers through the addon. No file system semantics live here.
import { constants as fsConstants } from 'node:fs';
import { BufferPool, type Logger } from '@hivefs/common';
import {
  Cap, Info, Op, OpenBits, SetAttr, ST_COUNT, type ConnInfo, type Dispatch, type FuseLowLevel, type Mounted,
} from '@hivefs/fuse-lowlevel';
import { errnoOf } from '../errors.js';
import { O } from '../flags.js';
import { localXattr, mknodBy } from '../fuse/fuse-ops.js';
import type { FuseCaller } from '../fuse/binding.js';
import type { Replier } from '../fuse/reply.js';
import type { Cred, SetAttrChanges, VfsDirEntry, VfsStat } from '../types.js';
import type { ReadRefs } from '../file-io.js';
import type { Vfs } from '../vfs.js';
import { putStat, putStatFs } from './attr-arrays.js';
import { DirHandles, type DirHandle } from './dir-handles.js';
import { KernelCache } from './kernel-cache.js';
import type { Inode, InodeTable } from './inodes.js';

/** The part of the VFS the low-level ops use (tests pass a fake). */
export type LowLevelVfs = Pick<
  Vfs,
  | 'lookupAt' | 'getattrById' | 'fgetattr' | 'setattrById' | 'truncateById' | 'ftruncate' | 'readlinkById' | 'mknodAt' | 'mkdirAt'
  | 'unlinkAt' | 'rmdirAt' | 'symlinkAt' | 'renameAt' | 'linkAt' | 'openById' | 'createAt' | 'read' | 'readByRef' | 'write' | 'flush' | 'release'
  | 'fsync' | 'readdirById' | 'statfs' | 'setxattrById' | 'getxattrById' | 'listxattrById' | 'removexattrById' | 'access'
  | 'fallocate' | 'copyFileRange'
>;

/**
 * The open reply's bits for a handle opened with `flags`. An O_DIRECT handle is a direct-I/O
 * handle: the kernel then sends a process's read(2)/write(2) on it as ordinary requests it waits
 * for interruptibly. Otherwise the kernel's asynchronous direct I/O (ASYNC_DIO, granted for aio)
 * sends them in the background and waits for them in state D, where neither Ctrl-C nor SIGKILL
 * ends a read stuck on a paused server (README, failover mode: waits can be interrupted).
 */
export function openBits(flags: number): number {
  return flags & fsConstants.O_DIRECT ? OpenBits.DIRECT_IO : 0;
}

/** Reads this large get a pooled reply buffer (smaller ones come from Node's own slab pool). */
const POOLED_READ_MIN = 64 * 1024;
/** Most buffers one read reply is made of (the addon's limit). */
const MAX_REPLY_PARTS = 64;
/** Most idle bytes the read reply pool keeps: enough for the kernel's read requests in flight. */
const READ_POOL_BYTES = 16 * 1024 * 1024;

/** What {@link LowLevelOps} needs. */
export interface LowLevelOpsInit {
  vfs: LowLevelVfs;
  ll: FuseLowLevel;
  mounted: Mounted;
  replier: Replier;
  inodes: InodeTable;
  log: Logger;
  /** Seconds the kernel may keep names (tuneEntryCacheSecs) and attributes (tuneAttrCacheSecs). */
  entryTimeoutSecs: number;
  attrTimeoutSecs: number;
  /** INIT was answered: the file system serves. */
  onInit: (conn: ConnInfo) => void;
  /** The kernel closed the connection (unmounted or aborted). */
  onEnded: () => void;
}

const E = {
  ENOENT: errnoOf('ENOENT'), ESTALE: errnoOf('ESTALE'), EBADF: errnoOf('EBADF'), EINVAL: errnoOf('EINVAL'),
  ERANGE: errnoOf('ERANGE'), ENODATA: errnoOf('ENODATA'), EOPNOTSUPP: errnoOf('EOPNOTSUPP'), ENOSYS: errnoOf('ENOSYS'),
};

/** Smallest dirent the kernel's buffer holds (header 24 bytes, name padded to 8); plus adds a 128-byte entry. */
const MIN_DIRENT = 32;
const MIN_DIRENT_PLUS = 160;

/**
 * Serves one low-level mount. Node ids come from the {@link InodeTable}; each op takes the path
 * of its node (computed synchronously, when the request arrives) or its entry id, and calls the
 * same VFS as the fuse-native engine, through the same {@link Replier} (one answer per request,
 * throws become -errno, interrupts abort the op's signal).
 */
export class LowLevelOps {
  readonly dirs = new DirHandles();
  /** What the kernel was told of each inode; invalidations of its caches. */
  readonly kernel: KernelCache;
  /** Id of the request being dispatched: the Replier's interrupt token. */
  private current = 0;
  /** The kernel granted its writeback cache at INIT: opens tell the VFS (see OpenOptions). */
  private writebackCache = false;
  /**
   * Read reply buffers, reused: a fresh 1 MiB buffer per request is fresh memory from the system
   * each time (page faults on every page), which cost more CPU than the copy into it.
   */
  private readonly replyBuffers = new BufferPool(READ_POOL_BYTES);

  constructor(private readonly o: LowLevelOpsInit) {
    this.kernel = new KernelCache(o.ll, () => o.mounted.session);
  }

  /** The request being dispatched (valid synchronously inside an op). */
  token(): number {
    return this.current;
  }

  /** The process of the request being dispatched (valid synchronously inside an op). */
  caller(): FuseCaller {
    const i = this.o.mounted.info;
    return { uid: i[Info.UID]!, gid: i[Info.GID]!, pid: i[Info.PID]! };
  }

  readonly dispatch: Dispatch = (op, id, ino, a, b, c, d) => {
    this.current = id;
    try {
      this.serve(op, id, ino, a, b, c, d);
    } catch (e) {
      this.o.log.error({ op, ino, err: e }, 'low-level FUSE op threw');
      if (id > 0) this.err(id, errnoOf('EIO'));
    }
  };

  private serve(op: number, id: number, ino: number, a: unknown, b: unknown, c: unknown, d: unknown): void {
    switch (op) {
      case Op.INIT:
        this.writebackCache = ((a as ConnInfo).want & Cap.WRITEBACK_CACHE) !== 0;
        return this.o.onInit(a as ConnInfo);
      case Op.ENDED:
        return this.o.onEnded();
      case Op.INTERRUPT:
        return this.o.replier.interrupt();
      case Op.FORGET:
        return this.forget(ino, a as number);
      case Op.BATCH_FORGET: {
        const pairs = a as Float64Array;
        for (let i = 0; i + 1 < pairs.length; i += 2) this.forget(pairs[i]!, pairs[i + 1]!);
        return;
      }
      case Op.LOOKUP:
        return this.lookup(id, ino, a as string);
      case Op.GETATTR:
        return this.getattr(id, ino);
      case Op.SETATTR:
        return this.setattr(id, ino, a as number, b as number);
      case Op.READLINK:
        return this.byId(id, ino, 'readlink', (n, cr, s) => this.o.vfs.readlinkById(n.entryId, cr, s), (t) => this.o.ll.replyReadlink(this.session, id, t), true);
      case Op.MKNOD:
        return this.make(id, ino, a as string, 'mknod', async (dir, name, cr, s) => {
          const vfs = this.o.vfs;
          const made = await mknodBy(name, b as number, (type, perm) => vfs.mknodAt(dir, name, type, perm, c as number, cr, s), async () =>
            vfs.release(await vfs.createAt(dir, name, b as number, O.WRONLY | O.CREAT | O.EXCL, cr, s)));
          return made ?? vfs.lookupAt(dir, name, cr, s);
        });
      case Op.MKDIR:
        return this.make(id, ino, a as string, 'mkdir', (dir, name, cr, s) => this.o.vfs.mkdirAt(dir, name, b as number, cr, s));
      case Op.SYMLINK:
        return this.make(id, ino, a as string, 'symlink', (dir, name, cr, s) => this.o.vfs.symlinkAt(b as string, dir, name, cr, s));
      case Op.LINK:
        return this.link(id, ino, a as number, b as string);
      case Op.UNLINK:
        return this.remove(id, ino, a as string, 'unlink');
      case Op.RMDIR:
        return this.remove(id, ino, a as string, 'rmdir');
      case Op.RENAME:
        return this.rename(id, ino, a as string, b as number, c as string, d as number);
      case Op.OPEN:
        return this.open(id, ino, a as number);
      case Op.CREATE:
        return this.create(id, ino, a as string, b as number, c as number);
      case Op.READ:
        return this.read(id, a as number, b as number, c as number);
      case Op.WRITE:
        return this.write(id, a as Buffer, b as number, c as number);
      case Op.FLUSH:
        return this.done(id, 'flush', a as number, (s) => this.o.vfs.flush(a as number, s));
      case Op.RELEASE:
        return this.done(id, 'release', a as number, () => this.o.vfs.release(a as number));
      case Op.FSYNC:
        return this.done(id, 'fsync', b as number, (s) => this.o.vfs.fsync(b as number, (a as number) !== 0, s));
      case Op.OPENDIR:
        return this.opendir(id, ino);
      case Op.READDIR:
      case Op.READDIRPLUS:
        return this.readdir(id, a as number, b as number, c as number, op === Op.READDIRPLUS);
      case Op.RELEASEDIR:
        this.dirs.release(a as number);
        return this.err(id, 0);
      case Op.FSYNCDIR:
        return this.err(id, 0);
      case Op.FALLOCATE:
        return this.done(id, 'fallocate', d as number, (s) => this.o.vfs.fallocate(d as number, a as number, b as number, c as number, s));
      case Op.COPY_FILE_RANGE:
        return this.copyFileRange(id, a as Float64Array);
      case Op.STATFS:
        return this.o.replier.run(this.answer(id, () => this.o.ll.replyStatfs(this.session, id)), 'statfs', '/', async (s) => putStatFs(this.o.mounted.statfs, await this.o.vfs.statfs(s)));
      case Op.ACCESS:
        return this.withPath(id, ino, 'access', (path) => this.as(id, 'access', path, (cr, s) => this.o.vfs.access(path, (a as number) & 7, cr, s), () => this.err(id, 0)));
      case Op.SETXATTR:
        return this.setxattr(id, ino, a as string, b as Buffer, c as number);
      case Op.GETXATTR:
        return this.getxattr(id, ino, a as string, b as number);
      case Op.LISTXATTR:
        return this.listxattr(id, ino, a as number);
      case Op.REMOVEXATTR:
        return this.removexattr(id, ino, a as string);
      default:
        return this.err(id, E.ENOSYS);
    }
  }

  private forget(ino: number, n: number): void {
    if (this.o.inodes.forget(ino, n)) this.kernel.forgot(ino);
  }

  private get session() {
    return this.o.mounted.session;
  }

  private err(id: number, errno: number): void {
    this.o.ll.replyErr(this.session, id, errno);
  }

  /** A Replier callback: errors answered as such, success by `ok`. */
  private answer<T>(id: number, ok: (v: T) => void): (code: number, v: T) => void {
    return (code, v) => (code ? this.err(id, -code) : ok(v));
  }

  /** Runs `fn` with the caller's credentials through the Replier; `ok` answers its result. */
  private as<T>(id: number, op: string, what: string, fn: (cred: Cred, signal: AbortSignal) => Promise<T>, ok: (v: T) => void): void {
    this.o.replier.as(this.answer(id, ok), op, what, fn);
  }

  /** Runs `fn` (no credentials needed) and answers 0. */
  private done(id: number, op: string, fh: number, fn: (signal: AbortSignal) => Promise<void>): void {
    this.o.replier.run(this.answer(id, () => this.err(id, 0)), op, fh, fn);
  }

  /** The node of `ino`, or undefined after answering ESTALE (the kernel named a node this table does not hold). */
  private node(id: number, ino: number): Inode | undefined {
    const n = this.o.inodes.get(ino);
    if (!n) this.err(id, E.ESTALE);
    return n;
  }

  /** Runs `fn` with the path of `ino`; ENOENT when the node has no name any more. */
  private withPath(id: number, ino: number, op: string, fn: (path: string, node: Inode) => void): void {
    const n = this.node(id, ino);
    if (!n) return;
    const path = this.o.inodes.path(n);
    if (path === null) return this.err(id, E.ENOENT);
    fn(path, n);
  }

  /**
   * Runs `fn` on the node of `ino` with the caller's credentials; `ok` answers its result. With
   * `itself` (the op is about the node, not a name in it) an ENOENT or ESTALE from meta means the
   * entry is gone: the kernel forgets the names it holds it under.
   */
  private byId<T>(id: number, ino: number, op: string, fn: (node: Inode, cred: Cred, signal: AbortSignal) => Promise<T>, ok: (v: T) => void, itself = false): void {
    const n = this.node(id, ino);
    if (!n) return;
    this.o.replier.as((code, v: T) => {
      if (!code) return ok(v);
      if (itself && (-code === E.ENOENT || -code === E.ESTALE)) this.gone(n);
      this.err(id, -code);
    }, op, n.entryId, (cr, s) => fn(n, cr, s));
  }

  /** Meta no longer has the entry of `n`: its names leave the table and the kernel's dentry cache. */
  private gone(n: Inode): void {
    for (const l of [...n.links]) {
      this.o.inodes.removed(l.parent, l.name);
      this.kernel.nameChanged(l.parent.ino, l.name);
    }
  }

  /** Answers an entry: the kernel takes one lookup of the node (taken back here when the answer did not reach it). */
  private entry(id: number, parentIno: number, name: string, st: VfsStat): void {
    const parent = this.o.inodes.get(parentIno);
    if (!parent) return this.err(id, E.ENOENT); // cannot happen: the kernel holds a directory it asks about
    const node = this.o.inodes.remember(parent, name, st.entryId);
    putStat(this.o.mounted.attr, st);
    if (this.o.ll.replyEntry(this.session, id, node.ino, 0, this.o.entryTimeoutSecs, this.o.attrTimeoutSecs) < 0) this.forget(node.ino, 1);
    else this.kernel.toldKernel(node.ino, st);
  }

  private lookup(id: number, parentIno: number, name: string): void {
    this.byId(id, parentIno, 'lookup', (dir, cr, s) => this.o.vfs.lookupAt(dir.entryId, name, cr, s), (st) => this.entry(id, parentIno, name, st));
  }

  /** getattr by entry id: no path walk, and it works for a file unlinked while open. */
  private getattr(id: number, ino: number): void {
    this.byId(id, ino, 'getattr', (n, cr, s) => this.o.vfs.getattrById(n.entryId, cr, s), (st) => this.attr(id, ino, st), true);
  }

  private attr(id: number, ino: number, st: VfsStat): void {
    putStat(this.o.mounted.attr, st);
    if (this.o.ll.replyAttr(this.session, id, this.o.attrTimeoutSecs) >= 0) this.kernel.toldKernel(ino, st);
  }

  /**
   * setattr, in libfuse's high-level order: mode and owner, then the size (through the handle when
   * there is one), then the times. The order matters: meta lets a non-owner take away only the
   * set-id bits the kernel asks to clear on a truncate, and the truncate itself clears them too.
   */
  private setattr(id: number, ino: number, toSet: number, fh: number): void {
    const n = this.node(id, ino);
    if (!n) return;
    const i = this.o.mounted.info;
    const ch: SetAttrChanges = {};
    if (toSet & SetAttr.MODE) ch.mode = i[Info.MODE]! & 0o7777;
    if (toSet & SetAttr.UID) ch.uid = i[Info.UID_NEW]!;
    if (toSet & SetAttr.GID) ch.gid = i[Info.GID_NEW]!;
    if (toSet & SetAttr.ATIME_NOW) ch.atime = 'now';
    else if (toSet & SetAttr.ATIME) ch.atime = { sec: i[Info.ATIME]!, nsec: i[Info.ATIME_NS]! };
    if (toSet & SetAttr.MTIME_NOW) ch.mtime = 'now';
    else if (toSet & SetAttr.MTIME) ch.mtime = { sec: i[Info.MTIME]!, nsec: i[Info.MTIME_NS]! };
    const size = toSet & SetAttr.SIZE ? i[Info.SIZE]! : undefined;
    const { atime, mtime, ...owner } = ch;
    const times: SetAttrChanges = { ...(atime !== undefined ? { atime } : {}), ...(mtime !== undefined ? { mtime } : {}) };
    const vfs = this.o.vfs;
    this.as(id, 'setattr', n.entryId, async (cr, s) => {
      let st: VfsStat | undefined;
      if (Object.keys(owner).length > 0) st = await vfs.setattrById(n.entryId, owner, cr, s);
      if (size !== undefined) {
        await (fh >= 0 ? vfs.ftruncate(fh, size, s) : vfs.truncateById(n.entryId, size, cr, s));
        st = undefined;
      }
      if (Object.keys(times).length > 0) st = await vfs.setattrById(n.entryId, times, cr, s);
      return st ?? vfs.getattrById(n.entryId, cr, s);
    }, (st) => this.attr(id, ino, st));
  }

  /** mknod, mkdir, symlink: make `name` in `parentIno`, answer its entry. */
  private make(id: number, parentIno: number, name: string, op: string, fn: (dirId: string, name: string, cred: Cred, signal: AbortSignal) => Promise<VfsStat>): void {
    this.byId(id, parentIno, op, (dir, cr, s) => fn(dir.entryId, name, cr, s), (st) => this.entry(id, parentIno, name, st));
  }

  private link(id: number, ino: number, newParentIno: number, newName: string): void {
    const n = this.node(id, ino);
    if (!n) return;
    this.byId(id, newParentIno, 'link', (dir, cr, s) => this.o.vfs.linkAt(n.entryId, dir.entryId, newName, cr, s), (st) => this.entry(id, newParentIno, newName, st));
  }

  private remove(id: number, parentIno: number, name: string, op: 'unlink' | 'rmdir'): void {
    const vfs = this.o.vfs;
    this.byId(id, parentIno, op, (dir, cr, s) => (op === 'unlink' ? vfs.unlinkAt(dir.entryId, name, cr, s) : vfs.rmdirAt(dir.entryId, name, cr, s)), () => {
      const parent = this.o.inodes.get(parentIno);
      if (parent) this.o.inodes.removed(parent, name);
      this.err(id, 0);
    });
  }

  /** rename(2); renameat2's flags (RENAME_NOREPLACE, RENAME_EXCHANGE) are not supported yet: EINVAL. */
  private rename(id: number, parentIno: number, name: string, newParentIno: number, newName: string, flags: number): void {
    if (flags !== 0) return this.err(id, E.EINVAL);
    const to = this.node(id, newParentIno);
    if (!to) return;
    this.byId(id, parentIno, 'rename', (from, cr, s) => this.o.vfs.renameAt(from.entryId, name, to.entryId, newName, cr, s), () => {
      const parent = this.o.inodes.get(parentIno);
      const newParent = this.o.inodes.get(newParentIno);
      if (parent && newParent) this.o.inodes.renamed(parent, name, newParent, newName);
      else if (parent) this.o.inodes.removed(parent, name);
      this.err(id, 0);
    });
  }

  /**
   * open: no keep_cache, so the kernel drops the file's cached pages at every open (close-to-open
   * between clients, as the native engine's ac_attr_timeout=0 gives). O_DIRECT: see {@link openBits}.
   */
  private open(id: number, ino: number, flags: number): void {
    this.byId(id, ino, 'open', async (n, cr, s) => {
      const fh = await this.o.vfs.openById(n.entryId, flags, cr, s, this.openOptions());
      // the attributes meta sent with the open (cached: no round trip), for the kernel's cache
      const st = await this.o.vfs.fgetattr(fh, cr, undefined, s).catch(() => undefined);
      return { fh, st };
    }, ({ fh, st }) => {
      if (st) this.kernel.learned(ino, st);
      // the kernel never saw the handle (the open was interrupted): it will not release it
      if (this.o.ll.replyOpen(this.session, id, fh, openBits(flags)) < 0) void this.o.vfs.release(fh).catch(() => undefined);
    }, true);
  }

  private create(id: number, parentIno: number, name: string, mode: number, flags: number): void {
    this.byId(id, parentIno, 'create', async (dir, cr, s) => {
      const fh = await this.o.vfs.createAt(dir.entryId, name, mode, flags, cr, s, this.openOptions());
      try {
        return { fh, st: await this.o.vfs.fgetattr(fh, cr, undefined, s) };
      } catch (e) {
        await this.o.vfs.release(fh).catch(() => undefined);
        throw e;
      }
    }, ({ fh, st }) => {
      const parent = this.o.inodes.get(parentIno);
      if (!parent) {
        // the kernel forgot the directory meanwhile: it cannot hold an entry below it
        this.err(id, E.ENOENT);
        return void this.o.vfs.release(fh).catch(() => undefined);
      }
      const node = this.o.inodes.remember(parent, name, st.entryId);
      putStat(this.o.mounted.attr, st);
      if (this.o.ll.replyCreate(this.session, id, node.ino, 0, this.o.entryTimeoutSecs, this.o.attrTimeoutSecs, fh, openBits(flags)) < 0) {
        this.forget(node.ino, 1);
        void this.o.vfs.release(fh).catch(() => undefined);
      } else {
        this.kernel.toldKernel(node.ino, st);
      }
    });
  }

  /** With the writeback cache the kernel reads through write-only handles and places O_APPEND writes itself. */
  private openOptions(): { writebackCache: boolean } {
    return { writebackCache: this.writebackCache };
  }

  /** copy_file_range: v = (offIn, fhIn, inoOut, offOut, fhOut, len, flags); the VFS copies in the client and the count goes back as a write's. */
  private copyFileRange(id: number, v: Float64Array): void {
    const [offIn, fhIn, , offOut, fhOut, len, flags] = v as unknown as number[];
    if (flags !== 0) return this.err(id, E.EINVAL);
    this.o.replier.bytes((n) => (n < 0 ? this.err(id, -n) : void this.o.ll.replyWrite(this.session, id, n)), 'copy_file_range', fhIn!, (s) => this.o.vfs.copyFileRange(fhIn!, offIn!, fhOut!, offOut!, len!, s));
  }

  /**
   * read: when the handle's read-ahead blocks already hold the range (a streaming read), the
   * kernel gets views of them (replyIov) and copies straight from there; otherwise the VFS fills
   * a pooled buffer that goes to the kernel as it is. Either reply is written to the kernel before
   * replyIov/replyBuf returns, so the blocks are released and the buffer is free again right after.
   */
  private read(id: number, size: number, off: number, fh: number): void {
    let buf: Buffer | undefined;
    const pooled = size >= POOLED_READ_MIN;
    this.o.replier.run<ReadRefs | number>((code, v) => {
      try {
        if (code < 0) this.err(id, -code);
        else if (typeof v === 'number') this.o.ll.replyBuf(this.session, id, buf!, v);
        else this.o.ll.replyIov(this.session, id, v.parts);
      } finally {
        if (typeof v === 'object') v.release();
        if (buf && pooled) this.replyBuffers.give(buf);
      }
    }, 'read', fh, async (s) => {
      const refs = await this.o.vfs.readByRef(fh, size, off, s);
      if (refs && refs.parts.length <= MAX_REPLY_PARTS) return refs;
      refs?.release();
      buf = pooled ? this.replyBuffers.take(size) : Buffer.allocUnsafe(size);
      return this.o.vfs.read(fh, buf, size, off, s);
    });
  }

  /** write: the payload is lent for this call only; the VFS copies it into its write-behind buffer before it returns. */
  private write(id: number, buf: Buffer, off: number, fh: number): void {
    this.o.replier.bytes((n) => (n < 0 ? this.err(id, -n) : void this.o.ll.replyWrite(this.session, id, n)), 'write', fh, (s) => this.o.vfs.write(fh, buf, buf.length, off, s));
  }

  private opendir(id: number, ino: number): void {
    const n = this.node(id, ino);
    if (!n) return;
    const fh = this.dirs.add(n);
    if (this.o.ll.replyOpen(this.session, id, fh, 0) < 0) this.dirs.release(fh);
  }

  /** readdir/readdirplus: the listing is read at offset 0 and served from the handle for the following offsets. */
  private readdir(id: number, size: number, off: number, fh: number, plus: boolean): void {
    const h = this.dirs.get(fh);
    if (!h) return this.err(id, E.EBADF);
    if (off > 0 && h.entries) return this.sendDirents(id, h, size, off, plus);
    this.as(id, 'readdir', h.node.entryId, (cr, s) => this.o.vfs.readdirById(h.node.entryId, cr, s), (entries) => {
      h.entries = entries;
      if (!plus) this.listed(h.node, entries);
      this.sendDirents(id, h, size, off, plus);
    });
  }

  /**
   * A plain readdir's entries (the kernel gets no node ids or attributes with them): a name the
   * kernel holds for another entry is dropped from its cache, and a node whose size or mtime
   * changed loses its cached attributes and pages.
   */
  private listed(dir: Inode, entries: VfsDirEntry[]): void {
    for (const e of entries) {
      if (e.name === '.' || e.name === '..') continue;
      const known = this.o.inodes.child(dir, e.name);
      if (!known) continue;
      if (known.entryId !== e.stat.entryId) {
        this.o.inodes.removed(dir, e.name);
        this.kernel.nameChanged(dir.ino, e.name);
      } else {
        this.kernel.learned(known.ino, e.stat);
      }
    }
  }

  /**
   * Packs entries from `off` into the kernel's buffer. readdirplus hands the kernel a node id and
   * attributes with each entry but "." and "..": each is one lookup, counted before the answer and
   * taken back for entries that did not fit (or all, when the answer did not reach the kernel).
   */
  private sendDirents(id: number, h: DirHandle, size: number, off: number, plus: boolean): void {
    const all = h.entries ?? [];
    const slice = all.slice(off, off + Math.ceil(size / (plus ? MIN_DIRENT_PLUS : MIN_DIRENT)) + 1);
    const attrs = new Float64Array(slice.length * ST_COUNT);
    slice.forEach((e, i) => putStat(attrs, e.stat, i));
    let nodes: (Inode | undefined)[] = [];
    let nodeids: Float64Array | null = null;
    if (plus) {
      nodeids = new Float64Array(slice.length);
      nodes = slice.map((e) => (e.name === '.' || e.name === '..' ? undefined : this.o.inodes.remember(h.node, e.name, e.stat.entryId)));
      nodes.forEach((n, i) => (nodeids![i] = n?.ino ?? 0));
    }
    const sent = this.o.ll.replyDirents(
      this.session, id, size, plus, slice.map((e) => e.name), attrs, nodeids, off, this.o.entryTimeoutSecs, this.o.attrTimeoutSecs,
    );
    const kept = sent < 0 ? 0 : sent;
    nodes.forEach((n, i) => {
      if (n && i >= kept) this.forget(n.ino, 1);
      else if (n) this.kernel.toldKernel(n.ino, slice[i]!.stat);
    });
  }

  /** The xattr ops work by entry id: also on a file unlinked while open. */
  private setxattr(id: number, ino: number, name: string, value: Buffer, flags: number): void {
    if (localXattr(name)) return this.err(id, E.EOPNOTSUPP);
    const n = this.node(id, ino);
    if (n) this.as(id, 'setxattr', n.entryId, (cr, s) => this.o.vfs.setxattrById(n.entryId, name, value, flags, cr, s), () => this.err(id, 0));
  }

  private getxattr(id: number, ino: number, name: string, size: number): void {
    if (localXattr(name)) return this.err(id, E.ENODATA);
    const n = this.node(id, ino);
    if (n) this.as(id, 'getxattr', n.entryId, (cr, s) => this.o.vfs.getxattrById(n.entryId, name, cr, s), (v) => this.sized(id, v, size));
  }

  private listxattr(id: number, ino: number, size: number): void {
    const n = this.node(id, ino);
    if (n) this.as(id, 'listxattr', n.entryId, (cr, s) => this.o.vfs.listxattrById(n.entryId, cr, s), (names) => this.sized(id, Buffer.from(names.map((x) => `${x}\0`).join('')), size));
  }

  private removexattr(id: number, ino: number, name: string): void {
    if (localXattr(name)) return this.err(id, E.ENODATA);
    const n = this.node(id, ino);
    if (n) this.as(id, 'removexattr', n.entryId, (cr, s) => this.o.vfs.removexattrById(n.entryId, name, cr, s), () => this.err(id, 0));
  }

  /** An xattr value or list: its size when asked with size 0, ERANGE when it does not fit, else the bytes. */
  private sized(id: number, v: Buffer, size: number): void {
    if (size === 0) return void this.o.ll.replyXattr(this.session, id, v.length);
    if (v.length > size) return this.err(id, E.ERANGE);
    this.o.ll.replyBuf(this.session, id, v, v.length);
  }
}
