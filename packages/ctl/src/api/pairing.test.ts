import { describe, expect, it } from 'vitest';
import { hivefs } from '@hivefs/protocol';
import { planMirrorPairs } from './pairing.js';

const { NodeType: T } = hivefs;

/** A map with storage targets given as [targetId, nodeId, poolId?] and optional groups. */
function mapOf(targets: [number, number, number?][], groups: hivefs.IBuddyGroup[] = []): hivefs.IClusterMap {
  return { version: 1, targets: targets.map(([targetId, nodeId, pool]) => ({ targetId, nodeId, nodeType: T.STORAGE, storagePoolId: pool ?? 1 })), groups };
}

const plan = (m: hivefs.IClusterMap, force = false): [number, number][] => planMirrorPairs(m, 'storage', force).map((p) => [p.primary, p.secondary]);

describe('planMirrorPairs (--addmirrorgroup --automatic)', () => {
  it('two nodes with two targets each: cross-node pairs, lowest ids first', () => {
    expect(plan(mapOf([[101, 1], [102, 1], [201, 2], [202, 2]]))).toEqual([[101, 201], [102, 202]]);
  });

  it('takes from the node with the most ungrouped targets first, so three nodes of 4, 2, 2 all pair across nodes', () => {
    const m = mapOf([[101, 1], [102, 1], [103, 1], [104, 1], [201, 2], [202, 2], [301, 3], [302, 3]]);
    const pairs = plan(m);
    expect(pairs).toEqual([[101, 201], [102, 301], [103, 202], [104, 302]]);
    const node = (id: number): number => Math.floor(id / 100);
    for (const [a, b] of pairs) expect(node(a)).not.toBe(node(b));
  });

  it('leaves grouped targets out (of either member role) and pairs the rest', () => {
    const m = mapOf([[101, 1], [102, 1], [201, 2], [202, 2]], [{ nodeType: T.STORAGE, groupId: 1, primaryId: 201, secondaryId: 101 }]);
    expect(plan(m)).toEqual([[102, 202]]);
  });

  it('pairs only within a storage pool', () => {
    expect(plan(mapOf([[101, 1, 1], [102, 1, 2], [201, 2, 1], [202, 2, 2]]))).toEqual([[101, 201], [102, 202]]);
    expect(() => plan(mapOf([[101, 1, 1], [102, 1, 1], [201, 2, 2], [202, 2, 2]]))).toThrow(
      'cannot pair targets automatically: target 101 has no partner on another storage node (use --force to allow pairs on one node)',
    );
  });

  it('refuses when a node has more than half the targets; --force pairs the rest on that node', () => {
    const m = mapOf([[101, 1], [102, 1], [103, 1], [201, 2]]);
    expect(() => plan(m)).toThrow('cannot pair targets automatically: target 102 has no partner on another storage node (use --force to allow pairs on one node)');
    expect(plan(m, true)).toEqual([[101, 201], [102, 103]]);
  });

  it('refuses a single node without --force', () => {
    expect(() => plan(mapOf([[101, 1], [102, 1]]))).toThrow(/target 101 has no partner on another storage node/);
    expect(plan(mapOf([[101, 1], [102, 1]]), true)).toEqual([[101, 102]]);
  });

  it('refuses an odd number of targets and no ungrouped targets, with exit code 3', () => {
    expect(() => plan(mapOf([[101, 1], [201, 2], [301, 3]]))).toThrow('cannot pair targets automatically: an odd number of ungrouped targets (3) in storage pool 1; one would be left over');
    const all = mapOf([[101, 1], [201, 2]], [{ groupId: 1, primaryId: 101, secondaryId: 201 }]);
    expect(() => plan(all)).toThrow('cannot pair targets automatically: no ungrouped targets');
    try {
      plan(all);
    } catch (e) {
      expect((e as { exitCode: number }).exitCode).toBe(3);
    }
  });

  it('meta nodes pair with each other and ignore storage targets and groups', () => {
    const m: hivefs.IClusterMap = {
      targets: [{ targetId: 1, nodeId: 1, nodeType: T.META }, { targetId: 2, nodeId: 2, nodeType: T.META }, { targetId: 101, nodeId: 1, nodeType: T.STORAGE }],
      groups: [{ nodeType: T.STORAGE, groupId: 1, primaryId: 1, secondaryId: 2 }],
    };
    expect(planMirrorPairs(m, 'meta', false)).toEqual([{ primary: 1, secondary: 2 }]);
  });
});
