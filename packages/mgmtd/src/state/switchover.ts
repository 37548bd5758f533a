// Pure switchover rule of storage buddy groups: when mgmtd promotes a secondary, and the commit that does it.
import { hivefs } from '@hivefs/protocol';
import type { Change, GroupRecord, TargetRecord } from '../store/records.js';
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

/** What {@link planSwitchovers} looks up. */
export interface SwitchoverLookup {
  target(targetId: number): TargetRecord | undefined;
  /** Reachability of a storage target as the commit under way publishes it. */
  reachability(targetId: number): hivefs.Reachability;
  /** Whether the last lease granted to a storage node has surely run out. */
  leaseExpired(nodeId: number): boolean;
}

/** The changes of the switchovers due now, their log lines, and why other groups wait or are stuck. */
export interface SwitchoverPlan {
  changes: Change[];
  /** One info line per switchover. */
  switched: string[];
  /** Group id -> the verdict of each group that waits or is stuck (to log once per reason). */
  waiting: Map<number, Extract<Verdict, { reason: string }>>;
}

/**
 * Plans the switchovers of the storage groups `groups` for the commit that makes map version
 * `version`: each swaps primary and secondary, sets primarySince to `version` and the demoted
 * target's consistency to Needs-resync (a Bad one stays Bad). Meta groups are skipped: their
 * switchover (members are meta nodes) is to be added here when meta mirroring comes.
 */
export function planSwitchovers(groups: readonly GroupRecord[], lookup: SwitchoverLookup, version: number): SwitchoverPlan {
  const plan: SwitchoverPlan = { changes: [], switched: [], waiting: new Map() };
  for (const g of groups) {
    if (g.nodeType !== hivefs.NodeType.STORAGE) continue;
    const [p, s] = [lookup.target(g.primaryId), lookup.target(g.secondaryId)];
    if (!p || !s) continue;
    const state = (t: TargetRecord): MemberState => ({ reachability: lookup.reachability(t.targetId), consistency: t.consistency, leaseExpired: lookup.leaseExpired(t.nodeId) });
    const v = switchoverVerdict(g, state(p), state(s));
    if (v.kind === 'wait' || v.kind === 'stuck') plan.waiting.set(g.groupId, v);
    if (v.kind !== 'switch') continue;
    plan.changes.push({ kind: 'putGroup', group: { ...g, primaryId: s.targetId, secondaryId: p.targetId, primarySince: version } });
    if (p.consistency === C.GOOD) plan.changes.push({ kind: 'putTarget', target: { ...p, consistency: C.NEEDS_RESYNC } });
    plan.switched.push(`buddy group ${g.groupId}: primary ${p.targetId} is offline; switched to ${s.targetId} (map version ${version})`);
  }
  return plan;
}
