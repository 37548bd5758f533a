// Unit tests of the stripe chooser: Online targets first, fallbacks, shortfall reasons and their logging.
import { describe, expect, it } from 'vitest';
import { ErrCode, hivefs } from '@hivefs/protocol';
import type { Pattern } from '../store/types.js';
import { describeShortfall } from './shortfall.js';
import { poolGroups, poolTargets, StripeChooser } from './stripe-chooser.js';

const S = hivefs.NodeType.STORAGE;
const R = hivefs.Reachability;
const target = (targetId: number, o: Partial<hivefs.ITargetInfo> = {}): hivefs.ITargetInfo => ({
  targetId, nodeId: 1, nodeType: S, reachability: R.ONLINE, capacityPool: hivefs.CapacityPool.NORMAL, storagePoolId: 1, ...o,
});
const pattern = (numTargets: number, storagePoolId = 1): Pattern => ({ type: hivefs.PatternType.RAID0, chunkSize: 65536, numTargets, ids: [], storagePoolId });
const sorted = (ids: number[]): number[] => [...ids].sort((a, b) => a - b);

/** A logger that keeps its warning lines. */
function warnings(): { lines: string[]; warn(o: object, m?: string): void } {
  const lines: string[] = [];
  return { lines, warn: (_o, m) => void lines.push(m ?? '') };
}

describe('poolTargets', () => {
  it('sorts the pool targets by reachability, the usable ones by capacity pool; other pools and meta nodes are left out', () => {
    const map: hivefs.IClusterMap = {
      targets: [
        target(4, { capacityPool: hivefs.CapacityPool.LOW }),
        target(3),
        target(1),
        target(2, { reachability: R.OFFLINE }),
        target(5, { reachability: R.PROBABLY_OFFLINE }),
        target(9, { reachability: R.PROBABLY_OFFLINE, capacityPool: hivefs.CapacityPool.EMERGENCY }),
        target(6, { storagePoolId: 2 }),
        target(7, { capacityPool: hivefs.CapacityPool.EMERGENCY }),
        target(8, { nodeType: hivefs.NodeType.META }),
      ],
    };
    expect(poolTargets(map, 1)).toEqual({ online: [[1, 3], [4], [7]], probablyOffline: [[5], [], [9]], offline: [2] });
    expect(poolTargets(map, 2)).toEqual({ online: [[6], [], []], probablyOffline: [[], [], []], offline: [] });
  });
});

