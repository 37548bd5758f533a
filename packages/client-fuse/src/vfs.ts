// The VFS: a path-based, all-async POSIX file system API over HiveFS (what the FUSE adapter calls).
import { setMaxListeners } from 'node:events';
import { BufferPool, type Logger } from '@hivefs/common';
import { MapView, Rpc, type hivefs } from '@hivefs/protocol';
import * as attrs from './attrs.js';
import { CloseBatcher } from './close-batcher.js';
import { defaultClientConfig, type ClientConfig } from './config.js';
import { opContext, type VfsContext } from './context.js';
import { VfsError, toVfsError } from './errors.js';
import * as files from './file-ops.js';
import { HandleTable } from './handles.js';
import { HiddenFiles } from './hidden.js';
import { MetaClient } from './meta-client.js';
import { RequestTags } from './request-tags.js';
import { OutageLog } from './outage-log.js';
import * as names from './namespace.js';
import { PathCache } from './path-cache.js';
import * as ranges from './range-ops.js';
import { readdir, readdirById } from './readdir.js';
import { ReadAheadBudget } from './reader.js';
import { Resolver } from './resolver.js';
import { RetryPolicy } from './retry.js';
import { MapHealth } from './server-health.js';
import { ClientSession } from './session.js';
import { Statahead } from './statahead.js';
import { StorageIo } from './storage-io.js';
import type { Cred, SetAttrChanges, VfsDirEntry, VfsStat, VfsStatFs } from './types.js';

/** What {@link Vfs.connect} needs. */
export interface VfsInit {
  mgmtdHost: string;
  mgmtdPort: number;
  /** Shared secret (connAuthFile); null when authentication is disabled. */
  secret: Buffer | null;
  log: Logger;
  /** Client config; missing keys take their defaults. */
  config?: Partial<ClientConfig>;
}

/** Full read-ahead windows a mount holds at once (the mount-wide read-ahead cap is this many times tuneReadAheadSize). */
const READ_AHEAD_STREAMS = 4;

/**
 * A mounted HiveFS, as a library. Every method is async and rejects only with {@link VfsError}.
 * Paths are absolute inside the file system ('/' is the root).
 */
export class Vfs {
  private closed = false;

  private constructor(private readonly ctx: VfsContext, private readonly session: ClientSession, private readonly abort: AbortController) {}

  /** Fetches the cluster map, registers this client with mgmtd and starts its heartbeat. */
  static async connect(init: VfsInit): Promise<Vfs> {
    const config: ClientConfig = { ...defaultClientConfig(), ...init.config };
    const log = init.log.child({ component: 'vfs' });
    const view = new MapView({ mgmtdHost: init.mgmtdHost, mgmtdPort: init.mgmtdPort, secret: init.secret, log, timeoutMs: config.connRequestTimeoutMs, maxFrameBytes: config.connMaxFrameBytes });
    const abort = new AbortController();
    setMaxListeners(0, abort.signal); // every operation waiting to retry listens to it
    const retry = new RetryPolicy({
      mode: config.sysFailureMode,
      health: new MapHealth(view),
      failoutTimeoutMs: config.connFailoutTimeoutMs,
      refreshMap: () => view.refresh(),
      map: view,
      signal: abort.signal,
      outages: new OutageLog({ log, mode: config.sysFailureMode }),
    });
    const session = new ClientSession({ view, log, alias: config.sysClientAlias, heartbeatSecs: config.sysHeartbeatIntervalSecs, requestTimeoutMs: config.connRequestTimeoutMs });
    try {
      await view.refresh();
      await session.register();
    } catch (e) {
      view.close();
      throw toVfsError(e, `connect to mgmtd ${init.mgmtdHost}:${init.mgmtdPort}`);
    }
    const meta = new MetaClient(view, retry, new RequestTags(() => session.clientId));
    const cache = new PathCache({ entryTtlSecs: config.tuneEntryCacheSecs, attrTtlSecs: config.tuneAttrCacheSecs });
    const hidden = new HiddenFiles();
    const statahead = new Statahead({
      entries: config.tuneStatAheadEntries,
      readPage: async (dirId, after, limit, cred) => (await meta.call(Rpc.readdir, dirId, { cred, dirId, after, limit, withAttrs: true })).entries ?? [],
      store: (dirId, e) => {
        if (e.attr?.entryId && e.name) cache.putEntry(dirId, e.name, e.attr);
      },
      onError: (dirId, err) => log.debug({ dirId, err: (err as Error).message }, 'statahead page failed'),
    });
    const ctx: VfsContext = {
      config, log, view, meta, cache, hidden, statahead,
      closes: new CloseBatcher(meta, () => session.clientId, log),
      storage: new StorageIo(view, retry),
      resolver: new Resolver(meta, cache, hidden, statahead),
      handles: new HandleTable(),
      // idle write-behind units and read-ahead blocks, for a stream of each
      pool: new BufferPool(Math.max(config.tuneWriteBehindBytes, 4 * 1024 * 1024) + 2 * config.tuneReadAheadSize),
      readAheadBudget: new ReadAheadBudget(READ_AHEAD_STREAMS * config.tuneReadAheadSize),
      clientId: () => session.clientId,
    };
    session.startHeartbeat();
    return new Vfs(ctx, session, abort);
  }

