// --startresync and --resyncstats: finding a storage buddy group and asking its primary's storage node.
import { Rpc, hivefs, type RpcClient } from '@hivefs/protocol';
import { CtlError, ExitCode, opFailed } from '../errors.js';
import type { GroupSelector, StartResyncCommand } from '../cli/types.js';
import type { Session } from './session.js';

/** Names of the resync job states, as beegfs-ctl prints them. */
export const RESYNC_STATE_NAMES: Readonly<Record<hivefs.ResyncJobState, string>> = {
  [hivefs.ResyncJobState.RESYNC_NOT_STARTED]: 'Not started',
  [hivefs.ResyncJobState.RESYNC_RUNNING]: 'Running',
  [hivefs.ResyncJobState.RESYNC_COMPLETED]: 'Completed successfully',
  [hivefs.ResyncJobState.RESYNC_INTERRUPTED]: 'Interrupted',
  [hivefs.ResyncJobState.RESYNC_FAILED]: 'Failed',
  [hivefs.ResyncJobState.RESYNC_COMPLETED_WITH_ERRORS]: 'Completed with errors',
};

/** Resync figures of one group in plain numbers (what --json prints). */
export interface ResyncStatsInfo {
  groupId: number;
  primaryId: number;
  secondaryId: number;
  /** One of {@link RESYNC_STATE_NAMES}. */
  state: string;
  running: boolean;
  startMs: number;
  endMs: number;
  discoveredDirs: number;
  discoveredFiles: number;
  syncedDirs: number;
  syncedFiles: number;
  syncedBytes: number;
  bytesToSync: number;
  dirErrors: number;
  fileErrors: number;
  removedFiles: number;
  full: boolean;
  sinceMs: number;
  error: string;
}

/** Converts the wire stats (longs to numbers, state to its name). */
export function resyncStatsInfo(st: hivefs.IResyncStats | null | undefined): ResyncStatsInfo {
  const n = (v: unknown): number => Number(v ?? 0);
  const state = st?.state ?? hivefs.ResyncJobState.RESYNC_NOT_STARTED;
  return {
    groupId: st?.groupId ?? 0,
    primaryId: st?.primaryId ?? 0,
    secondaryId: st?.secondaryId ?? 0,
    state: RESYNC_STATE_NAMES[state] ?? `Unknown (${state})`,
    running: state === hivefs.ResyncJobState.RESYNC_RUNNING,
    startMs: n(st?.startMs),
    endMs: n(st?.endMs),
    discoveredDirs: n(st?.discoveredDirs),
    discoveredFiles: n(st?.discoveredFiles),
    syncedDirs: n(st?.syncedDirs),
    syncedFiles: n(st?.syncedFiles),
    syncedBytes: n(st?.syncedBytes),
    bytesToSync: n(st?.bytesToSync),
    dirErrors: n(st?.dirErrors),
    fileErrors: n(st?.fileErrors),
    removedFiles: n(st?.removedFiles),
    full: st?.full === true,
    sinceMs: n(st?.sinceMs),
    error: st?.error ?? '',
  };
}

/** The storage buddy group a selector names; CtlError(OP_FAILED) when the map has none. */
export function findStorageGroup(map: hivefs.IClusterMap, sel: GroupSelector): hivefs.IBuddyGroup {
  const groups = (map.groups ?? []).filter((g) => (g.nodeType || hivefs.NodeType.STORAGE) === hivefs.NodeType.STORAGE);
  const g = 'groupId' in sel
    ? groups.find((x) => x.groupId === sel.groupId)
    : groups.find((x) => x.secondaryId === sel.targetId || x.primaryId === sel.targetId);
  if (g) return g;
  const which = 'groupId' in sel ? `no storage buddy group ${sel.groupId}` : `storage target ${sel.targetId} is in no buddy group`;
  throw new CtlError(ExitCode.OP_FAILED, `${which} (map version ${map.version ?? 0})`);
}

function primaryClient(s: Session, g: hivefs.IBuddyGroup, what: string): RpcClient {
  try {
    return s.view.targetClient(g.primaryId ?? 0);
  } catch (e) {
    throw opFailed(`${what}: cannot reach primary target ${g.primaryId} of buddy group ${g.groupId}`, e);
  }
}

/** Asks the group's primary to start a resync; returns the job's stats as the primary reports them. */
export async function startResync(s: Session, cmd: StartResyncCommand): Promise<ResyncStatsInfo> {
  const g = findStorageGroup(s.map, cmd.group);
  const what = `cannot start the resync of buddy group ${g.groupId}`;
  const req = { groupId: g.groupId ?? 0, full: cmd.full, sinceMs: cmd.sinceMs, restart: cmd.restart };
  const resp = await primaryClient(s, g, what).call(Rpc.startResync, req).catch((e: unknown) => {
    throw opFailed(what, e);
  });
  return resyncStatsInfo(resp.stats ?? { groupId: g.groupId, primaryId: g.primaryId, secondaryId: g.secondaryId });
}

/** The resync stats of the group, from its primary. */
export async function getResyncStats(s: Session, sel: GroupSelector): Promise<ResyncStatsInfo> {
  const g = findStorageGroup(s.map, sel);
  const what = `cannot get the resync stats of buddy group ${g.groupId}`;
  const resp = await primaryClient(s, g, what).call(Rpc.getResyncStats, { groupId: g.groupId ?? 0 }).catch((e: unknown) => {
    throw opFailed(what, e);
  });
  return resyncStatsInfo(resp.stats ?? { groupId: g.groupId, primaryId: g.primaryId, secondaryId: g.secondaryId });
}

/**
 * Polls `fetch` until the job is no longer running, calling `onSample` with each running sample;
 * resolves with the final stats. Waits `intervalMs` between polls.
 */
export async function watchResync<S extends { running: boolean }>(fetch: () => Promise<S>, onSample: (st: S, atMs: number) => void, intervalMs = 1000): Promise<S> {
  for (;;) {
    const st = await fetch();
    if (!st.running) return st;
    onSample(st, performance.now());
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
