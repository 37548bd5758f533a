// This process's view of the mount table (/proc/self/mountinfo): is a directory a mount point, of what, with which FUSE connection.
import { readFile } from 'node:fs/promises';

/** Where Linux lists this process's mounts, with device numbers. */
export const MOUNTINFO = '/proc/self/mountinfo';

/** One mount. */
export interface MountInfo {
  /** Absolute mount point, unescaped. */
  mountpoint: string;
  /** File system type, e.g. `fuse.hivefs`. */
  fstype: string;
  /** Mount source (for FUSE: the fsname). */
  source: string;
  major: number;
  minor: number;
}

/** Undoes the octal escapes (`\040` for a space) of the mount table. */
export function unescapeMountField(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
}

/** Parses mountinfo text (see proc(5)); malformed lines are skipped. */
export function parseMountInfo(text: string): MountInfo[] {
  const out: MountInfo[] = [];
  for (const line of text.split('\n')) {
    const f = line.split(' ');
    const sep = f.indexOf('-', 6);
    if (f.length < 10 || sep < 0 || sep + 2 >= f.length) continue;
    const [major, minor] = f[2]!.split(':').map(Number);
    if (!Number.isInteger(major) || !Number.isInteger(minor)) continue;
    out.push({ mountpoint: unescapeMountField(f[4]!), fstype: f[sep + 1]!, source: unescapeMountField(f[sep + 2]!), major: major!, minor: minor! });
  }
  return out;
}

/** Reads the mount table; the last mount on a path is the visible one. */
export async function readMountInfo(file = MOUNTINFO): Promise<MountInfo[]> {
  return parseMountInfo(await readFile(file, 'utf8'));
}

/** The visible mount at exactly `mountpoint`, if any. */
export async function mountAt(mountpoint: string, file = MOUNTINFO): Promise<MountInfo | undefined> {
  const all = await readMountInfo(file);
  for (let i = all.length - 1; i >= 0; i--) if (all[i]!.mountpoint === mountpoint) return all[i];
  return undefined;
}

/** Whether a mount is a FUSE file system (`fuse`, `fuse.<subtype>`, `fuseblk`). */
export function isFuse(m: MountInfo): boolean {
  return m.fstype === 'fuse' || m.fstype.startsWith('fuse.') || m.fstype === 'fuseblk';
}

/** The FUSE connection number of a mount (its name under /sys/fs/fuse/connections): the device number. */
export function fuseConnectionId(m: MountInfo): number {
  return m.major * 2 ** 20 + m.minor;
}
