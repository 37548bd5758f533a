// Pure reachability rules: Online, Probably-offline, Offline from the age of the last heartbeat.
import { hivefs } from '@hivefs/protocol';
import type { StateLimits } from './limits.js';

const R = hivefs.Reachability;

/** What mgmtd knows about the liveness of one node or target. */
export interface Liveness {
  /** Whether it reported (heartbeat or registration) since this mgmtd started. */
  reported: boolean;
  /** Clock time of the last report, or of mgmtd's start when it has not reported yet. */
  heardAtMs: number;
}

/**
 * The reachability of an entity at `nowMs`. One that reported is Online until
 * `probablyOfflineMs` have passed, then Probably-offline, then Offline after `offlineMs`. One
 * that has not reported since mgmtd started is never Online: Probably-offline, then Offline.
 */
export function reachabilityOf(live: Liveness, nowMs: number, limits: Pick<StateLimits, 'probablyOfflineMs' | 'offlineMs'>): hivefs.Reachability {
  const age = Math.max(0, nowMs - live.heardAtMs);
  if (age >= limits.offlineMs) return R.OFFLINE;
  if (!live.reported || age >= limits.probablyOfflineMs) return R.PROBABLY_OFFLINE;
  return R.ONLINE;
}

/** Whether a client last heard at `heardAtMs` has timed out at `nowMs`. */
export function clientExpired(heardAtMs: number, nowMs: number, limits: Pick<StateLimits, 'clientTimeoutMs'>): boolean {
  return nowMs - heardAtMs >= limits.clientTimeoutMs;
}

/** Display name of a reachability as ctl prints it (`Probably-offline`). */
export function reachabilityName(r: hivefs.Reachability): string {
  return r === R.ONLINE ? 'Online' : r === R.PROBABLY_OFFLINE ? 'Probably-offline' : r === R.OFFLINE ? 'Offline' : 'Unknown';
}
