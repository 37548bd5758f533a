// Before mounting: a mount left by a killed client is cleared; anything else at the mount point is refused.
import type { Logger } from '@hivefs/common';
import { fuseConnectionId, isFuse, mountAt } from './mount-table.js';
import { readRegistration } from './registry.js';
import { runCommand, unmountFuse, type RunResult } from './unmount.js';

/** Deadline of the probe of the old mount (in a child process: a hung mount must not block us). */
const PROBE_TIMEOUT_MS = 2000;

/** What the mount point holds. */
export type MountPointState = 'free' | 'stale' | 'live' | 'hung' | 'other';

/** What a probe of a FUSE mount saw. */
export type ProbeOutcome = 'answered' | 'disconnected' | 'timeout' | 'failed';

/**
 * Asks the FUSE daemon itself: statfs (`stat -f`) is never answered from the kernel's caches, so
 * a connection whose daemon is gone fails at once with ENOTCONN ('disconnected'). (A plain stat
 * is no probe: the kernel answers it from cached attributes of the root for the attribute
 * timeout, also on a dead connection.)
 */
export async function probeFuse(mountpoint: string, run: (cmd: string, args: string[], timeoutMs: number) => Promise<RunResult> = runCommand): Promise<{ outcome: ProbeOutcome; detail: string }> {
  const r = await run('stat', ['-f', '-c', '%t', '--', mountpoint], PROBE_TIMEOUT_MS);
  if (r.timedOut) return { outcome: 'timeout', detail: r.stderr };
  if (r.code === 0) return { outcome: 'answered', detail: '' };
  if (/not connected/i.test(r.stderr)) return { outcome: 'disconnected', detail: r.stderr };
  return { outcome: 'failed', detail: r.stderr };
}

/** Whether a process with this pid exists (EPERM: it does, as another user's). */
export function pidExists(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The state of a FUSE mount from its probe and whether the hivefs-client registered for it is
 * gone: ENOTCONN is stale; so is a mount that does not answer (or fails) when its registered
 * client no longer exists (nothing can serve it: e.g. the device is still held open by a leftover
 * process). A mount that answers is live, whoever serves it (never unmount a working mount).
 */
export function fuseMountState(outcome: ProbeOutcome, ownerGone: boolean): 'stale' | 'live' | 'hung' {
  if (outcome === 'disconnected') return 'stale';
  if (outcome === 'answered') return 'live';
  if (ownerGone) return 'stale';
  return outcome === 'timeout' ? 'hung' : 'live';
}

/**
 * Looks at `mountpoint` without touching it from this process: not a mount point ('free'), a
 * FUSE mount whose daemon is gone ('stale'), one that answers ('live'), one that does not answer
 * within 2 s ('hung'), or another kind of mount ('other'). `ownerPid`: the pid of the client
 * registered for the mount, if any.
 */
export async function probeMountPoint(mountpoint: string, ownerPid?: number): Promise<{ state: MountPointState; detail: string; connId?: number }> {
  const m = await mountAt(mountpoint);
  if (!m) return { state: 'free', detail: '' };
  if (!isFuse(m)) return { state: 'other', detail: `${m.fstype} from ${m.source}` };
  const connId = fuseConnectionId(m);
  const ownerGone = ownerPid !== undefined && ownerPid !== process.pid && !pidExists(ownerPid);
  const p = await probeFuse(mountpoint);
  const state = fuseMountState(p.outcome, ownerGone);
  const gone = ownerGone ? `; its hivefs-client pid ${ownerPid} is gone` : '';
  if (state === 'stale') return { state, detail: `${p.detail || p.outcome}${gone}`, connId };
  if (state === 'hung') return { state, detail: `${m.fstype}, FUSE connection ${connId}`, connId };
  return { state, detail: p.outcome === 'answered' ? m.fstype : `${m.fstype} (statfs: ${p.detail})`, connId };
}

/**
 * Makes `mountpoint` ready to mount on: clears a stale HiveFS or FUSE mount (unmount, lazy if
 * need be, with a connection abort as the last resort) and throws, saying what to do, for a live
 * or hung mount or any other mount there.
 */
export async function clearStaleMount(mountpoint: string, runDirPath: string, log: Logger): Promise<void> {
  const reg = await readRegistration(runDirPath, mountpoint);
  const p = await probeMountPoint(mountpoint, reg?.pid);
  if (p.state === 'free') return;
  if (p.state === 'stale') {
    const outcome = await unmountFuse(mountpoint, p.connId, log);
    if (outcome === 'failed') throw new Error(`${mountpoint}: a mount left by a killed client could not be cleared; try umount -l ${mountpoint}`);
    log.warn({ outcome, detail: p.detail }, 'cleared a stale mount left by a killed client');
    return;
  }
  const by = reg && reg.pid !== process.pid ? ` by hivefs-client pid ${reg.pid}` : '';
  if (p.state === 'live') throw new Error(`${mountpoint} is already mounted (${p.detail})${by}; unmount it first`);
  if (p.state === 'hung') {
    throw new Error(`${mountpoint} is a FUSE mount that does not answer (${p.detail})${by}; clear it with umount -l ${mountpoint} or echo 1 > /sys/fs/fuse/connections/${p.connId}/abort`);
  }
  throw new Error(`${mountpoint} is already a mount point (${p.detail})`);
}
