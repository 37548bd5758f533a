// heartbeat: a node says it is alive, reports its targets' space and its resyncs, and gets a primary lease.
import { ErrCode, HiveError, hivefs, type Handler, type Rpc } from '@hivefs/protocol';
import type { Logger } from '@hivefs/common';
import type { MgmtdApp } from '../app-context.js';
import { commit } from '../commit.js';
import { nodeTypeName } from '../ids.js';
import { nodeLiveKey, targetLiveKey } from '../state/runtime.js';
import { checkId, checkNodeType } from './validate.js';

const N = hivefs.NodeType;

/** Why a space report cannot be right, or undefined when it is plausible. */
export function spaceProblem(s: hivefs.ITargetSpace): string | undefined {
  const total = s.totalBytes ?? 0;
  const totalInodes = s.totalInodes ?? 0;
  if ((s.freeBytes ?? 0) > total) return `free bytes ${s.freeBytes} exceed total ${total}`;
  if ((s.usedBytes ?? 0) > total) return `used bytes ${s.usedBytes} exceed total ${total}`;
  if (totalInodes > 0 && (s.freeInodes ?? 0) > totalInodes) return `free inodes ${s.freeInodes} exceed total ${totalInodes}`;
  return undefined;
}

/** A plain copy of a decoded space report, every figure present (and the file-system id, which sums need). */
function figures(s: hivefs.ITargetSpace, targetId: number): hivefs.ITargetSpace {
  return {
    targetId, totalBytes: s.totalBytes ?? 0, freeBytes: s.freeBytes ?? 0, usedBytes: s.usedBytes ?? 0,
    totalInodes: s.totalInodes ?? 0, freeInodes: s.freeInodes ?? 0, fsId: s.fsId ?? '',
  };
}

/** Applies the space reports of a storage node: only its own targets, only plausible figures. */
function storageReports(app: MgmtdApp, log: Logger, nodeId: number, reports: hivefs.ITargetSpace[], now: number): void {
  for (const s of reports) {
    const targetId = s.targetId ?? 0;
    const t = app.registry.target(N.STORAGE, targetId);
    const problem = t?.nodeId !== nodeId ? `target ${targetId} is not registered on storage node ${nodeId}` : spaceProblem(s);
    if (problem) {
      log.debug({ nodeId, targetId }, `ignoring space report: ${problem}`);
      continue;
    }
    app.runtime.heard(targetLiveKey(N.STORAGE, targetId), now);
    app.runtime.setSpace(N.STORAGE, targetId, figures(s, targetId));
  }
}

/** Applies the space report of a meta node (target id 0 or its node id). */
function metaReport(app: MgmtdApp, log: Logger, nodeId: number, reports: hivefs.ITargetSpace[]): void {
  const s = reports.find((x) => !x.targetId || x.targetId === nodeId);
  const problem = s ? spaceProblem(s) : undefined;
  if (s && problem) log.debug({ nodeId }, `ignoring space report: ${problem}`);
  else if (s) app.runtime.setSpace(N.META, nodeId, figures(s, nodeId));
}

/**
 * The target live keys of the members a server may resync (those of its groups whose other
 * member it holds); other ids are logged and left out.
 */
function resyncReport(app: MgmtdApp, log: Logger, type: hivefs.NodeType, nodeId: number, ids: number[]): string[] {
  const holds = (id: number): boolean => (type === N.META ? id === nodeId : app.registry.target(type, id)?.nodeId === nodeId);
  const keys: string[] = [];
  for (const id of new Set(ids)) {
    const g = app.registry.groupOf(type, id);
    const buddy = g && (g.primaryId === id ? g.secondaryId : g.primaryId);
    if (buddy !== undefined && holds(buddy) && !holds(id)) keys.push(targetLiveKey(type, id));
    else log.debug({ nodeId, targetId: id }, `ignoring resync report: ${id} is not the buddy of one of ${nodeTypeName(type)} node ${nodeId}'s members`);
  }
  return keys;
}

/**
 * Handler of Rpc.heartbeat; an unknown node gets UNKNOWN_NODE so that it registers again. Meta
 * and storage nodes get a primary lease, recorded before the reply leaves.
 */
export function heartbeat(app: MgmtdApp): Handler<typeof Rpc.heartbeat> {
  const log = app.log.child({ component: 'heartbeat' });
  return (req) => app.serial.run(async () => {
    const type = checkNodeType(req.type, [N.META, N.STORAGE, N.CLIENT]);
    const nodeId = checkId(req.nodeId, 'node_id');
    if (!app.registry.node(type, nodeId)) {
      throw new HiveError(ErrCode.UNKNOWN_NODE, `${nodeTypeName(type)} node ${nodeId} is not registered (mgmtd restarted or the node was removed); register again`, app.registry.version);
    }
    const now = app.clock.now();
    const key = nodeLiveKey(type, nodeId);
    app.runtime.heard(key, now);
    if (type === N.STORAGE) storageReports(app, log, nodeId, req.targets, now);
    if (type === N.META) metaReport(app, log, nodeId, req.targets);
    if (type === N.CLIENT) return { mapVersion: await commit(app, []) };
    app.runtime.setResyncing(key, resyncReport(app, log, type, nodeId, req.resyncing));
    app.runtime.grantLease(key, now, app.limits.leaseMs);
    return { mapVersion: await commit(app, []), leaseMs: app.limits.leaseMs };
  });
}
