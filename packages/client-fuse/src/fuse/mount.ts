// One FUSE mount over a VFS: mounts through the patched fuse-native, remembers its FUSE connection, unmounts without hanging.
import type { Logger } from '@hivefs/common';
import { loadFuseNative, type FuseInstance, type FuseOptions } from './binding.js';
import { CallerCreds } from './creds.js';
import { createFuseOps, type OpsVfs } from './fuse-ops.js';
import { watchUnmount, type GoneHow } from './mount-gone.js';
import { fuseConnectionId, mountAt } from './mount-table.js';
import { Replier } from './reply.js';
import { unmountFuse, type UnmountOutcome } from './unmount.js';

/** How long the kernel may take to send INIT after the mount. */
const MOUNT_TIMEOUT_MS = 30_000;

/** What {@link FuseMount.mount} needs. */
export interface FuseMountInit {
  /** Absolute, canonical mount point (as /proc/self/mountinfo shows it); created when missing. */
  mountpoint: string;
  vfs: OpsVfs;
  log: Logger;
  options: FuseOptions;
  /** How long an op runs before an interrupt may end it (sysInterruptGraceMs; default INTERRUPT_GRACE_MS). */
  interruptGraceMs?: number;
}

/** A live FUSE mount. */
export class FuseMount {
  private unmounting: Promise<UnmountOutcome> | undefined;
  private readonly watch: { gone: Promise<GoneHow>; stop: () => void };
  /**
   * Resolves when the mount left the mount table without {@link unmount} (an admin's umount).
   * fuse-native reports no end of its connection, so this engine looks at the table every
   * second, and an aborted connection (still listed) is not seen here.
   */
  readonly gone: Promise<GoneHow>;

  private constructor(readonly mountpoint: string, readonly connId: number | undefined, private readonly log: Logger) {
    this.watch = watchUnmount(mountpoint, connId);
    this.gone = this.watch.gone.then((how) => {
      this.log.warn({ mountpoint, connId, how }, 'unmounted from outside');
      return how;
    });
  }

  /**
   * Mounts and resolves once the kernel's INIT was answered (the file system serves). The
   * mount point must be free (see clearStaleMount).
   */
  static async mount(init: FuseMountInit): Promise<FuseMount> {
    const Fuse = loadFuseNative();
    const { mountpoint } = init;
    const log = init.log.child({ component: 'fuse' });
    let fuse: FuseInstance | undefined;
    const replier = new Replier({
      log,
      creds: new CallerCreds(),
      caller: () => fuse!.context(),
      interrupts: { token: () => fuse!.opToken(), interrupted: (t) => fuse!.interrupted(t) },
      interruptGraceMs: init.interruptGraceMs,
    });
    fuse = new Fuse(mountpoint, createFuseOps(init.vfs, replier), init.options);
    fuse.onInterrupt = () => replier.interrupt();
    try {
      await mountOnce(fuse, mountpoint);
    } catch (e) {
      await unmountFuse(mountpoint, undefined, log).catch(() => undefined);
      throw e;
    }
    const m = await mountAt(mountpoint).catch(() => undefined);
    return new FuseMount(mountpoint, m ? fuseConnectionId(m) : undefined, log);
  }

  /** Unmounts (plain, lazy, or after aborting the connection); never hangs. Idempotent. */
  unmount(): Promise<UnmountOutcome> {
    this.watch.stop();
    this.unmounting ??= unmountFuse(this.mountpoint, this.connId, this.log);
    return this.unmounting;
  }
}

function mountOnce(fuse: FuseInstance, mountpoint: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`mounting ${mountpoint}: no INIT from the kernel within ${MOUNT_TIMEOUT_MS / 1000} s`)), MOUNT_TIMEOUT_MS);
    fuse.mount((err) => {
      clearTimeout(timer);
      if (err) reject(new Error(`mounting ${mountpoint}: ${err.message}${err.message === 'fuse failed' ? ' (is /dev/fuse there and the fuse module loaded?)' : ''}`));
      else resolve();
    });
  });
}