  /** This client's node id at mgmtd. */
  getClientId(): number {
    return this.session.clientId;
  }

  /** Statahead pages fetched and cached so far (stats, tests). */
  get statAheadPages(): number {
    return this.ctx.statahead?.pages ?? 0;
  }

  /** Sessions ended in the background and the closeSessions requests that carried them (stats). */
  get gatheredCloses(): { requests: number; sessions: number } {
    return this.ctx.closes?.stats() ?? { requests: 0, sessions: 0 };
  }

  /** The effective configuration. */
  get config(): Readonly<ClientConfig> {
    return this.ctx.config;
  }

  /** Looks up `path` (a final symlink is not followed). */
  lookup(path: string, cred: Cred, signal?: AbortSignal): Promise<VfsStat> {
    return this.run('lookup', path, (ctx) => attrs.getattr(ctx, path, cred), signal);
  }

  /** Stat of `path` (a final symlink is not followed), fresh within tuneAttrCacheSecs. */
  getattr(path: string, cred: Cred, signal?: AbortSignal): Promise<VfsStat> {
    return this.run('getattr', path, (ctx) => attrs.getattr(ctx, path, cred), signal);
  }

  /** Stat of the entry `entryId` (an inode-based engine's getattr: no path walk). */
  getattrById(entryId: string, cred: Cred, signal?: AbortSignal): Promise<VfsStat> {
    return this.run('getattr', entryId, (ctx) => attrs.getattrById(ctx, entryId, cred), signal);
  }

  /**
   * Stat through an open handle; works after the file was unlinked. `path`: the path of the FUSE
   * request (null when libfuse has none); it tells whether libfuse knows the file as hidden.
   */
  fgetattr(fh: number, cred: Cred, path?: string | null, signal?: AbortSignal): Promise<VfsStat> {
    return this.run('fgetattr', fh, (ctx) => files.fgetattr(ctx, fh, cred, path), signal);
  }

  /** access(2): resolves `path` (symlinks followed) and checks `mask` (R_OK 4, W_OK 2, X_OK 1; 0 = exists). */
  access(path: string, mask: number, cred: Cred, signal?: AbortSignal): Promise<void> {
    return this.run('access', path, (ctx) => attrs.access(ctx, path, mask, cred), signal);
  }

  /** Changes mode, owner, size and/or times; returns the new stat. */
  setattr(path: string, changes: SetAttrChanges, cred: Cred, signal?: AbortSignal): Promise<VfsStat> {
    return this.run('setattr', path, (ctx) => attrs.setattr(ctx, path, changes, cred), signal);
  }

  /** {@link setattr} of the entry `entryId` (an inode-based engine's setattr). */
  setattrById(entryId: string, changes: SetAttrChanges, cred: Cred, signal?: AbortSignal): Promise<VfsStat> {
    return this.run('setattr', entryId, (ctx) => attrs.setattrById(ctx, entryId, changes, cred), signal);
  }

