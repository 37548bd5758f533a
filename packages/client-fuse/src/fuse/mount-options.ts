// The fuse-native options of a HiveFS mount, including the libfuse options fuse-native does not expose (injected through fsname).
import type { FuseOptions } from './binding.js';

/** File system type suffix: mounts show as `fuse.hivefs` in /proc/mounts. */
export const FS_SUBTYPE = 'hivefs';

/** Source shown in the mount table. */
export const FS_NAME = 'hivefs';

/**
 * Largest write request: libfuse 2.9 speaks FUSE protocol 7.19, which has no max_pages, so the
 * kernel caps READ/WRITE requests at 32 pages (128 KiB).
 */
export const MAX_WRITE = 128 * 1024;

/** What the options depend on. */
export interface MountOptionsInit {
  /** Kernel attribute cache, seconds (tuneAttrCacheSecs; 0 = none). */
  attrTimeoutSecs: number;
  /** Kernel dentry cache, seconds (tuneEntryCacheSecs; 0 = none). */
  entryTimeoutSecs: number;
  /** Let every user use the mount (root only; permissions are checked by the kernel and meta). */
  allowOther: boolean;
  /** libfuse debug output on stderr. */
  debug?: boolean;
  /**
   * The signal libfuse sends the worker thread of an op the kernel interrupted (the patched
   * binding's HIVEFS_INTR_SIGNAL); absent: ops cannot be interrupted.
   */
  intrSignal?: number;
}

/**
 * Options for `new Fuse()`. fuse-native passes `fsname` into `-o` unescaped, so the libfuse
 * options it lacks ride along after the name (docs/fuse.md):
 * - `big_writes,max_write=131072`: 128 KiB write requests instead of 4 KiB ones;
 * - `use_ino`: st_ino (and readdir's d_ino) are HiveFS's stable inode numbers;
 * - `entry_timeout`/`attr_timeout`: given here because fuse-native drops a 0;
 * - `ac_attr_timeout=0`: every open re-checks mtime/size (fgetattr after the VFS's open fetched
 *   fresh attributes) and drops cached pages when they changed: close-to-open for data;
 * - `intr,intr_signal=N`: libfuse passes the kernel's INTERRUPT of a request on to the op (the
 *   patched binding turns the signal into the op's AbortSignal), so a process waiting for an
 *   unreachable server can be interrupted and killed;
 * Not `hard_remove`: with it libfuse forgets the name of a file unlinked while open, so the ops the
 * kernel sends by inode without a file handle (fstat, fchmod, fchown, futimens, f*xattr) fail with
 * ENOENT. Without it libfuse renames such a file to `.fuse_hidden<16 hex>` and keeps using that
 * path; the VFS turns that rename into an unlink in meta and serves the hidden path from memory
 * (hidden.ts), so no mount ever lists it and nothing is left behind if the client dies.
 * No kernel_cache (pages would survive other clients' changes); `timeout: false` because a
 * failover-mode op may legitimately wait for a server longer than any fixed limit (the Replier
 * guarantees one answer per op).
 */
export function mountOptions(o: MountOptionsInit): FuseOptions {
  const injected = [
    'big_writes',
    `max_write=${MAX_WRITE}`,
    'use_ino',
    `entry_timeout=${seconds(o.entryTimeoutSecs)}`,
    `attr_timeout=${seconds(o.attrTimeoutSecs)}`,
    'ac_attr_timeout=0',
    ...(o.intrSignal ? ['intr', `intr_signal=${o.intrSignal}`] : []),
  ];
  return {
    fsname: [FS_NAME, ...injected].join(','),
    subtype: FS_SUBTYPE,
    autoCache: true,
    force: true,
    mkdir: true,
    timeout: false,
    defaultPermissions: true,
    allowOther: o.allowOther,
    ...(o.debug ? { debug: true } : {}),
  };
}

/** A timeout as libfuse parses it (a plain decimal, no exponent). */
function seconds(s: number): string {
  if (!Number.isFinite(s) || s < 0) throw new Error(`invalid cache timeout ${s}`);
  return String(Math.round(s * 1000) / 1000);
}
