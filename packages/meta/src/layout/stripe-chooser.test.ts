import { describe, expect, it } from 'vitest';
import { ErrCode, hivefs } from '@hivefs/protocol';
import type { Pattern } from '../store/types.js';
import { candidateTiers, StripeChooser } from './stripe-chooser.js';

const S = hivefs.NodeType.STORAGE;
const target = (targetId: number, o: Partial<hivefs.ITargetInfo> = {}): hivefs.ITargetInfo => ({
  targetId, nodeId: 1, nodeType: S, reachability: hivefs.Reachability.ONLINE, capacityPool: hivefs.CapacityPool.NORMAL, storagePoolId: 1, ...o,
});
const pattern = (numTargets: number, storagePoolId = 1): Pattern => ({ type: hivefs.PatternType.RAID0, chunkSize: 65536, numTargets, ids: [], storagePoolId });

describe('candidateTiers', () => {
  it('groups the pool targets by capacity pool, leaving out offline targets, other pools and meta nodes', () => {
    const map: hivefs.IClusterMap = {
      targets: [
        target(4, { capacityPool: hivefs.CapacityPool.LOW }),
        target(3),
        target(1),
        target(2, { reachability: hivefs.Reachability.OFFLINE }),
        target(5, { reachability: hivefs.Reachability.PROBABLY_OFFLINE }),
        target(6, { storagePoolId: 2 }),
        target(7, { capacityPool: hivefs.CapacityPool.EMERGENCY }),
        target(8, { nodeType: hivefs.NodeType.META }),
      ],
    };
    expect(candidateTiers(map, 1)).toEqual([[1, 3, 5], [4], [7]]);
    expect(candidateTiers(map, 2)).toEqual([[6], [], []]);
  });
});

describe('StripeChooser', () => {
  const map: hivefs.IClusterMap = { version: 3, targets: [target(10), target(20), target(30), target(40)] };

  it('round-robin rotates the start over the targets', () => {
    const c = new StripeChooser({ mode: 'roundrobin', map: () => map });
    expect(c.choose(pattern(2))).toEqual([10, 20]);
    expect(c.choose(pattern(2))).toEqual([30, 40]);
    expect(c.choose(pattern(1))).toEqual([10]);
    expect(c.choose(pattern(1))).toEqual([20]);
  });

  it('randomized returns distinct targets in a shuffled order', () => {
    const seq = [0.9, 0.1, 0.5];
    let i = 0;
    const c = new StripeChooser({ mode: 'randomized', map: () => map, random: () => seq[i++ % seq.length]! });
    const ids = c.choose(pattern(4));
    expect([...ids].sort((a, b) => a - b)).toEqual([10, 20, 30, 40]);
    expect(ids).not.toEqual([10, 20, 30, 40]);
  });

  it('takes min(numTargets, available)', () => {
    const c = new StripeChooser({ mode: 'randomized', map: () => map });
    expect(new Set(c.choose(pattern(8))).size).toBe(4);
  });

  it('prefers normal targets and fills up from low, then emergency', () => {
    const m: hivefs.IClusterMap = { targets: [target(1, { capacityPool: hivefs.CapacityPool.EMERGENCY }), target(2, { capacityPool: hivefs.CapacityPool.LOW }), target(3)] };
    const c = new StripeChooser({ mode: 'randomized', map: () => m });
    expect(c.choose(pattern(1))).toEqual([3]);
    expect(c.choose(pattern(2))).toEqual([3, 2]);
    expect(c.choose(pattern(3))).toEqual([3, 2, 1]);
  });

  it('throws NO_TARGETS when nothing is usable', () => {
    const m: hivefs.IClusterMap = { targets: [target(1, { reachability: hivefs.Reachability.OFFLINE })] };
    const c = new StripeChooser({ mode: 'roundrobin', map: () => m });
    expect(() => c.choose(pattern(1))).toThrow(expect.objectContaining({ code: ErrCode.NO_TARGETS }));
    expect(() => new StripeChooser({ mode: 'roundrobin', map: () => undefined }).choose(pattern(1))).toThrow(expect.objectContaining({ code: ErrCode.NO_TARGETS }));
  });
});
