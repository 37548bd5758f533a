// Before mounting: a mount left by a killed client (ENOTCONN) is cleared; anything else at the mount point is refused.
import type { Logger } from '@hivefs/common';
import { fuseConnectionId, isFuse, mountAt } from './mount-table.js';
import { readRegistration } from './registry.js';
import { runCommand, unmountFuse } from './unmount.js';

/** Deadline of the probe that stats the old mount (in a child process: a hung mount must not block us). */
const PROBE_TIMEOUT_MS = 2000;

/** What the mount point holds. */
export type MountPointState = 'free' | 'stale' | 'live' | 'hung' | 'other';

/**
 * Looks at `mountpoint` without touching it from this process: not a mount point ('free'), a
 * FUSE mount whose daemon is gone ('stale': stat fails with ENOTCONN), one that answers ('live'),
 * one that does not answer within 2 s ('hung'), or another kind of mount ('other').
 */
export async function probeMountPoint(mountpoint: string): Promise<{ state: MountPointState; detail: string; connId?: number }> {
  const m = await mountAt(mountpoint);
  if (!m) return { state: 'free', detail: '' };
  if (!isFuse(m)) return { state: 'other', detail: `${m.fstype} from ${m.source}` };
  const connId = fuseConnectionId(m);
  const r = await runCommand('stat', ['-c', '%i', '--', mountpoint], PROBE_TIMEOUT_MS);
  if (r.timedOut) return { state: 'hung', detail: `${m.fstype}, FUSE connection ${connId}`, connId };
  if (r.code === 0) return { state: 'live', detail: m.fstype, connId };
  if (/not connected/i.test(r.stderr)) return { state: 'stale', detail: r.stderr, connId };
  return { state: 'live', detail: `${m.fstype} (stat: ${r.stderr})`, connId };
}

/**
 * Makes `mountpoint` ready to mount on: clears a stale HiveFS or FUSE mount (lazy unmount) and
 * throws, saying what to do, for a live or hung mount or any other mount there.
 */
export async function clearStaleMount(mountpoint: string, runDirPath: string, log: Logger): Promise<void> {
  const p = await probeMountPoint(mountpoint);
  if (p.state === 'free') return;
  if (p.state === 'stale') {
    const outcome = await unmountFuse(mountpoint, p.connId, log);
    if (outcome === 'failed') throw new Error(`${mountpoint}: a mount left by a killed client could not be cleared; try umount -l ${mountpoint}`);
    log.warn({ outcome }, 'cleared a stale mount left by a killed client');
    return;
  }
  const reg = await readRegistration(runDirPath, mountpoint);
  const by = reg && reg.pid !== process.pid ? ` by hivefs-client pid ${reg.pid}` : '';
  if (p.state === 'live') throw new Error(`${mountpoint} is already mounted (${p.detail})${by}; unmount it first`);
  if (p.state === 'hung') {
    throw new Error(`${mountpoint} is a FUSE mount that does not answer (${p.detail})${by}; clear it with umount -l ${mountpoint} or echo 1 > /sys/fs/fuse/connections/${p.connId}/abort`);
  }
  throw new Error(`${mountpoint} is already a mount point (${p.detail})`);
}
