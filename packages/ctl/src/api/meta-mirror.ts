// Meta buddy mirroring from hivefs-ctl: --mirrormd at mgmtd, and a meta group's resync and journals from its members.
import { ErrCode, HiveError, ROOT_ENTRY_ID, Rpc, groupOwner, hivefs, metaGroup, metaGroupOfNode, pause } from '@hivefs/protocol';
import type { MetaGroupSelector, StartMetaResyncCommand } from '../cli/types.js';
import { CtlError, ExitCode, describeFailure, opFailed } from '../errors.js';
import { metaClient } from './meta.js';
import { RESYNC_STATE_NAMES } from './resync.js';
import type { Session } from './session.js';

/** What --mirrormd did. */
export interface MirrorMdResult {
  groupId: number;
  mapVersion: number;
  /** The root was mirrored before. */
  already: boolean;
}

/** Asks mgmtd to put the root directory on the meta buddy group of its meta node. */
export async function mirrorRoot(s: Session): Promise<MirrorMdResult> {
  const r = await s.view.mgmtd.call(Rpc.mirrorRoot, {}).catch((e: unknown) => {
    throw opFailed('cannot mirror the metadata root', e);
  });
  const result = { groupId: r.groupId ?? 0, mapVersion: Number(r.mapVersion ?? 0), already: r.already === true };
  await rootServedByGroup(s, result.groupId);
  return result;
}

/** How long --mirrormd waits for the group's primary to serve the moved root. */
const ROOT_MOVE_WAIT_MS = 30_000;
const ROOT_MOVE_POLL_MS = 200;

/**
 * Waits until the primary of meta group `groupId` serves the root from the group's space: its
 * getAttr of the root answers (BUSY while it moves the root's inode and entries). Requests carry
 * the new map version, so the primary follows that map before it answers. Directories made in
 * the root before the move is done would be unmirrored, so --mirrormd returns only after it.
 */
async function rootServedByGroup(s: Session, groupId: number): Promise<void> {
  const deadline = Date.now() + ROOT_MOVE_WAIT_MS;
  for (;;) {
    try {
      // the session's map may predate the group (hivefs-local makes it in the same session)
      await s.view.refresh();
      const now = { ...s, map: (s.view.map ?? s.map) as hivefs.ClusterMap };
      await metaClient(now, groupOwner(groupId)).call(Rpc.getAttr, { cred: s.cred, entryId: ROOT_ENTRY_ID });
      return;
    } catch (e) {
      const code = e instanceof HiveError ? e.code : undefined;
      const retry = code === ErrCode.BUSY || code === ErrCode.NOT_PRIMARY || code === ErrCode.STALE_MAP || code === ErrCode.UNKNOWN_GROUP;
      if (!retry || Date.now() > deadline) throw opFailed(`the root is mirrored in the map, but the primary of meta buddy group ${groupId} did not serve it within ${ROOT_MOVE_WAIT_MS / 1000} s`, e);
    }
    await pause(ROOT_MOVE_POLL_MS);
  }
}

/** The meta buddy group a selector names; CtlError(OP_FAILED) saying what is missing. */
export function findMetaGroup(map: hivefs.IClusterMap, sel: MetaGroupSelector): hivefs.IBuddyGroup {
  const g = 'groupId' in sel ? metaGroup(map, sel.groupId) : metaGroupOfNode(map, sel.nodeId);
  if (g) return g;
  const v = `map version ${map.version ?? 0}`;
  if ('groupId' in sel) throw new CtlError(ExitCode.OP_FAILED, `no meta buddy group ${sel.groupId} (${v})`);
  const known = (map.nodes ?? []).some((n) => n.type === hivefs.NodeType.META && n.nodeId === sel.nodeId);
  throw new CtlError(ExitCode.OP_FAILED, known ? `meta node ${sel.nodeId} is in no meta buddy group (${v}); create one with --addmirrorgroup --nodetype=meta` : `no meta node ${sel.nodeId} (${v})`);
}

/** A meta group's resync figures in plain numbers (what --json prints). */
export interface MetaResyncStatsInfo {
  groupId: number;
  primaryId: number;
  secondaryId: number;
  /** One of {@link RESYNC_STATE_NAMES}. */
  state: string;
  running: boolean;
  /** 'full': a snapshot of the space was streamed first; 'incremental': the journal from the secondary's position. */
  mode: 'full' | 'incremental';
  startMs: number;
  endMs: number;
  discoveredDirs: number;
  discoveryErrors: number;
  syncedDirs: number;
  syncedFiles: number;
  dirErrors: number;
  fileErrors: number;
  sessionsToSync: number;
  syncedSessions: number;
  sessionError: boolean;
  journalEntriesReplayed: number;
  modificationErrors: number;
  snapshotRecords: number;
  fromSeq: number;
  toSeq: number;
  error: string;
}

