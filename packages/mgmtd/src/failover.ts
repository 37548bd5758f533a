// Buddy group failover (storage and meta) at each commit: the switchover rule applied to mgmtd's state, and its log lines.
import type { MgmtdApp } from './app-context.js';
import { nodeLiveKey, reachKeyOf, type StateDelta } from './state/runtime.js';
import { planSwitchovers, type SwitchoverPlan } from './state/switchover.js';
import { typedId, type Change, type GroupRecord } from './store/records.js';


/** Groups and targets (typed ids) that `changes` write: their switchover waits for the next check. */
function touchedBy(changes: readonly Change[]): { groups: Set<string>; targets: Set<string> } {
  const groups = new Set<string>();
  const targets = new Set<string>();
  for (const c of changes) {
    if (c.kind === 'putGroup') groups.add(typedId(c.group.nodeType, c.group.groupId));
    if (c.kind === 'delGroup') groups.add(typedId(c.nodeType, c.groupId));
    if (c.kind === 'putTarget') targets.add(typedId(c.target.nodeType, c.target.targetId));
    if (c.kind === 'delTarget') targets.add(typedId(c.nodeType, c.targetId));
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
  const untouched = (g: GroupRecord): boolean => !touched.groups.has(typedId(g.nodeType, g.groupId)) && !touched.targets.has(typedId(g.nodeType, g.primaryId)) && !touched.targets.has(typedId(g.nodeType, g.secondaryId));
  const groups = app.registry.groups().filter(untouched);
  const plan = planSwitchovers(groups, {
    target: (type, id) => app.registry.target(type, id),
    reachability: (type, id) => {
      const key = reachKeyOf(type, id);
      return due.reach.get(key) ?? app.runtime.reachability(key);
    },
    leaseExpired: (type, nodeId) => app.runtime.leaseExpired(nodeLiveKey(type, nodeId), nowMs, app.limits.leaseMs),
  }, app.registry.version + 1);
  const notes = app.runtime.groupNotes;
  for (const g of groups) if (!plan.waiting.has(typedId(g.nodeType, g.groupId))) notes.delete(typedId(g.nodeType, g.groupId));
  const exists = new Set(app.registry.groups().map((g) => typedId(g.nodeType, g.groupId)));
  for (const key of notes.keys()) if (!exists.has(key)) notes.delete(key);
  for (const [key, v] of plan.waiting) {
    if (notes.get(key) === v.reason) continue;
    notes.set(key, v.reason);
    if (v.kind === 'stuck') app.stateLog.warn({ group: key }, v.reason);
    else app.stateLog.info({ group: key }, v.reason);
  }
  return plan;
}

/** Logs the switchovers of a plan once its commit made `version`. */
export function logSwitchovers(app: MgmtdApp, plan: SwitchoverPlan, version: number): void {
  for (const line of plan.switched) app.stateLog.info({ mapVersion: version }, line);
}
