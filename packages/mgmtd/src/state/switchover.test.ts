// The switchover rule of storage buddy groups, as a pure function.
import { hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import type { GroupRecord, TargetRecord } from '../store/records.js';
import { planSwitchovers, switchoverVerdict, type MemberState } from './switchover.js';

const R = hivefs.Reachability;
const C = hivefs.Consistency;
const N = hivefs.NodeType;

const group: GroupRecord = { nodeType: N.STORAGE, groupId: 100, primaryId: 101, secondaryId: 201, poolId: 1, primarySince: 3 };
const m = (reachability: hivefs.Reachability, consistency = C.GOOD, leaseExpired = true): MemberState => ({ reachability, consistency, leaseExpired });

describe('switchoverVerdict', () => {
  it('switches only when the primary is Offline, its lease is over and the secondary is Online and Good', () => {
    expect(switchoverVerdict(group, m(R.OFFLINE), m(R.ONLINE))).toEqual({ kind: 'switch' });
    expect(switchoverVerdict(group, m(R.ONLINE), m(R.ONLINE))).toEqual({ kind: 'keep' });
    expect(switchoverVerdict(group, m(R.PROBABLY_OFFLINE), m(R.ONLINE))).toEqual({ kind: 'keep' });
    // a Needs-resync primary that is Online keeps its role too
    expect(switchoverVerdict(group, m(R.ONLINE, C.NEEDS_RESYNC), m(R.ONLINE))).toEqual({ kind: 'keep' });
  });

  it('waits while the primary\'s node may still hold a lease', () => {
    expect(switchoverVerdict(group, m(R.OFFLINE, C.GOOD, false), m(R.ONLINE))).toEqual({ kind: 'wait', reason: 'buddy group 100: primary 101 is offline; switching to 201 once its lease surely ran out' });
  });

  it('never promotes a secondary that is not Good or not Online, and says why', () => {
    expect(switchoverVerdict(group, m(R.OFFLINE), m(R.ONLINE, C.NEEDS_RESYNC))).toEqual({ kind: 'stuck', reason: 'buddy group 100 has no usable member: primary 101 is offline and secondary 201 is Needs-resync' });
    expect(switchoverVerdict(group, m(R.OFFLINE), m(R.ONLINE, C.BAD))).toMatchObject({ kind: 'stuck' });
    expect(switchoverVerdict(group, m(R.OFFLINE), m(R.PROBABLY_OFFLINE))).toEqual({ kind: 'stuck', reason: 'buddy group 100 has no usable member: primary 101 is offline and secondary 201 is Probably-offline' });
    expect(switchoverVerdict(group, m(R.OFFLINE, C.GOOD, false), m(R.OFFLINE, C.NEEDS_RESYNC))).toMatchObject({ kind: 'stuck' });
  });
});

describe('planSwitchovers', () => {
  // Storage targets 101..202 on nodes 1 and 2; meta nodes 1 and 2 as meta targets 1 and 2.
  const targets = new Map<string, TargetRecord>([
    ...[101, 102, 201, 202].map((id): [string, TargetRecord] => [`S${id}`, { nodeType: N.STORAGE, targetId: id, nodeId: Math.floor(id / 100), consistency: C.GOOD, poolId: 1 }]),
    ...[1, 2].map((id): [string, TargetRecord] => [`M${id}`, { nodeType: N.META, targetId: id, nodeId: id, consistency: C.GOOD, poolId: 0 }]),
  ]);
  const tag = (type: hivefs.NodeType, id: number): string => `${type === N.META ? 'M' : 'S'}${id}`;
  // offline / expired / consistency name typed ids as tag() makes them.
  const lookup = (offline: string[], expiredNodes: string[], consistency: Record<string, hivefs.Consistency> = {}) => ({
    target: (type: hivefs.NodeType, id: number) => (targets.has(tag(type, id)) ? { ...targets.get(tag(type, id))!, consistency: consistency[tag(type, id)] ?? C.GOOD } : undefined),
    reachability: (type: hivefs.NodeType, id: number) => (offline.includes(tag(type, id)) ? R.OFFLINE : R.ONLINE),
    leaseExpired: (type: hivefs.NodeType, nodeId: number) => expiredNodes.includes(tag(type, nodeId)),
  });
  const second: GroupRecord = { ...group, groupId: 7, primaryId: 102, secondaryId: 202 };

  it('swaps the members, sets primarySince to the new version and demotes the old primary to Needs-resync', () => {
    const plan = planSwitchovers([group, second], lookup(['S101', 'S102'], ['S1'], { S202: C.NEEDS_RESYNC }), 12);
    expect(plan.changes).toEqual([
      { kind: 'putGroup', group: { ...group, primaryId: 201, secondaryId: 101, primarySince: 12 } },
      { kind: 'putTarget', target: { ...targets.get('S101'), consistency: C.NEEDS_RESYNC } },
    ]);
    expect(plan.switched).toEqual(['buddy group 100: primary 101 is offline; switched to 201 (map version 12)']);
    expect([...plan.waiting.entries()].map(([id, v]) => [id, v.kind])).toEqual([[`${N.STORAGE}:7`, 'stuck']]);
  });

  it('keeps a Bad primary Bad, waits for leases, and leaves groups with unknown members alone', () => {
    const bad = planSwitchovers([group], lookup(['S101'], ['S1'], { S101: C.BAD }), 5);
    expect(bad.changes).toEqual([{ kind: 'putGroup', group: { ...group, primaryId: 201, secondaryId: 101, primarySince: 5 } }]);
    const waiting = planSwitchovers([group], lookup(['S101'], []), 5);
    expect(waiting.changes).toEqual([]);
    expect(waiting.waiting.get(`${N.STORAGE}:100`)?.kind).toBe('wait');
    const unknown: GroupRecord = { ...group, primaryId: 999 };
    expect(planSwitchovers([unknown], lookup(['S999'], ['S9']), 5)).toEqual({ changes: [], switched: [], waiting: new Map() });
  });

  it('switches a meta group by the same rule, looking its members up as meta targets and meta nodes', () => {
    // Group 100 exists for both types: the meta one must not read the storage targets 1 and 2.
    const meta: GroupRecord = { ...group, nodeType: N.META, primaryId: 1, secondaryId: 2 };
    expect(planSwitchovers([meta], lookup(['S1', 'M1'], ['S1']), 9).changes).toEqual([]);
    expect(planSwitchovers([meta], lookup(['M1'], ['M1'], { M2: C.NEEDS_RESYNC }), 9).waiting.get(`${N.META}:100`)?.kind).toBe('stuck');
    const plan = planSwitchovers([meta], lookup(['M1'], ['M1']), 9);
    expect(plan.changes).toEqual([
      { kind: 'putGroup', group: { ...meta, primaryId: 2, secondaryId: 1, primarySince: 9 } },
      { kind: 'putTarget', target: { ...targets.get('M1'), consistency: C.NEEDS_RESYNC } },
    ]);
  });
});
