// Space figures of the file system holding a directory, with an id that names that file system across hosts.
import { readFile, stat, statfs } from 'node:fs/promises';
import { hostname } from 'node:os';

/** Space and inodes of one file system, as statfs(2) reports them, in bytes. */
export interface DiskSpace {
  totalBytes: number;
  /** Bytes available to unprivileged users (f_bavail). */
  freeBytes: number;
  /** Bytes in use ((f_blocks - f_bfree) * f_bsize): blocks reserved for root are not counted. */
  usedBytes: number;
  totalInodes: number;
  freeInodes: number;
  /** `<host id>:<device number>`: equal for directories on one file system of one host. */
  fsId: string;
}

let hostIdOnce: Promise<string> | undefined;

/**
 * This host's id: /etc/machine-id and the host name (containers made from one image may share a
 * machine id, and two hosts may share a name; together they name the host). Read once.
 */
export function hostId(): Promise<string> {
  hostIdOnce ??= readFile('/etc/machine-id', 'utf8').then(
    (id) => `${id.trim()}/${hostname()}`,
    () => hostname(),
  );
  return hostIdOnce;
}

/** Bytes of the file system holding `dir` that unprivileged users can still write (statfs f_bavail). */
export async function freeBytes(dir: string): Promise<number> {
  const s = await statfs(dir);
  return s.bavail * s.bsize;
}

/** statfs(2) and the device number of `dir`: the figures of the file system holding it. */
export async function diskSpace(dir: string): Promise<DiskSpace> {
  const [s, st, host] = await Promise.all([statfs(dir), stat(dir), hostId()]);
  return {
    totalBytes: s.blocks * s.bsize,
    freeBytes: s.bavail * s.bsize,
    usedBytes: Math.max(0, s.blocks - s.bfree) * s.bsize,
    totalInodes: s.files,
    freeInodes: s.ffree,
    fsId: `${host}:${st.dev}`,
  };
}