describe('StripeChooser', () => {
  const map: hivefs.IClusterMap = { version: 3, targets: [target(10), target(20), target(30), target(40)] };

  it('round-robin rotates the start over the targets', () => {
    const c = new StripeChooser({ mode: 'roundrobin', map: () => map });
    expect(c.choose(pattern(2))).toEqual({ ids: [10, 20], shortfall: '' });
    expect(c.choose(pattern(2)).ids).toEqual([30, 40]);
    expect(c.choose(pattern(1)).ids).toEqual([10]);
    expect(c.choose(pattern(1)).ids).toEqual([20]);
  });

  it('randomized returns distinct targets in a shuffled order', () => {
    const seq = [0.9, 0.1, 0.5];
    let i = 0;
    const c = new StripeChooser({ mode: 'randomized', map: () => map, random: () => seq[i++ % seq.length]! });
    const { ids } = c.choose(pattern(4));
    expect(sorted(ids)).toEqual([10, 20, 30, 40]);
    expect(ids).not.toEqual([10, 20, 30, 40]);
  });

  it('takes min(numTargets, available) and says that the pool is smaller', () => {
    const c = new StripeChooser({ mode: 'randomized', map: () => map });
    const r = c.choose(pattern(8));
    expect(new Set(r.ids).size).toBe(4);
    expect(r.shortfall).toBe('4 of 8 targets: pool 1 has 4 targets');
  });

  it('prefers normal targets and fills up from low, then emergency', () => {
    const m: hivefs.IClusterMap = { targets: [target(1, { capacityPool: hivefs.CapacityPool.EMERGENCY }), target(2, { capacityPool: hivefs.CapacityPool.LOW }), target(3)] };
    const c = new StripeChooser({ mode: 'randomized', map: () => m });
    expect(c.choose(pattern(1)).ids).toEqual([3]);
    expect(c.choose(pattern(2)).ids).toEqual([3, 2]);
    expect(c.choose(pattern(3)).ids).toEqual([3, 2, 1]);
  });

  it('leaves out Probably-offline targets (a storage daemon that just died) and says why the file has fewer', () => {
    const m: hivefs.IClusterMap = { version: 7, targets: [target(101), target(102), target(201, { reachability: R.PROBABLY_OFFLINE }), target(202, { reachability: R.PROBABLY_OFFLINE })] };
    for (const mode of ['randomized', 'roundrobin'] as const) {
      const c = new StripeChooser({ mode, map: () => m });
      for (let i = 0; i < 8; i++) {
        const r = c.choose(pattern(4));
        expect(sorted(r.ids)).toEqual([101, 102]);
        expect(r.shortfall).toBe('2 of 4 targets: 201, 202 probably-offline');
      }
    }
    const c = new StripeChooser({ mode: 'roundrobin', map: () => m });
    expect(c.choose(pattern(2))).toEqual({ ids: [101, 102], shortfall: '' });
  });

  it('leaves out Offline targets, Online ones of the low and emergency pools serve first', () => {
    const m: hivefs.IClusterMap = {
      targets: [target(1, { reachability: R.OFFLINE }), target(2, { reachability: R.PROBABLY_OFFLINE }), target(3, { capacityPool: hivefs.CapacityPool.EMERGENCY }), target(4, { capacityPool: hivefs.CapacityPool.LOW })],
    };
    const r = new StripeChooser({ mode: 'randomized', map: () => m }).choose(pattern(4));
    expect(r).toEqual({ ids: [4, 3], shortfall: '2 of 4 targets: 2 probably-offline; 1 offline' });
  });

  it('with no Online target (mgmtd just restarted) falls back to Probably-offline ones, never Offline ones, and logs it', () => {
    const m: hivefs.IClusterMap = { targets: [target(1, { reachability: R.PROBABLY_OFFLINE }), target(2, { reachability: R.PROBABLY_OFFLINE }), target(3, { reachability: R.OFFLINE })] };
    const log = warnings();
    const c = new StripeChooser({ mode: 'roundrobin', map: () => m, log });
    expect(c.choose(pattern(2))).toEqual({ ids: [1, 2], shortfall: '' });
    expect(c.choose(pattern(3))).toEqual({ ids: [1, 2], shortfall: '2 of 3 targets: no target online, probably-offline ones used; 3 offline' });
    expect(log.lines).toEqual([
      'new files get 2 of 2 targets: no target online, probably-offline ones used; 3 offline',
      'new files get 2 of 3 targets: no target online, probably-offline ones used; 3 offline',
    ]);
  });

  it('logs a shortfall once per situation, not once per file, and again when the targets change', () => {
    let m: hivefs.IClusterMap = { targets: [target(1), target(2, { reachability: R.PROBABLY_OFFLINE })] };
    const log = warnings();
    const c = new StripeChooser({ mode: 'randomized', map: () => m, log });
    for (let i = 0; i < 5; i++) c.choose(pattern(2));
    expect(log.lines).toEqual(['new files get 1 of 2 targets: 2 probably-offline']);
    m = { targets: [target(1), target(2, { reachability: R.OFFLINE })] };
    for (let i = 0; i < 5; i++) c.choose(pattern(2));
    m = { targets: [target(1), target(2)] };
    for (let i = 0; i < 5; i++) c.choose(pattern(2));
    m = { targets: [target(1), target(2, { reachability: R.OFFLINE })] };
    c.choose(pattern(2));
    expect(log.lines).toEqual(['new files get 1 of 2 targets: 2 probably-offline', 'new files get 1 of 2 targets: 2 offline', 'new files get 1 of 2 targets: 2 offline']);
  });

  it('throws NO_TARGETS with a clear message when nothing is usable', () => {
    const m: hivefs.IClusterMap = { version: 4, targets: [target(1, { reachability: R.OFFLINE }), target(2, { reachability: R.OFFLINE })] };
    const c = new StripeChooser({ mode: 'roundrobin', map: () => m });
    expect(() => c.choose(pattern(1))).toThrow(expect.objectContaining({ code: ErrCode.NO_TARGETS, message: 'no storage target of pool 1 is online (offline: 1, 2); map version 4' }));
    expect(() => c.choose(pattern(1, 2))).toThrow(expect.objectContaining({ code: ErrCode.NO_TARGETS, message: 'no storage target of pool 2 is online; map version 4' }));
    expect(() => new StripeChooser({ mode: 'roundrobin', map: () => undefined }).choose(pattern(1))).toThrow(expect.objectContaining({ code: ErrCode.NO_TARGETS, message: 'no cluster map from mgmtd yet' }));
  });
});

describe('describeShortfall', () => {
  it('lists at most eight ids of a kind and counts the rest', () => {
    const offline = Array.from({ length: 11 }, (_, i) => 100 + i);
    const text = describeShortfall({ used: 1, desired: 4, pool: 1, fallback: false, targets: { online: [[1], [], []], probablyOffline: [[], [], []], offline } });
    expect(text).toBe('1 of 4 targets: 100, 101, 102, 103, 104, 105, 106, 107 and 3 more offline');
  });
});

