// One FUSE mount served by the low-level engine: mounts through the addon, waits for INIT, unmounts without hanging.
import { mkdir } from 'node:fs/promises';
import type { Logger } from '@hivefs/common';
import { Cap, Op, loadFuseLowLevel, type ConnInfo, type FuseLowLevel, type Mounted, type SessionStats } from '@hivefs/fuse-lowlevel';
import { ROOT_ENTRY_ID } from '@hivefs/protocol';
import { CallerCreds } from '../fuse/creds.js';
import { FS_NAME, FS_SUBTYPE } from '../fuse/mount-options.js';
import { howGone, type GoneHow } from '../fuse/mount-gone.js';
import { fuseConnectionId, mountAt } from '../fuse/mount-table.js';
import { Replier } from '../fuse/reply.js';
import { unmountFuse, type UnmountOutcome } from '../fuse/unmount.js';
import { InodeTable } from './inodes.js';
import { LowLevelOps, type LowLevelVfs } from './ll-ops.js';

/** How long the kernel may take to send INIT after the mount. */
const MOUNT_TIMEOUT_MS = 30_000;

/** How long the session may take to see the connection end after an unmount before its fd is closed anyway. */
const END_TIMEOUT_MS = 3000;

/** Largest READ/WRITE request asked for: the kernel's limit (256 pages) and libfuse3's buffer. */
export const LL_MAX_WRITE = 1024 * 1024;

/** What {@link LowLevelMount.mount} needs. */
export interface LowLevelMountInit {
  /** Absolute, canonical mount point; created when missing. */
  mountpoint: string;
  vfs: LowLevelVfs;
  log: Logger;
  /** Kernel name and attribute caches, seconds (tuneEntryCacheSecs, tuneAttrCacheSecs). */
  entryTimeoutSecs: number;
  attrTimeoutSecs: number;
  /** Let every user use the mount (root only; permissions are checked by the kernel and meta). */
  allowOther: boolean;
  /** Ask the kernel for its writeback cache (tuneFuseWritebackCache). */
  writebackCache?: boolean;
  /** How long an op runs before an interrupt may end it (sysInterruptGraceMs; default INTERRUPT_GRACE_MS). */
  interruptGraceMs?: number;
  /** libfuse's debug output on stderr. */
  debug?: boolean;
}

/**
 * libfuse3's mount options of a HiveFS mount: the same name and type as the native engine's,
 * permissions checked by the kernel. Caching is set per reply (timeouts, keep_cache), not here.
 */
export function lowLevelOptions(o: Pick<LowLevelMountInit, 'allowOther' | 'debug'>): string[] {
  const opts = [`fsname=${FS_NAME}`, `subtype=${FS_SUBTYPE}`, 'default_permissions', ...(o.allowOther ? ['allow_other'] : [])];
  return [...(o.debug ? ['-d'] : []), '-o', opts.join(',')];
}

/** A live low-level FUSE mount. */
export class LowLevelMount {
  private unmounting: Promise<UnmountOutcome> | undefined;
  private closed = false;
  private onGone!: (how: GoneHow) => void;
  /** Resolves when the connection ended without {@link unmount}: unmounted or aborted from outside. */
  readonly gone = new Promise<GoneHow>((resolve) => (this.onGone = resolve));

  private constructor(
    readonly mountpoint: string,
    readonly connId: number | undefined,
    /** What the kernel agreed at INIT. */
    readonly conn: ConnInfo,
    readonly inodes: InodeTable,
    private readonly ll: FuseLowLevel,
    private readonly mounted: Mounted,
    private readonly ended: Promise<void>,
    private readonly log: Logger,
  ) {}