  /** Creates a directory with permission bits `mode`. */
  mkdir(path: string, mode: number, cred: Cred, signal?: AbortSignal): Promise<VfsStat> {
    return this.run('mkdir', path, (ctx) => names.mkdir(ctx, path, mode, cred), signal);
  }

  /** Removes an empty directory. */
  rmdir(path: string, cred: Cred, signal?: AbortSignal): Promise<void> {
    return this.run('rmdir', path, (ctx) => names.rmdir(ctx, path, cred), signal);
  }

  /** Creates and opens a file (Linux O_* flags; O_EXCL honoured); returns the handle number. */
  create(path: string, mode: number, flags: number, cred: Cred, signal?: AbortSignal, opts?: files.OpenOptions): Promise<number> {
    return this.run('create', path, (ctx) => files.create(ctx, path, mode, flags, cred, opts), signal);
  }

  /**
   * Opens a file (O_TRUNC empties it, O_APPEND sends writes to the end); returns the handle
   * number. `opts.writebackCache`: see {@link files.OpenOptions}.
   */
  open(path: string, flags: number, cred: Cred, signal?: AbortSignal, opts?: files.OpenOptions): Promise<number> {
    return this.run('open', path, (ctx) => files.open(ctx, path, flags, cred, opts), signal);
  }

  /** fallocate(2) on an open file: mode 0 grows the file to offset + length; other modes: EOPNOTSUPP. */
  fallocate(fh: number, mode: number, offset: number, length: number, signal?: AbortSignal): Promise<void> {
    return this.run('fallocate', fh, (ctx) => ranges.fallocate(ctx, fh, mode, offset, length), signal);
  }

  /** copy_file_range(2) between two open files of this mount, read and written in the client in large pieces; returns the bytes copied. */
  copyFileRange(fhIn: number, offIn: number, fhOut: number, offOut: number, length: number, signal?: AbortSignal): Promise<number> {
    return this.run('copy_file_range', fhIn, (ctx) => ranges.copyFileRange(ctx, fhIn, offIn, fhOut, offOut, length), signal);
  }

  /**
   * Reads up to `length` bytes at `position` into buf; returns the count, which stops at the
   * size this client knows (size at open, own writes). Holes read as zeros.
   */
  read(fh: number, buf: Buffer, length: number, position: number, signal?: AbortSignal): Promise<number> {
    return this.run('read', fh, (ctx) => files.read(ctx, fh, buf, length, position), signal);
  }

  /**
   * The read as views of the handle's read-ahead blocks when they already hold it (a streaming
   * read), to be handed on without a copy and released after; undefined: {@link read} it.
   */
  readByRef(fh: number, length: number, position: number, signal?: AbortSignal): Promise<files.ReadRefs | undefined> {
    return this.run('read', fh, (ctx) => files.readByRef(ctx, fh, length, position), signal);
  }

  /**
   * Copies buf[0, length) into the write-behind buffer (buf may be reused once this returns)
   * and returns `length`. Waits only while too much is outstanding. Rejects with the error of
   * an earlier background write.
   */
  write(fh: number, buf: Buffer, length: number, position: number, signal?: AbortSignal): Promise<number> {
    return this.run('write', fh, (ctx) => files.write(ctx, fh, buf, length, position), signal);
  }

  /** Sends buffered writes and reports the size to meta; rejects with background write errors. */
  flush(fh: number, signal?: AbortSignal): Promise<void> {
    return this.run('flush', fh, (ctx) => files.flush(ctx, fh), signal);
  }

  /**
   * Sends every handle's buffered writes of the file, makes the chunk files written since the
   * last fsync durable and reports the size. `datasync` (fdatasync) changes nothing: the size
   * is metadata needed to read the data back, so it is always reported.
   */
  fsync(fh: number, datasync: boolean, signal?: AbortSignal): Promise<void> {
    return this.run('fsync', fh, (ctx) => files.fsync(ctx, fh, datasync), signal);
  }

  /** flush and close the handle; the handle is gone even when this rejects. */
  release(fh: number): Promise<void> {
    return this.run('release', fh, (ctx) => files.release(ctx, fh));
  }

