// The VFS: a path-based, all-async POSIX file system API over HiveFS (what the FUSE adapter calls).
import { setMaxListeners } from 'node:events';
import { BufferPool, type Logger } from '@hivefs/common';
import { MapView, Rpc, type hivefs } from '@hivefs/protocol';
import * as attrs from './attrs.js';
import { defaultClientConfig, type ClientConfig } from './config.js';
import type { VfsContext } from './context.js';
import { VfsError, toVfsError } from './errors.js';
import * as files from './file-ops.js';
import { HandleTable } from './handles.js';
import { HiddenFiles } from './hidden.js';
import { MetaClient } from './meta-client.js';
import { OutageLog } from './outage-log.js';
import * as names from './namespace.js';
import { PathCache } from './path-cache.js';
import { readdir } from './readdir.js';
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
      signal: abort.signal,
      outages: new OutageLog({ log, mode: config.sysFailureMode }),
    });
    const session = new ClientSession({ view, log, alias: config.sysClientAlias, heartbeatSecs: config.sysHeartbeatIntervalSecs });
    try {
      await view.refresh();
      await session.register();
    } catch (e) {
      view.close();
      throw toVfsError(e, `connect to mgmtd ${init.mgmtdHost}:${init.mgmtdPort}`);
    }
    const meta = new MetaClient(view, retry);
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

  /** The effective configuration. */
  /** Statahead pages fetched and cached so far (stats, tests). */
  get statAheadPages(): number {
    return this.ctx.statahead?.pages ?? 0;
  }

  get config(): Readonly<ClientConfig> {
    return this.ctx.config;
  }

  /** Looks up `path` (a final symlink is not followed). */
  lookup(path: string, cred: Cred): Promise<VfsStat> {
    return this.run('lookup', path, () => attrs.getattr(this.ctx, path, cred));
  }

  /** Stat of `path` (a final symlink is not followed), fresh within tuneAttrCacheSecs. */
  getattr(path: string, cred: Cred): Promise<VfsStat> {
    return this.run('getattr', path, () => attrs.getattr(this.ctx, path, cred));
  }

  /**
   * Stat through an open handle; works after the file was unlinked. `path`: the path of the FUSE
   * request (null when libfuse has none); it tells whether libfuse knows the file as hidden.
   */
  fgetattr(fh: number, cred: Cred, path?: string | null): Promise<VfsStat> {
    return this.run('fgetattr', fh, () => files.fgetattr(this.ctx, fh, cred, path));
  }

  /** access(2): resolves `path` (symlinks followed) and checks `mask` (R_OK 4, W_OK 2, X_OK 1; 0 = exists). */
  access(path: string, mask: number, cred: Cred): Promise<void> {
    return this.run('access', path, () => attrs.access(this.ctx, path, mask, cred));
  }

  /** Changes mode, owner, size and/or times; returns the new stat. */
  setattr(path: string, changes: SetAttrChanges, cred: Cred): Promise<VfsStat> {
    return this.run('setattr', path, () => attrs.setattr(this.ctx, path, changes, cred));
  }

  /** Creates a directory with permission bits `mode`. */
  mkdir(path: string, mode: number, cred: Cred): Promise<VfsStat> {
    return this.run('mkdir', path, () => names.mkdir(this.ctx, path, mode, cred));
  }

  /** Removes an empty directory. */
  rmdir(path: string, cred: Cred): Promise<void> {
    return this.run('rmdir', path, () => names.rmdir(this.ctx, path, cred));
  }

  /** Creates and opens a file (Linux O_* flags; O_EXCL honoured); returns the handle number. */
  create(path: string, mode: number, flags: number, cred: Cred): Promise<number> {
    return this.run('create', path, () => files.create(this.ctx, path, mode, flags, cred));
  }

  /** Opens a file (O_TRUNC empties it, O_APPEND sends writes to the end); returns the handle number. */
  open(path: string, flags: number, cred: Cred): Promise<number> {
    return this.run('open', path, () => files.open(this.ctx, path, flags, cred));
  }

  /**
   * Reads up to `length` bytes at `position` into buf; returns the count, which stops at the
   * size this client knows (size at open, own writes). Holes read as zeros.
   */
  read(fh: number, buf: Buffer, length: number, position: number): Promise<number> {
    return this.run('read', fh, () => files.read(this.ctx, fh, buf, length, position));
  }

  /**
   * Copies buf[0, length) into the write-behind buffer (buf may be reused once this returns)
   * and returns `length`. Waits only while too much is outstanding. Rejects with the error of
   * an earlier background write.
   */
  write(fh: number, buf: Buffer, length: number, position: number): Promise<number> {
    return this.run('write', fh, () => files.write(this.ctx, fh, buf, length, position));
  }

  /** Sends buffered writes and reports the size to meta; rejects with background write errors. */
  flush(fh: number): Promise<void> {
    return this.run('flush', fh, () => files.flush(this.ctx, fh));
  }

  /**
   * Sends every handle's buffered writes of the file, makes the chunk files written since the
   * last fsync durable and reports the size. `datasync` (fdatasync) changes nothing: the size
   * is metadata needed to read the data back, so it is always reported.
   */
  fsync(fh: number, datasync: boolean): Promise<void> {
    return this.run('fsync', fh, () => files.fsync(this.ctx, fh, datasync));
  }

  /** flush and close the handle; the handle is gone even when this rejects. */
  release(fh: number): Promise<void> {
    return this.run('release', fh, () => files.release(this.ctx, fh));
  }

  /** Sets the size of the file at `path`. */
  truncate(path: string, size: number, cred: Cred): Promise<void> {
    return this.run('truncate', path, () => files.truncate(this.ctx, path, size, cred));
  }

  /** Sets the size of an open file. */
  ftruncate(fh: number, size: number): Promise<void> {
    return this.run('ftruncate', fh, () => files.ftruncate(this.ctx, fh, size));
  }

  /**
   * Removes a name; open handles keep the data until released. A name libfuse hid an open file
   * under is only forgotten (the file was unlinked in meta when it was hidden).
   */
  unlink(path: string, cred: Cred): Promise<void> {
    return this.run('unlink', path, () => names.unlink(this.ctx, path, cred));
  }

  /**
   * Renames `from` to `to`. libfuse's hide of a file open here (a rename to `.fuse_hidden<16 hex>`
   * in the same directory) unlinks it instead; a hidden name renamed elsewhere fails with EXDEV.
   */
  rename(from: string, to: string, cred: Cred): Promise<void> {
    return this.run('rename', from, () => names.rename(this.ctx, from, to, cred));
  }

  /** All entries of a directory with their stats, "." and ".." first. */
  readdir(path: string, cred: Cred): Promise<VfsDirEntry[]> {
    return this.run('readdir', path, () => readdir(this.ctx, path, cred));
  }

  /** Creates a symbolic link at `path` to `target`. */
  symlink(target: string, path: string, cred: Cred): Promise<VfsStat> {
    return this.run('symlink', path, () => names.symlink(this.ctx, target, path, cred));
  }

  /**
   * Creates a special file at `path`: `type` is FIFO, SOCKET, CHARDEV or BLOCKDEV (devices root
   * only), `perm` its permission bits, `rdev` a device's number. HiveFS stores it in meta; its
   * I/O is the kernel's (a FIFO's data never reaches HiveFS).
   */
  mknod(path: string, type: hivefs.EntryType, perm: number, rdev: number, cred: Cred): Promise<VfsStat> {
    return this.run('mknod', path, () => names.mknod(this.ctx, path, type, perm, rdev, cred));
  }

  /** The target of a symbolic link. */
  readlink(path: string, cred: Cred): Promise<string> {
    return this.run('readlink', path, () => names.readlink(this.ctx, path, cred));
  }

  /** Creates a hard link `newPath` to `existing`. */
  link(existing: string, newPath: string, cred: Cred): Promise<VfsStat> {
    return this.run('link', newPath, () => names.link(this.ctx, existing, newPath, cred));
  }

  /** Sets an extended attribute (flags: 1 XATTR_CREATE, 2 XATTR_REPLACE). */
  setxattr(path: string, name: string, value: Uint8Array, flags: number, cred: Cred): Promise<void> {
    return this.run('setxattr', path, () => attrs.setxattr(this.ctx, path, name, value, flags, cred));
  }

  /** The value of an extended attribute; ENODATA when absent. */
  getxattr(path: string, name: string, cred: Cred): Promise<Buffer> {
    return this.run('getxattr', path, () => attrs.getxattr(this.ctx, path, name, cred));
  }

  /** Names of the extended attributes of `path`. */
  listxattr(path: string, cred: Cred): Promise<string[]> {
    return this.run('listxattr', path, () => attrs.listxattr(this.ctx, path, cred));
  }

  /** Removes an extended attribute; ENODATA when absent. */
  removexattr(path: string, name: string, cred: Cred): Promise<void> {
    return this.run('removexattr', path, () => attrs.removexattr(this.ctx, path, name, cred));
  }

  /** Space and inodes of the whole file system. */
  statfs(): Promise<VfsStatFs> {
    return this.run('statfs', '/', () => attrs.statfs(this.ctx));
  }

  /** Sets the default stripe pattern of a directory (root or its owner only). */
  setPattern(path: string, spec: attrs.PatternSpec, cred: Cred): Promise<VfsStat> {
    return this.run('setPattern', path, () => attrs.setPattern(this.ctx, path, spec, cred));
  }

  /** Entry id, owner node and stripe pattern of `path`. */
  getEntryInfo(path: string, cred: Cred): Promise<attrs.EntryInfo> {
    return this.run('getEntryInfo', path, () => attrs.getEntryInfo(this.ctx, path, cred));
  }

  /** Numbers of the open handles. */
  openHandles(): number[] {
    return this.ctx.handles.all().map((h) => h.fh);
  }

  /**
   * Releases every open handle (flush, then close with meta), all in parallel; used before
   * {@link close} when a mount goes away with files still open. Resolves with the errors
   * (empty when every handle was released cleanly); never rejects.
   */
  async releaseAll(): Promise<VfsError[]> {
    const results = await Promise.allSettled(this.openHandles().map((fh) => this.release(fh)));
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

  private async run<T>(op: string, what: string | number, fn: () => Promise<T>): Promise<T> {
    if (this.closed) throw VfsError.of('EIO', `${op} ${what}: the client is closed`);
    try {
      return await fn();
    } catch (e) {
      if (this.closed && !(e instanceof VfsError)) throw VfsError.of('EIO', `${op} ${what}: the client was closed`);
      throw toVfsError(e, `${op} ${what}`);
    }
  }
}
