// Pure switchover rule of buddy groups (storage and meta): when mgmtd promotes a secondary, and the commit that does it.
import { hivefs } from '@hivefs/protocol';
import { typedId, type Change, type GroupRecord, type TargetRecord } from '../store/records.js';
import { consistencyName } from './consistency.js';
import { reachabilityName } from './reachability.js';

const R = hivefs.Reachability;
const C = hivefs.Consistency;

/** What the rule needs to know about the two members of a group. */
export interface MemberState {
  /** Reachability as the commit under way publishes it. */
  reachability: hivefs.Reachability;
  consistency: hivefs.Consistency;
  /** Whether every primary lease granted to the member's node has surely run out. */
  leaseExpired: boolean;
}

/**
 * The verdict on one group: `keep` (primary not Offline), `switch`, `wait` (primary Offline but
 * its node may still hold a lease) or `stuck` (no member can serve: never promote a secondary
 * that is not Good and Online), with the reason for the log.
 */
export type Verdict = { kind: 'keep' } | { kind: 'switch' } | { kind: 'wait' | 'stuck'; reason: string };

/** Applies the rule: primary Offline + secondary Online and Good + primary's lease over -> switch. */
export function switchoverVerdict(g: GroupRecord, primary: MemberState, secondary: MemberState): Verdict {
  if (primary.reachability !== R.OFFLINE) return { kind: 'keep' };
  const head = `buddy group ${g.groupId}: primary ${g.primaryId} is offline`;
  if (secondary.consistency !== C.GOOD || secondary.reachability !== R.ONLINE) {
    const why = secondary.consistency !== C.GOOD ? consistencyName(secondary.consistency) : reachabilityName(secondary.reachability);
    return { kind: 'stuck', reason: `buddy group ${g.groupId} has no usable member: primary ${g.primaryId} is offline and secondary ${g.secondaryId} is ${why}` };
  }
  if (!primary.leaseExpired) return { kind: 'wait', reason: `${head}; switching to ${g.secondaryId} once its lease surely ran out` };
  return { kind: 'switch' };
}

/**
 * What {@link planSwitchovers} looks up, by the group's node type: the members of a storage
 * group are storage targets, those of a meta group meta nodes (seen as targets, target id =
 * node id).
 */
export interface SwitchoverLookup {
  target(nodeType: hivefs.NodeType, targetId: number): TargetRecord | undefined;
  /** Reachability of a target as the commit under way publishes it. */
  reachability(nodeType: hivefs.NodeType, targetId: number): hivefs.Reachability;
  /** Whether the last lease granted to a node has surely run out. */
  leaseExpired(nodeType: hivefs.NodeType, nodeId: number): boolean;
}

/** The changes of the switchovers due now, their log lines, and why other groups wait or are stuck. */
export interface SwitchoverPlan {
  changes: Change[];
  /** One info line per switchover. */
  switched: string[];
  /** Typed group id (typedId) -> the verdict of each group that waits or is stuck (to log once per reason). */
  waiting: Map<string, Extract<Verdict, { reason: string }>>;
}

/**
 * Plans the switchovers of `groups` (storage and meta alike) for the commit that makes map
 * version `version`: each swaps primary and secondary, sets primarySince to `version` and the
 * demoted member's consistency to Needs-resync (a Bad one stays Bad).
 */
export function planSwitchovers(groups: readonly GroupRecord[], lookup: SwitchoverLookup, version: number): SwitchoverPlan {
  const plan: SwitchoverPlan = { changes: [], switched: [], waiting: new Map() };
  for (const g of groups) {
    const type = g.nodeType;
    const [p, s] = [lookup.target(type, g.primaryId), lookup.target(type, g.secondaryId)];
    if (!p || !s) continue;
    const state = (t: TargetRecord): MemberState => ({ reachability: lookup.reachability(type, t.targetId), consistency: t.consistency, leaseExpired: lookup.leaseExpired(type, t.nodeId) });
    const v = switchoverVerdict(g, state(p), state(s));
    if (v.kind === 'wait' || v.kind === 'stuck') plan.waiting.set(typedId(type, g.groupId), v);
    if (v.kind !== 'switch') continue;
    plan.changes.push({ kind: 'putGroup', group: { ...g, primaryId: s.targetId, secondaryId: p.targetId, primarySince: version } });
    if (p.consistency === C.GOOD) plan.changes.push({ kind: 'putTarget', target: { ...p, consistency: C.NEEDS_RESYNC } });
    plan.switched.push(`buddy group ${g.groupId}: primary ${p.targetId} is offline; switched to ${s.targetId} (map version ${version})`);
  }
  return plan;
}