  /** Sets the size of the file at `path`. */
  truncate(path: string, size: number, cred: Cred, signal?: AbortSignal): Promise<void> {
    return this.run('truncate', path, (ctx) => files.truncate(ctx, path, size, cred), signal);
  }

  /** Sets the size of the file `entryId` (an inode-based engine's truncate). */
  truncateById(entryId: string, size: number, cred: Cred, signal?: AbortSignal): Promise<void> {
    return this.run('truncate', entryId, (ctx) => files.truncateById(ctx, entryId, size, cred), signal);
  }

  /** Sets the size of an open file. */
  ftruncate(fh: number, size: number, signal?: AbortSignal): Promise<void> {
    return this.run('ftruncate', fh, (ctx) => files.ftruncate(ctx, fh, size), signal);
  }

  /**
   * Removes a name; open handles keep the data until released. A name libfuse hid an open file
   * under is only forgotten (the file was unlinked in meta when it was hidden).
   */
  unlink(path: string, cred: Cred, signal?: AbortSignal): Promise<void> {
    return this.run('unlink', path, (ctx) => names.unlink(ctx, path, cred), signal);
  }

  /**
   * Renames `from` to `to`. libfuse's hide of a file open here (a rename to `.fuse_hidden<16 hex>`
   * in the same directory) unlinks it instead; a hidden name renamed elsewhere fails with EXDEV.
   */
  rename(from: string, to: string, cred: Cred, signal?: AbortSignal): Promise<void> {
    return this.run('rename', from, (ctx) => names.rename(ctx, from, to, cred), signal);
  }

  /** All entries of a directory with their stats, "." and ".." first. */
  readdir(path: string, cred: Cred, signal?: AbortSignal): Promise<VfsDirEntry[]> {
    return this.run('readdir', path, (ctx) => readdir(ctx, path, cred), signal);
  }

  /** Creates a symbolic link at `path` to `target`. */
  symlink(target: string, path: string, cred: Cred, signal?: AbortSignal): Promise<VfsStat> {
    return this.run('symlink', path, (ctx) => names.symlink(ctx, target, path, cred), signal);
  }

  /**
   * Creates a special file at `path`: `type` is FIFO, SOCKET, CHARDEV or BLOCKDEV (devices root
   * only), `perm` its permission bits, `rdev` a device's number. HiveFS stores it in meta; its
   * I/O is the kernel's (a FIFO's data never reaches HiveFS).
   */
  mknod(path: string, type: hivefs.EntryType, perm: number, rdev: number, cred: Cred, signal?: AbortSignal): Promise<VfsStat> {
    return this.run('mknod', path, (ctx) => names.mknod(ctx, path, type, perm, rdev, cred), signal);
  }

  /** The target of a symbolic link. */
  readlink(path: string, cred: Cred, signal?: AbortSignal): Promise<string> {
    return this.run('readlink', path, (ctx) => names.readlink(ctx, path, cred), signal);
  }

  /** Creates a hard link `newPath` to `existing`. */
  link(existing: string, newPath: string, cred: Cred, signal?: AbortSignal): Promise<VfsStat> {
    return this.run('link', newPath, (ctx) => names.link(ctx, existing, newPath, cred), signal);
  }

  /** Sets an extended attribute (flags: 1 XATTR_CREATE, 2 XATTR_REPLACE). */
  setxattr(path: string, name: string, value: Uint8Array, flags: number, cred: Cred, signal?: AbortSignal): Promise<void> {
    return this.run('setxattr', path, (ctx) => attrs.setxattr(ctx, path, name, value, flags, cred), signal);
  }

  /** The value of an extended attribute; ENODATA when absent. */
  getxattr(path: string, name: string, cred: Cred, signal?: AbortSignal): Promise<Buffer> {
    return this.run('getxattr', path, (ctx) => attrs.getxattr(ctx, path, name, cred), signal);
  }

  /** Names of the extended attributes of `path`. */
  listxattr(path: string, cred: Cred, signal?: AbortSignal): Promise<string[]> {
    return this.run('listxattr', path, (ctx) => attrs.listxattr(ctx, path, cred), signal);
  }

