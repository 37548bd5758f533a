// The kernel mount table (/proc/mounts): which HiveFS FUSE mounts exist and which one holds a path.
import { readFile } from 'node:fs/promises';

/** Where Linux lists the mounts this process sees. */
export const PROC_MOUNTS = '/proc/mounts';

/** File system type of a hivefs-client mount in the mount table. */
export const HIVEFS_FS_TYPE = 'fuse.hivefs';

/** One line of the mount table. */
export interface MountEntry {
  /** First field: the device or, for FUSE, the fsname. */
  source: string;
  /** Absolute path of the mount point, unescaped. */
  mountpoint: string;
  fsType: string;
  options: string[];
}

/** Undoes the kernel's octal escapes (`\040` space, `\011` tab, `\012` newline, `\134` backslash). */
export function unescapeMountField(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

/** Parses mount table text (`source mountpoint type options dump pass` per line); malformed lines are skipped. */
export function parseMountTable(text: string): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 4) continue;
    entries.push({ source: unescapeMountField(f[0]!), mountpoint: unescapeMountField(f[1]!), fsType: f[2]!, options: f[3]!.split(',') });
  }
  return entries;
}

/** The HiveFS mounts (type `fuse.hivefs`) of a mount table, in table order. */
export function hivefsMounts(entries: readonly MountEntry[]): MountEntry[] {
  return entries.filter((e) => e.fsType === HIVEFS_FS_TYPE);
}

/** Whether `path` (absolute, normalised) is `mountpoint` or lies below it. */
export function isUnder(path: string, mountpoint: string): boolean {
  if (mountpoint === '/') return path.startsWith('/');
  return path === mountpoint || path.startsWith(`${mountpoint}/`);
}

/**
 * The mount with the longest mount point that holds `path` (absolute, normalised), if any. Of
 * mounts stacked on the same point the last listed one wins: it is the one the path reaches.
 */
export function findMount<T extends { mountpoint: string }>(mounts: readonly T[], path: string): T | undefined {
  let best: T | undefined;
  for (const m of mounts) {
    if (isUnder(path, m.mountpoint) && (!best || m.mountpoint.length >= best.mountpoint.length)) best = m;
  }
  return best;
}

/** `path` relative to the mount point it lies under, as a path from the file system root (`/` for the mount point). */
export function pathInMount(path: string, mountpoint: string): string {
  if (path === mountpoint) return '/';
  return mountpoint === '/' ? path : path.slice(mountpoint.length);
}

/** The `user_id=` mount option (the uid that mounted a FUSE file system), if present. */
export function mountOwnerUid(entry: MountEntry): number | undefined {
  const opt = entry.options.find((o) => o.startsWith('user_id='));
  const uid = opt === undefined ? NaN : Number(opt.slice('user_id='.length));
  return Number.isInteger(uid) && uid >= 0 ? uid : undefined;
}

/** Reads and parses a mount table file; a missing file (not Linux) is an empty table. */
export async function readMountTable(file = PROC_MOUNTS): Promise<MountEntry[]> {
  try {
    return parseMountTable(await readFile(file, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}
