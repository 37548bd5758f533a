// Unmounting that never hangs: umount/fusermount in child processes with deadlines, lazy unmount, FUSE connection abort.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import type { Logger } from '@hivefs/common';
import { isFuse, mountAt, readMountInfo, type MountInfo } from './mount-table.js';

/** Where the kernel lists FUSE connections (the fusectl file system). */
export const FUSE_CONNECTIONS = '/sys/fs/fuse/connections';

/** Deadline of one umount/fusermount run. */
export const STEP_TIMEOUT_MS = 3000;

/** Outcome of a child process run. */
export interface RunResult {
  /** Exit code; -1 when it could not start, was killed or timed out. */
  code: number;
  stderr: string;
  timedOut: boolean;
}

/**
 * Runs a command without a shell, asynchronously; kills it (SIGKILL) after `timeoutMs`. Never
 * rejects. A command stuck in a FUSE request may outlive the kill; it is then left behind.
 */
export function runCommand(cmd: string, args: string[], timeoutMs = STEP_TIMEOUT_MS): Promise<RunResult> {
  return new Promise((resolve) => {
    let stderr = '';
    let done = false;
    const finish = (r: RunResult): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(r);
    };
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      child.unref();
      finish({ code: -1, stderr: `${stderr}${cmd} timed out after ${timeoutMs} ms`, timedOut: true });
    }, timeoutMs);
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (e) => finish({ code: -1, stderr: e.message, timedOut: false }));
    child.on('close', (code) => finish({ code: code ?? -1, stderr: stderr.trim(), timedOut: false }));
  });
}

const isRoot = (): boolean => process.geteuid?.() === 0;

/**
 * The unmount commands to try, in order: umount as root (`-c`: the path is canonical already, so
 * umount does not stat into the file system), fusermount otherwise.
 */
function commands(mountpoint: string, lazy: boolean): [string, string[]][] {
  const umount: [string, string[]] = ['umount', lazy ? ['-c', '-l', mountpoint] : ['-c', mountpoint]];
  const fm = (bin: string): [string, string[]] => [bin, [lazy ? '-uz' : '-u', mountpoint]];
  return isRoot() ? [umount, fm('fusermount')] : [fm('fusermount'), fm('fusermount3')];
}

/** Runs the unmount commands until the mount is gone; 'hung' when one timed out (the file system does not answer). */
async function tryUnmount(mountpoint: string, lazy: boolean, log: Logger): Promise<'ok' | 'failed' | 'hung'> {
  for (const [cmd, args] of commands(mountpoint, lazy)) {
    const r = await runCommand(cmd, args);
    if (!(await stillMounted(mountpoint))) return 'ok';
    log.debug({ mountpoint, cmd, args, code: r.code, stderr: r.stderr }, 'unmount command did not unmount');
    if (r.timedOut) return 'hung';
  }
  return 'failed';
}

async function stillMounted(mountpoint: string): Promise<boolean> {
  const m = await mountAt(mountpoint).catch(() => undefined);
  return m !== undefined && isFuse(m);
}

/**
 * Aborts a FUSE connection: every pending and future request fails at once (ECONNABORTED), so
 * nothing waits on the daemon any more. Needs root; mounts fusectl when it is not mounted.
 * Resolves false when it could not.
 */
export async function abortConnection(connId: number, log: Logger): Promise<boolean> {
  const file = `${FUSE_CONNECTIONS}/${connId}/abort`;
  const tryAbort = (): Promise<boolean> => writeFile(file, '1').then(() => true, () => false);
  if (await tryAbort()) return true;
  const mounted = (await readMountInfo().catch(() => [] as MountInfo[])).some((m) => m.fstype === 'fusectl');
  if (!mounted && isRoot()) {
    const r = await runCommand('mount', ['-t', 'fusectl', 'none', FUSE_CONNECTIONS]);
    if (r.code !== 0) log.warn({ stderr: r.stderr }, 'could not mount fusectl');
    if (await tryAbort()) return true;
  }
  log.warn({ connId, file }, 'could not abort the FUSE connection');
  return false;
}

/** How an unmount went. */
export type UnmountOutcome = 'unmounted' | 'lazy' | 'aborted' | 'failed' | 'not-mounted';

/**
 * Unmounts `mountpoint`, never waiting on the file system for long: a plain unmount (busy when
 * files are open), then a lazy one (detached now, gone when the last file closes), and if the
 * commands hang or fail, an abort of the FUSE connection (`connId`) followed by a lazy unmount.
 */
export async function unmountFuse(mountpoint: string, connId: number | undefined, log: Logger): Promise<UnmountOutcome> {
  if (!(await stillMounted(mountpoint))) return 'not-mounted';
  const plain = await tryUnmount(mountpoint, false, log);
  if (plain === 'ok') return 'unmounted';
  if (plain === 'failed' && (await tryUnmount(mountpoint, true, log)) === 'ok') return 'lazy';
  if (connId !== undefined && (await abortConnection(connId, log)) && (await tryUnmount(mountpoint, true, log)) === 'ok') return 'aborted';
  return 'failed';
}