describe('StripeChooser with a buddy-mirrored pattern', () => {
  const group = (groupId: number, primaryId: number, secondaryId: number, storagePoolId = 1): hivefs.IBuddyGroup => ({ groupId, nodeType: S, primaryId, secondaryId, storagePoolId });
  const mirrored = (numTargets: number, storagePoolId = 1): Pattern => ({ ...pattern(numTargets, storagePoolId), type: hivefs.PatternType.BUDDY_MIRROR });

  it('sorts the groups of a pool by their primary, the usable ones by the worse capacity pool of their members', () => {
    const map: hivefs.IClusterMap = {
      targets: [target(101), target(102), target(201), target(202, { capacityPool: hivefs.CapacityPool.LOW }), target(301, { reachability: R.PROBABLY_OFFLINE }), target(302), target(401, { reachability: R.OFFLINE }), target(402), target(501, { storagePoolId: 2 }), target(502, { storagePoolId: 2 })],
      groups: [group(1, 101, 102), group(2, 201, 202), group(3, 301, 302), group(4, 402, 401), group(5, 401, 402), group(6, 501, 502, 2), { ...group(7, 101, 102), nodeType: hivefs.NodeType.META }],
    };
    expect(poolGroups(map, 1)).toEqual({ online: [[1, 4], [2], []], probablyOffline: [[3], [], []], offline: [5], primaries: { 1: 101, 2: 201, 3: 301, 4: 402, 5: 401 } });
    expect(poolGroups(map, 2)).toMatchObject({ online: [[6], [], []], offline: [] });
  });

  it('chooses group ids (not target ids), in round-robin order over the groups', () => {
    const map: hivefs.IClusterMap = { version: 4, targets: [target(101), target(102), target(201), target(202), target(301), target(302)], groups: [group(1, 101, 102), group(2, 201, 202), group(3, 301, 302)] };
    const c = new StripeChooser({ mode: 'roundrobin', map: () => map });
    expect(c.choose(mirrored(2))).toEqual({ ids: [1, 2], shortfall: '' });
    expect(c.choose(mirrored(2)).ids).toEqual([3, 1]);
    expect(c.choose(pattern(2)).ids).toEqual([101, 102]); // RAID0 files keep choosing targets, with their own rotation
  });

  it('leaves out a group whose primary is offline and records why, naming the primary; logs it once', () => {
    const map: hivefs.IClusterMap = { version: 5, targets: [target(101), target(102), target(201, { reachability: R.OFFLINE }), target(202)], groups: [group(1, 101, 102), group(2, 201, 202)] };
    const log = warnings();
    const c = new StripeChooser({ mode: 'roundrobin', map: () => map, log });
    const want = "1 of 2 buddy groups usable; group 2's primary 201 is offline";
    expect(c.choose(mirrored(2))).toEqual({ ids: [1], shortfall: want });
    expect(c.choose(mirrored(2))).toEqual({ ids: [1], shortfall: want });
    expect(log.lines).toEqual([`new mirrored files get ${want}`]);
  });

  it('falls back to groups whose primary is probably-offline when none is online; a small pool is named', () => {
    const map: hivefs.IClusterMap = { version: 6, targets: [target(101, { reachability: R.PROBABLY_OFFLINE }), target(102)], groups: [group(1, 101, 102)] };
    const c = new StripeChooser({ mode: 'roundrobin', map: () => map });
    expect(c.choose(mirrored(2))).toEqual({ ids: [1], shortfall: "1 of 2 buddy groups usable; no group's primary online, probably-offline ones used; pool 1 has 1 buddy group" });
  });

  it('NO_TARGETS with a clear message when the pool has no group, or none with its primary online', () => {
    const none = new StripeChooser({ mode: 'roundrobin', map: () => ({ version: 7, targets: [target(101), target(102)], groups: [] }) });
    expect(() => none.choose(mirrored(1))).toThrow(expect.objectContaining({ code: ErrCode.NO_TARGETS, message: expect.stringMatching(/^no storage buddy group in pool 1 for a buddy-mirrored directory pattern .*--addmirrorgroup.*; map version 7$/) }));
    const down = new StripeChooser({ mode: 'roundrobin', map: () => ({ version: 8, targets: [target(101, { reachability: R.OFFLINE }), target(102)], groups: [group(1, 101, 102)] }) });
    expect(() => down.choose(mirrored(1))).toThrow(expect.objectContaining({ code: ErrCode.NO_TARGETS, message: "no storage buddy group of pool 1 has its primary online (group 1's primary 101 offline); map version 8" }));
  });

  it('describes a target shortfall as before', () => {
    const targets = { online: [[1], [], []], probablyOffline: [[], [], []], offline: [2] };
    expect(describeShortfall({ used: 1, desired: 2, pool: 1, targets, fallback: false })).toBe('1 of 2 targets: 2 offline');
  });
});