/** Converts the wire stats of a meta group (longs to numbers, state to its name). */
export function metaResyncStatsInfo(st: hivefs.IResyncStats | null | undefined, g: hivefs.IBuddyGroup): MetaResyncStatsInfo {
  const n = (v: unknown): number => Number(v ?? 0);
  const state = st?.state ?? hivefs.ResyncJobState.RESYNC_NOT_STARTED;
  return {
    groupId: st?.groupId || (g.groupId ?? 0),
    primaryId: st?.primaryId || (g.primaryId ?? 0),
    secondaryId: st?.secondaryId || (g.secondaryId ?? 0),
    state: RESYNC_STATE_NAMES[state] ?? `Unknown (${state})`,
    running: state === hivefs.ResyncJobState.RESYNC_RUNNING,
    mode: st?.full ? 'full' : 'incremental',
    startMs: n(st?.startMs),
    endMs: n(st?.endMs),
    discoveredDirs: n(st?.discoveredDirs),
    discoveryErrors: n(st?.discoveryErrors),
    syncedDirs: n(st?.syncedDirs),
    syncedFiles: n(st?.syncedFiles),
    dirErrors: n(st?.dirErrors),
    fileErrors: n(st?.fileErrors),
    sessionsToSync: n(st?.sessionsToSync),
    syncedSessions: n(st?.syncedSessions),
    sessionError: st?.sessionError === true,
    journalEntriesReplayed: n(st?.journalEntriesReplayed),
    modificationErrors: n(st?.modificationErrors),
    snapshotRecords: n(st?.snapshotRecords),
    fromSeq: n(st?.fromSeq),
    toSeq: n(st?.toSeq),
    error: st?.error ?? '',
  };
}

/** The resync stats of the meta group a selector names, from its current primary. */
export async function getMetaResyncStats(s: Session, sel: MetaGroupSelector): Promise<MetaResyncStatsInfo> {
  const g = findMetaGroup(s.map, sel);
  const what = `cannot get the resync stats of meta buddy group ${g.groupId} from its primary, meta node ${g.primaryId}`;
  const resp = await metaClient(s, groupOwner(g.groupId ?? 0)).call(Rpc.getMetaResyncStats, { groupId: g.groupId ?? 0 }).catch((e: unknown) => {
    throw opFailed(what, e);
  });
  return metaResyncStatsInfo(resp.stats, g);
}

/** Asks the meta group's primary to resync its secondary; returns the job's stats as the primary reports them. */
export async function startMetaResync(s: Session, cmd: StartMetaResyncCommand): Promise<MetaResyncStatsInfo> {
  const g = findMetaGroup(s.map, cmd.group);
  const what = `cannot start the resync of meta buddy group ${g.groupId} on its primary, meta node ${g.primaryId}`;
  const req = { groupId: g.groupId ?? 0, full: cmd.full, restart: cmd.restart };
  const resp = await metaClient(s, groupOwner(g.groupId ?? 0)).call(Rpc.startMetaResync, req).catch((e: unknown) => {
    throw opFailed(what, e);
  });
  return metaResyncStatsInfo(resp.stats, g);
}

/** One member's journal of one meta group (--journalstats row); `error` when the member did not tell it. */
export interface JournalStatsRow {
  groupId: number;
  nodeId: number;
  /** primary, secondary or closed as the member reports it; its role in the map when it did not answer. */
  role: string;
  appliedSeq: number;
  firstSeq: number;
  lastSeq: number;
  entries: number;
  bytes: number;
  /** Primary: everything up to here is acknowledged by the secondary. */
  secondaryAckedSeq: number;
  /** Primary: good, reporting or marked. */
  secondaryState: string;
  lastCompactionMs: number;
  error: string;
}

/** The journals of the meta groups (those with `nodeId` only, when given), both members each, by group id. */
export async function journalStats(s: Session, nodeId?: number): Promise<JournalStatsRow[]> {
  let groups = (s.map.groups ?? []).filter((g) => g.nodeType === hivefs.NodeType.META).sort((a, b) => (a.groupId ?? 0) - (b.groupId ?? 0));
  if (nodeId !== undefined) groups = [findMetaGroup(s.map, { nodeId })];
  if (groups.length === 0) throw new CtlError(ExitCode.OP_FAILED, `there are no meta buddy groups (map version ${s.map.version ?? 0}); create one with --addmirrorgroup --nodetype=meta`);
  const asks = groups.flatMap((g) => [
    { g, nodeId: g.primaryId ?? 0, role: 'primary' },
    { g, nodeId: g.secondaryId ?? 0, role: 'secondary' },
  ]);
  return Promise.all(asks.map(async ({ g, nodeId: member, role }): Promise<JournalStatsRow> => {
    const groupId = g.groupId ?? 0;
    const row: JournalStatsRow = { groupId, nodeId: member, role, appliedSeq: 0, firstSeq: 0, lastSeq: 0, entries: 0, bytes: 0, secondaryAckedSeq: 0, secondaryState: '', lastCompactionMs: 0, error: '' };
    try {
      const st = (await metaClient(s, member).call(Rpc.metaJournalStats, { groupId })).stats;
      const n = (v: unknown): number => Number(v ?? 0);
      return {
        ...row,
        role: st?.role || role,
        appliedSeq: n(st?.appliedSeq),
        firstSeq: n(st?.firstSeq),
        lastSeq: n(st?.lastSeq),
        entries: n(st?.entries),
        bytes: n(st?.bytes),
        secondaryAckedSeq: n(st?.secondaryAckedSeq),
        secondaryState: st?.secondaryState ?? '',
        lastCompactionMs: n(st?.lastCompactionMs),
      };
    } catch (e) {
      return { ...row, error: describeFailure('cannot get its journal stats', e) };
    }
  }));
}
