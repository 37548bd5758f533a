// Multiple-mount protection: an exclusive lock.pid per target directory, stale locks taken over.
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '@hivefs/common';

/** Name of the lock file inside a target directory. */
export const LOCK_FILE = 'lock.pid';

/** A held target lock. */
export interface TargetLock {
  readonly file: string;
  /** Removes the lock file if it is still ours; never throws. */
  release(): Promise<void>;
}

/** Thrown when a live process holds the lock. */
export class TargetInUseError extends Error {
  override readonly name = 'TargetInUseError';
  constructor(readonly label: string, readonly pid: number, readonly cmdline: string) {
    super(`${label} is in use by process ${pid} (${cmdline})`);
  }
}

/** Pid and start time (clock ticks since boot, from /proc) of a process, as stored in lock.pid. */
interface LockOwner { pid: number; start: string }

/**
 * Takes the lock of a target directory: lock.pid is created atomically (hard link of a fully
 * written temporary file). If it exists and names a live hivefs-storage/node process, throws
 * TargetInUseError (`<label> is in use by process PID (cmdline)`); a stale lock is taken over.
 */
export async function acquireTargetLock(dir: string, label: string, log: Logger): Promise<TargetLock> {
  const file = join(dir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, start: (await procStartTime(process.pid)) ?? '' };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await createExclusive(file, `${me.pid}\n${me.start}\n`)) return { file, release: () => releaseLock(file, me.pid) };
    const owner = await readOwner(file);
    if (!owner) continue; // removed meanwhile: try again
    const cmdline = await liveHolder(owner);
    if (cmdline !== undefined) throw new TargetInUseError(label, owner.pid, cmdline);
    log.warn({ dir, stalePid: owner.pid }, `taking over the stale lock of ${label} (process ${owner.pid} no longer runs a storage daemon)`);
    await unlink(file).catch(ignoreMissing);
  }
  throw new Error(`cannot take the lock ${file}: it keeps changing (another daemon starting?)`);
}

async function createExclusive(file: string, content: string): Promise<boolean> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, content, { mode: 0o644 });
  try {
    await link(tmp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new Error(`cannot create the lock ${file}: ${(e as Error).message}`);
  } finally {
    await unlink(tmp).catch(ignoreMissing);
  }
}

async function readOwner(file: string): Promise<LockOwner | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  const [pid = '', start = ''] = text.split('\n').map((s) => s.trim());
  return { pid: /^\d+$/.test(pid) ? Number(pid) : 0, start };
}

/** The command line of the live process holding a lock, or undefined when the lock is stale. */
async function liveHolder(owner: LockOwner): Promise<string | undefined> {
  if (owner.pid <= 0) return undefined;
  try {
    process.kill(owner.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return undefined;
  }
  const start = await procStartTime(owner.pid);
  if (owner.start && start !== undefined && start !== owner.start) return undefined; // pid reused
  const cmdline = await procCmdline(owner.pid);
  if (cmdline === undefined) return start === undefined ? 'command unknown' : undefined;
  return looksLikeStorage(cmdline) ? cmdline : undefined;
}

/** Whether a command line is a hivefs-storage daemon or a node process (which may embed one). */
export function looksLikeStorage(cmdline: string): boolean {
  const argv0 = cmdline.split(' ')[0] ?? '';
  return cmdline.includes('hivefs-storage') || /(^|\/)node(js)?(\d+)?$/.test(argv0);
}

async function procCmdline(pid: number): Promise<string | undefined> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').filter(Boolean).join(' ');
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/PID/stat (start time); undefined without /proc or when the process is gone. */
async function procStartTime(pid: number): Promise<string | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

async function releaseLock(file: string, pid: number): Promise<void> {
  try {
    const owner = await readOwner(file);
    if (owner?.pid === pid) await unlink(file);
  } catch {
    // Already gone or unreadable: nothing to release.
  }
}

function ignoreMissing(e: unknown): void {
  if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
}
