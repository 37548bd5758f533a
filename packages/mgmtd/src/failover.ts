// Storage buddy group failover at each commit: the switchover rule applied to mgmtd's state, and its log lines.
import { hivefs } from '@hivefs/protocol';
import type { MgmtdApp } from './app-context.js';
import { nodeLiveKey, targetLiveKey, type StateDelta } from './state/runtime.js';
import { planSwitchovers, type SwitchoverPlan } from './state/switchover.js';
import { typedId, type Change } from './store/records.js';

const N = hivefs.NodeType;

/** Groups and storage targets that `changes` write: their switchover waits for the next check. */
function touchedBy(changes: readonly Change[]): { groups: Set<string>; targets: Set<number> } {
  const groups = new Set<string>();
  const targets = new Set<number>();
  for (const c of changes) {
    if (c.kind === 'putGroup') groups.add(typedId(c.group.nodeType, c.group.groupId));
    if (c.kind === 'delGroup') groups.add(typedId(c.nodeType, c.groupId));
    if (c.kind === 'putTarget' && c.target.nodeType === N.STORAGE) targets.add(c.target.targetId);
    if (c.kind === 'delTarget' && c.nodeType === N.STORAGE) targets.add(c.targetId);
  }
  return { groups, targets };
}

/**
 * The switchovers due at `nowMs` for the commit that publishes `due` together with `changes`
 * (groups those changes touch are left to the next check). Logs once per group and reason why
 * a group whose primary is offline waits or has no usable member.
 */
export function dueSwitchovers(app: MgmtdApp, due: StateDelta, changes: readonly Change[], nowMs: number): SwitchoverPlan {
  const touched = touchedBy(changes);
  const groups = app.registry.groups().filter((g) => !touched.groups.has(typedId(g.nodeType, g.groupId)) && !touched.targets.has(g.primaryId) && !touched.targets.has(g.secondaryId));
  const plan = planSwitchovers(groups, {
    target: (id) => app.registry.target(N.STORAGE, id),
    reachability: (id) => {
      const key = targetLiveKey(N.STORAGE, id);
      return due.reach.get(key) ?? app.runtime.reachability(key);
    },
    leaseExpired: (nodeId) => app.runtime.leaseExpired(nodeLiveKey(N.STORAGE, nodeId), nowMs, app.limits.leaseMs),
  }, app.registry.version + 1);
  const notes = app.runtime.groupNotes;
  for (const g of groups) if (!plan.waiting.has(g.groupId)) notes.delete(g.groupId);
  for (const id of notes.keys()) if (!app.registry.group(N.STORAGE, id)) notes.delete(id);
  for (const [id, v] of plan.waiting) {
    if (notes.get(id) === v.reason) continue;
    notes.set(id, v.reason);
    if (v.kind === 'stuck') app.stateLog.warn({ groupId: id }, v.reason);
    else app.stateLog.info({ groupId: id }, v.reason);
  }
  return plan;
}

/** Logs the switchovers of a plan once its commit made `version`. */
export function logSwitchovers(app: MgmtdApp, plan: SwitchoverPlan, version: number): void {
  for (const line of plan.switched) app.stateLog.info({ mapVersion: version }, line);
}