  /** Removes an extended attribute; ENODATA when absent. */
  removexattr(path: string, name: string, cred: Cred, signal?: AbortSignal): Promise<void> {
    return this.run('removexattr', path, (ctx) => attrs.removexattr(ctx, path, name, cred), signal);
  }

  /** {@link setxattr} of the entry `entryId` (an inode-based engine's: works for a file unlinked while open). */
  setxattrById(entryId: string, name: string, value: Uint8Array, flags: number, cred: Cred, signal?: AbortSignal): Promise<void> {
    return this.run('setxattr', entryId, (ctx) => attrs.setxattrById(ctx, entryId, name, value, flags, cred), signal);
  }

  /** {@link getxattr} of the entry `entryId`. */
  getxattrById(entryId: string, name: string, cred: Cred, signal?: AbortSignal): Promise<Buffer> {
    return this.run('getxattr', entryId, (ctx) => attrs.getxattrById(ctx, entryId, name, cred), signal);
  }

  /** {@link listxattr} of the entry `entryId`. */
  listxattrById(entryId: string, cred: Cred, signal?: AbortSignal): Promise<string[]> {
    return this.run('listxattr', entryId, (ctx) => attrs.listxattrById(ctx, entryId, cred), signal);
  }

  /** {@link removexattr} of the entry `entryId`. */
  removexattrById(entryId: string, name: string, cred: Cred, signal?: AbortSignal): Promise<void> {
    return this.run('removexattr', entryId, (ctx) => attrs.removexattrById(ctx, entryId, name, cred), signal);
  }

  // Operations by parent entry id and name (an inode-based engine's: no path is built or walked).
  // Each is the core its path twin calls after resolving the path; hidden names are the path
  // twins' alone (libfuse's high-level API makes them, an inode-based engine does not).

  /** Stat of `name` in the directory `parentId` (a final symlink is not followed). */
  lookupAt(parentId: string, name: string, cred: Cred, signal?: AbortSignal): Promise<VfsStat> {
    return this.run('lookup', name, (ctx) => attrs.lookupAt(ctx, parentId, name, cred), signal);
  }

  /** {@link mkdir} of `name` in `parentId`. */
  mkdirAt(parentId: string, name: string, mode: number, cred: Cred, signal?: AbortSignal): Promise<VfsStat> {
    return this.run('mkdir', name, (ctx) => names.mkdirAt(ctx, parentId, name, mode, cred), signal);
  }

  /** {@link rmdir} of `name` in `parentId`. */
  rmdirAt(parentId: string, name: string, cred: Cred, signal?: AbortSignal): Promise<void> {
    return this.run('rmdir', name, (ctx) => names.rmdirAt(ctx, parentId, name, cred), signal);
  }

  /** {@link unlink} of `name` in `parentId`. */
  unlinkAt(parentId: string, name: string, cred: Cred, signal?: AbortSignal): Promise<void> {
    return this.run('unlink', name, (ctx) => names.unlinkAt(ctx, parentId, name, cred), signal);
  }

  /** {@link rename} of `name` in `parentId` to `newName` in `newParentId`. */
  renameAt(parentId: string, name: string, newParentId: string, newName: string, cred: Cred, signal?: AbortSignal): Promise<void> {
    return this.run('rename', name, (ctx) => names.renameAt(ctx, parentId, name, newParentId, newName, cred), signal);
  }

  /** {@link symlink} `name` in `parentId` to `target`. */
  symlinkAt(target: string, parentId: string, name: string, cred: Cred, signal?: AbortSignal): Promise<VfsStat> {
    return this.run('symlink', name, (ctx) => names.symlinkAt(ctx, target, parentId, name, cred), signal);
  }

  /** {@link mknod} of `name` in `parentId`. */
  mknodAt(parentId: string, name: string, type: hivefs.EntryType, perm: number, rdev: number, cred: Cred, signal?: AbortSignal): Promise<VfsStat> {
    return this.run('mknod', name, (ctx) => names.mknodAt(ctx, parentId, name, type, perm, rdev, cred), signal);
  }