  /** Mounts and resolves once the kernel's INIT was answered (the file system serves). The mount point must be free. */
  static async mount(init: LowLevelMountInit): Promise<LowLevelMount> {
    const ll = loadFuseLowLevel();
    const { mountpoint } = init;
    const log = init.log.child({ component: 'fuse', engine: 'lowlevel' });
    await mkdir(mountpoint, { recursive: true }).catch(() => undefined);
    const inodes = new InodeTable(ROOT_ENTRY_ID);
    let ops: LowLevelOps | undefined;
    let mounted: Mounted | undefined;
    const replier = new Replier({
      log,
      creds: new CallerCreds(),
      caller: () => ops!.caller(),
      interrupts: { token: () => ops!.token(), interrupted: (t) => ll.interrupted(mounted!.session, t as number) },
      interruptGraceMs: init.interruptGraceMs,
    });
    let initDone!: (c: ConnInfo) => void;
    let endDone!: () => void;
    const ready = new Promise<ConnInfo>((r) => (initDone = r));
    const ended = new Promise<void>((r) => (endDone = r));
    const dispatch = (op: number, id: number, ino: number, a?: unknown, b?: unknown, c?: unknown, d?: unknown): void => ops!.dispatch(op, id, ino, a, b, c, d);
    try {
      mounted = ll.mount(mountpoint, lowLevelOptions(init), dispatch, { maxWrite: LL_MAX_WRITE, maxReadahead: LL_MAX_WRITE, writebackCache: init.writebackCache ? 1 : 0 });
    } catch (e) {
      throw new Error(`mounting ${mountpoint}: ${(e as Error).message}`);
    }
    ops = new LowLevelOps({
      vfs: init.vfs, ll, mounted, replier, inodes, log, entryTimeoutSecs: init.entryTimeoutSecs, attrTimeoutSecs: init.attrTimeoutSecs,
      onInit: initDone, onEnded: endDone,
    });
    let conn: ConnInfo;
    try {
      conn = await withTimeout(ready, MOUNT_TIMEOUT_MS, `mounting ${mountpoint}: no INIT from the kernel within ${MOUNT_TIMEOUT_MS / 1000} s`);
    } catch (e) {
      await unmountFuse(mountpoint, undefined, log).catch(() => undefined);
      ll.close(mounted.session);
      throw e;
    }
    const granted = Object.entries(Cap).flatMap(([name, bit]) => ((conn.want & bit) !== 0 ? [name] : []));
    log.info({ proto: `${conn.protoMajor}.${conn.protoMinor}`, maxWrite: conn.maxWrite, maxReadahead: conn.maxReadahead, granted }, 'FUSE INIT answered');
    const m = await mountAt(mountpoint).catch(() => undefined);
    const mount = new LowLevelMount(mountpoint, m ? fuseConnectionId(m) : undefined, conn, inodes, ll, mounted, ended, log);
    void ended.then(() => mount.connectionEnded());
    return mount;
  }

  /** The kernel ended the connection; unless this mount was being unmounted, that came from outside (umount or an abort). */
  private async connectionEnded(): Promise<void> {
    if (this.unmounting) return;
    const how = await howGone(this.mountpoint, this.connId);
    if (this.unmounting) return;
    const what = how === 'aborted' ? 'the FUSE connection was aborted; the mount no longer serves' : 'unmounted from outside';
    this.log.warn({ mountpoint: this.mountpoint, connId: this.connId, how }, what);
    this.onGone(how);
  }

  /** Counters of the session (requests, largest write seen, requests per op by name) and the inodes the kernel holds. */
  stats(): Omit<SessionStats, 'ops'> & { inodes: number; ops: Record<string, number> } {
    const st = this.ll.stats(this.mounted.session);
    const ops: Record<string, number> = {};
    for (const [name, code] of Object.entries(Op)) if (st.ops[code]) ops[name] = st.ops[code]!;
    return { ...st, ops, inodes: this.inodes.size };
  }

  /**
   * Unmounts (plain, lazy, or after aborting the connection; never hangs), waits briefly for the
   * session to see the connection end, then closes it. Idempotent.
   */
  unmount(): Promise<UnmountOutcome> {
    this.unmounting ??= (async () => {
      const outcome = await unmountFuse(this.mountpoint, this.connId, this.log);
      await withTimeout(this.ended, END_TIMEOUT_MS, '').catch(() => undefined);
      this.close();
      return outcome;
    })();
    return this.unmounting;
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.ll.close(this.mounted.session);
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}
