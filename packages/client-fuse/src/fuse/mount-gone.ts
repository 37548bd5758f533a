// How a mount ended without this process unmounting it: unmounted from outside (`umount`), or its
// FUSE connection aborted (the mount point is still in the table but answers ENOTCONN).
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { fuseConnectionId, isFuse, mountAt } from './mount-table.js';
import { FUSE_CONNECTIONS } from './unmount.js';

/** How a mount ended from outside. */
export type GoneHow = 'unmounted' | 'aborted';

/** How often the native engine, which has no end-of-connection event, looks at the mount table. */
export const MOUNT_POLL_MS = 1000;

/**
 * Whether our mount at `mountpoint` (FUSE connection `connId`) is still in the mount table:
 * the visible mount there is FUSE and, when the connection is known, the same connection.
 * A table that cannot be read counts as still mounted (nothing is decided on no evidence).
 */
export async function stillOurs(mountpoint: string, connId: number | undefined, table?: string): Promise<boolean> {
  let m;
  try {
    m = await mountAt(mountpoint, table);
  } catch {
    return true;
  }
  return m !== undefined && isFuse(m) && (connId === undefined || fuseConnectionId(m) === connId);
}

/**
 * How the connection `connId` at `mountpoint`, which has just ended, went: `aborted` while the
 * mount is still in the table, else `unmounted`.
 */
export async function howGone(mountpoint: string, connId: number | undefined, table?: string): Promise<GoneHow> {
  return (await stillOurs(mountpoint, connId, table)) ? 'aborted' : 'unmounted';
}

/**
 * Whether the FUSE connection `connId` still exists: its directory under the fusectl file system
 * (`connections`) stays until the last file open on a lazily unmounted mount is closed. Without
 * fusectl mounted (or a known connection) there is no such evidence: false.
 */
export async function connectionAlive(connId: number | undefined, connections = FUSE_CONNECTIONS): Promise<boolean> {
  if (connId === undefined) return false;
  return access(join(connections, String(connId))).then(() => true, () => false);
}

/**
 * Resolves `unmounted` once our mount is no longer in the mount table and its connection is
 * gone (after a lazy unmount, files still open keep being served until they are closed),
 * checked every `intervalMs`; never resolves after `stop()`. The timer does not keep the process
 * alive. `table` and `connections` replace /proc/self/mountinfo and fusectl in tests.
 */
export function watchUnmount(
  mountpoint: string, connId: number | undefined, intervalMs = MOUNT_POLL_MS, table?: string, connections?: string,
): { gone: Promise<GoneHow>; stop: () => void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const gone = new Promise<GoneHow>((resolve) => {
    const check = async (): Promise<void> => {
      if (stopped) return;
      if (!(await stillOurs(mountpoint, connId, table)) && !(await connectionAlive(connId, connections))) {
        if (!stopped) resolve('unmounted');
        return;
      }
      if (!stopped) timer = setTimeout(() => void check(), intervalMs).unref();
    };
    timer = setTimeout(() => void check(), intervalMs).unref();
  });
  return {
    gone,
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
