import { describe, expect, it } from 'vitest';
import { groupOwner, hivefs } from '@hivefs/protocol';
import { chooseDirOwner } from './dir-owner.js';

const meta = (nodeId: number, pool = hivefs.CapacityPool.NORMAL, reachability = hivefs.Reachability.ONLINE): hivefs.ITargetInfo => ({ targetId: nodeId, nodeId, nodeType: hivefs.NodeType.META, capacityPool: pool, reachability });
const mapOf = (...targets: hivefs.ITargetInfo[]): hivefs.IClusterMap => ({ version: 1, targets: [...targets, { targetId: 101, nodeId: 1, nodeType: hivefs.NodeType.STORAGE, reachability: hivefs.Reachability.ONLINE }] });

describe('dir owner chooser', () => {
  it('random: any Online meta node of the normal pool, by the random draw', () => {
    const map = mapOf(meta(1), meta(2), meta(3, hivefs.CapacityPool.LOW), meta(4, hivefs.CapacityPool.NORMAL, hivefs.Reachability.OFFLINE));
    expect(chooseDirOwner({ mode: 'random', map: () => map, random: () => 0 }, 9)).toBe(1);
    expect(chooseDirOwner({ mode: 'random', map: () => map, random: () => 0.99 }, 9)).toBe(2);
  });

  it('falls back to the low pool, then to the parent owner (also without a map)', () => {
    expect(chooseDirOwner({ mode: 'random', map: () => mapOf(meta(3, hivefs.CapacityPool.LOW), meta(5, hivefs.CapacityPool.EMERGENCY)), random: () => 0.5 }, 9)).toBe(3);
    expect(chooseDirOwner({ mode: 'random', map: () => mapOf(meta(5, hivefs.CapacityPool.EMERGENCY)) }, 9)).toBe(9);
    expect(chooseDirOwner({ mode: 'random', map: () => undefined }, 9)).toBe(9);
  });

  it('parent: always the parent owner', () => {
    expect(chooseDirOwner({ mode: 'parent', map: () => mapOf(meta(1), meta(2)) }, 2)).toBe(2);
  });

  it('under a mirrored directory: a random meta buddy group with an Online primary, else the parent\'s group', () => {
    const group = (groupId: number, primaryId: number, secondaryId: number): hivefs.IBuddyGroup => ({ groupId, primaryId, secondaryId, nodeType: hivefs.NodeType.META });
    const map = { ...mapOf(meta(1), meta(2), meta(3, hivefs.CapacityPool.NORMAL, hivefs.Reachability.OFFLINE), meta(4)), groups: [group(7, 1, 2), group(8, 3, 4), { groupId: 9, primaryId: 101, secondaryId: 102, nodeType: hivefs.NodeType.STORAGE }] };
    expect(chooseDirOwner({ mode: 'random', map: () => map, random: () => 0.99 }, groupOwner(8))).toBe(groupOwner(7));
    expect(chooseDirOwner({ mode: 'random', map: () => mapOf(meta(1)), random: () => 0 }, groupOwner(8))).toBe(groupOwner(8));
    expect(chooseDirOwner({ mode: 'parent', map: () => map }, groupOwner(8))).toBe(groupOwner(8));
  });
});
