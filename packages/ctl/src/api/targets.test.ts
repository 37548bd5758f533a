import { describe, expect, it } from 'vitest';
import { hivefs } from '@hivefs/protocol';
import { fixtureMap, targetRow } from '../testing/fixtures.js';
import { listTargets, targetErrorCode } from './targets.js';

describe('listTargets', () => {
  it('storage targets (nodeType unset counts as storage), sorted, with names of states', () => {
    const rows = listTargets(fixtureMap(), 'storage');
    expect(rows.map((r) => r.targetId)).toEqual([101, 102, 201, 202]);
    expect(rows[0]).toEqual({
      targetId: 101, nodeId: 1, nodeAlias: 'storage01', nodeType: 'storage', reachability: 'Online', consistency: 'Good', resyncing: false,
      capacityPool: 'normal', storagePoolId: 1, nodeReachability: 'Online',
      space: { totalBytes: 227.9 * 1024 ** 3, freeBytes: 200.1 * 1024 ** 3, totalInodes: 1_200_000, freeInodes: 1_100_000 },
    });
    expect(rows[2]).toMatchObject({ targetId: 201, reachability: 'Offline', consistency: 'Needs-resync', resyncing: true, capacityPool: 'emergency', space: null, nodeReachability: 'Offline' });
    expect(rows[3]).toMatchObject({ targetId: 202, consistency: 'Bad' });
  });

  it('meta nodes as targets', () => {
    expect(listTargets(fixtureMap(), 'meta').map((r) => [r.targetId, r.nodeId, r.nodeAlias, r.nodeType])).toEqual([[1, 1, 'meta01', 'meta'], [2, 2, 'meta02', 'meta']]);
  });

  it('a target whose node is not in the map', () => {
    const map = fixtureMap();
    map.targets = [{ targetId: 301, nodeId: 3, nodeType: hivefs.NodeType.STORAGE, reachability: hivefs.Reachability.ONLINE, consistency: hivefs.Consistency.GOOD }];
    expect(listTargets(map, 'storage')[0]).toMatchObject({ nodeAlias: '', nodeReachability: 'Missing' });
  });
});

describe('--errorcodes', () => {
  const ok = targetRow({ targetId: 101, nodeId: 1 });

  it('0 when every node is reachable and every target Online and Good', () => {
    expect(targetErrorCode([ok, targetRow({ targetId: 201, nodeId: 2 })])).toBe(0);
    expect(targetErrorCode([])).toBe(0);
  });

  it('5 when a node is not reachable, before 6 and 7', () => {
    expect(targetErrorCode([ok, targetRow({ targetId: 201, nodeId: 2, nodeReachability: 'Offline', reachability: 'Offline', consistency: 'Bad' })])).toBe(5);
    expect(targetErrorCode([targetRow({ targetId: 201, nodeId: 2, nodeReachability: 'Probably-offline' })])).toBe(5);
    expect(targetErrorCode([targetRow({ targetId: 301, nodeId: 3, nodeReachability: 'Missing' })])).toBe(5);
  });

  it('a node whose reachability mgmtd leaves unset does not count as unreachable', () => {
    expect(targetErrorCode([targetRow({ targetId: 101, nodeId: 1, nodeReachability: 'Unknown' })])).toBe(0);
  });

  it('6 when a target is not Online, before 7', () => {
    expect(targetErrorCode([ok, targetRow({ targetId: 102, nodeId: 1, reachability: 'Probably-offline', consistency: 'Bad' })])).toBe(6);
  });

  it('7 when a target is not Good (resyncing included)', () => {
    expect(targetErrorCode([ok, targetRow({ targetId: 102, nodeId: 1, consistency: 'Bad' })])).toBe(7);
    expect(targetErrorCode([targetRow({ targetId: 102, nodeId: 1, consistency: 'Needs-resync', resyncing: true })])).toBe(7);
  });

  it('on the fixture map: storage 5, meta 0', () => {
    expect(targetErrorCode(listTargets(fixtureMap(), 'storage'))).toBe(5);
    expect(targetErrorCode(listTargets(fixtureMap(), 'meta'))).toBe(0);
  });
});
