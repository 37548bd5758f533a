// How a mount ended without this process unmounting it: unmounted from outside (`umount`), or its
// FUSE connection aborted (the mount point is still in the table but answers ENOTCONN).
import { fuseConnectionId, isFuse, mountAt } from './mount-table.js';

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
 * Resolves `unmounted` once our mount is no longer in the mount table (checked every
 * `intervalMs`); never resolves after `stop()`. The timer does not keep the process alive.
 */
export function watchUnmount(mountpoint: string, connId: number | undefined, intervalMs = MOUNT_POLL_MS, table?: string): { gone: Promise<GoneHow>; stop: () => void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const gone = new Promise<GoneHow>((resolve) => {
    const check = async (): Promise<void> => {
      if (stopped) return;
      if (!(await stillOurs(mountpoint, connId, table))) {
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