  /** {@link link}: the entry `entryId` gets the name `newName` in `newParentId`. */
  linkAt(entryId: string, newParentId: string, newName: string, cred: Cred, signal?: AbortSignal): Promise<VfsStat> {
    return this.run('link', newName, (ctx) => names.linkAt(ctx, entryId, newParentId, newName, cred), signal);
  }

  /** {@link create} of `name` in `parentId`; returns the handle number. */
  createAt(parentId: string, name: string, mode: number, flags: number, cred: Cred, signal?: AbortSignal, opts?: files.OpenOptions): Promise<number> {
    return this.run('create', name, (ctx) => files.createAt(ctx, parentId, name, mode, flags, cred, opts), signal);
  }

  /** {@link open} of the entry `entryId`. */
  openById(entryId: string, flags: number, cred: Cred, signal?: AbortSignal, opts?: files.OpenOptions): Promise<number> {
    return this.run('open', entryId, (ctx) => files.openById(ctx, entryId, flags, cred, opts), signal);
  }

  /** {@link readdir} of the directory `dirId`. */
  readdirById(dirId: string, cred: Cred, signal?: AbortSignal): Promise<VfsDirEntry[]> {
    return this.run('readdir', dirId, (ctx) => readdirById(ctx, dirId, cred), signal);
  }

  /** {@link readlink} of the entry `entryId`. */
  readlinkById(entryId: string, cred: Cred, signal?: AbortSignal): Promise<string> {
    return this.run('readlink', entryId, (ctx) => names.readlinkById(ctx, entryId, cred), signal);
  }

  /** Space and inodes of the whole file system. */
  statfs(signal?: AbortSignal): Promise<VfsStatFs> {
    return this.run('statfs', '/', (ctx) => attrs.statfs(ctx), signal);
  }

  /** Sets the default stripe pattern of a directory (root or its owner only). */
  setPattern(path: string, spec: attrs.PatternSpec, cred: Cred, signal?: AbortSignal): Promise<VfsStat> {
    return this.run('setPattern', path, (ctx) => attrs.setPattern(ctx, path, spec, cred), signal);
  }

  /** Entry id, owner node and stripe pattern of `path`. */
  getEntryInfo(path: string, cred: Cred, signal?: AbortSignal): Promise<attrs.EntryInfo> {
    return this.run('getEntryInfo', path, (ctx) => attrs.getEntryInfo(ctx, path, cred), signal);
  }

  /** Numbers of the open handles. */
  openHandles(): number[] {
    return this.ctx.handles.all().map((h) => h.fh);
  }

  /**
   * Releases every open handle (flush, then close with meta), all in parallel, and waits for the
   * closes of released handles still on their way to meta; used before {@link close} when a mount
   * goes away. Resolves with the errors (empty when every handle was released cleanly); never rejects.
   */
  async releaseAll(): Promise<VfsError[]> {
    const results = await Promise.allSettled(this.openHandles().map((fh) => this.release(fh)));
    await this.ctx.closes?.settle();
    return results.flatMap((r) => (r.status === 'rejected' ? [toVfsError(r.reason)] : []));
  }

  /**
   * Releases resources: stops the heartbeat, ends waiting retries, closes connections. Buffered
   * data of open handles is dropped (release them first). Never waits for a server.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.session.stop();
    this.abort.abort();
    this.ctx.handles.clear();
    this.ctx.hidden.clear();
    this.ctx.cache.clear();
    this.ctx.view.close();
  }

  /**
   * Runs one operation. With `signal` (a FUSE request's interrupt) it runs on a context whose meta
   * requests and waits end with EINTR when the signal aborts (see {@link opContext}).
   */
  private async run<T>(op: string, what: string | number, fn: (ctx: VfsContext) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.closed) throw VfsError.of('EIO', `${op} ${what}: the client is closed`);
    try {
      return await fn(signal ? opContext(this.ctx, signal) : this.ctx);
    } catch (e) {
      if (this.closed && !(e instanceof VfsError)) throw VfsError.of('EIO', `${op} ${what}: the client was closed`);
      throw toVfsError(e, `${op} ${what}`);
    }
  }
}
