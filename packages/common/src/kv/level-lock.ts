// Who holds a LevelDB's lock: the LOCK file's POSIX lock looked up in /proc/locks (Linux).
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Name of the file LevelDB locks while a process has the database open. */
export const LEVEL_LOCK_FILE = 'LOCK';

/** The `maj:min` of a device number as /proc/locks prints it (hex, two digits at least). */
function deviceText(dev: bigint): string {
  const major = ((dev >> 8n) & 0xfffn) | ((dev >> 32n) & ~0xfffn);
  const minor = (dev & 0xffn) | ((dev >> 12n) & ~0xffn);
  const hex = (n: bigint): string => n.toString(16).padStart(2, '0');
  return `${hex(major)}:${hex(minor)}`;
}

/**
 * Pids holding a lock on `file` in a /proc/locks text, matched by inode (and by device when
 * `dev` is given; overlay file systems may show another device than stat() does).
 */
export function lockHoldersIn(procLocks: string, ino: bigint, dev?: bigint): number[] {
  const pids: number[] = [];
  const byIno: number[] = [];
  for (const line of procLocks.split('\n')) {
    // "1: POSIX  ADVISORY  WRITE 9646 fe:00:2146734 0 EOF" (blocked waiters carry a "->" field).
    const f = line.trim().split(/\s+/);
    if (f[1] === '->') continue;
    const m = /^([0-9a-f]+:[0-9a-f]+):(\d+)$/.exec(f[5] ?? '');
    const pid = Number(f[4]);
    if (!m || !Number.isInteger(pid) || pid <= 0 || BigInt(m[2]!) !== ino) continue;
    byIno.push(pid);
    if (dev !== undefined && m[1] === deviceText(dev)) pids.push(pid);
  }
  return [...new Set(pids.length > 0 ? pids : byIno)];
}

/**
 * The pid of the process holding the lock of the LevelDB in `dbDir`, or undefined when nobody
 * holds it, the LOCK file is missing, or /proc/locks cannot be read (not Linux).
 */
export async function levelLockHolder(dbDir: string): Promise<number | undefined> {
  let st: { ino: bigint; dev: bigint };
  let text: string;
  try {
    st = await stat(join(dbDir, LEVEL_LOCK_FILE), { bigint: true });
    text = await readFile('/proc/locks', 'utf8');
  } catch {
    return undefined;
  }
  return lockHoldersIn(text, st.ino, st.dev)[0];
}
