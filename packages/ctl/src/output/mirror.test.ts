import { describe, expect, it } from 'vitest';
import { hivefs } from '@hivefs/protocol';
import { listMirrorGroups, listMirrorMembers } from '../api/mirror-groups.js';
import { fixtureMap } from '../testing/fixtures.js';
import { renderAddedGroup, renderMirrorGroups, renderMirrorMembers, renderSetState } from './mirror.js';

const { NodeType: T } = hivefs;

/** Seed 000's cluster: storage targets 101 (node 1), 201 (node 2) in group 100, meta nodes 1, 2 in group 200. */
function seedMap(): hivefs.IClusterMap {
  const m = fixtureMap();
  m.groups = [
    { nodeType: T.META, groupId: 200, primaryId: 1, secondaryId: 2 },
    { nodeType: T.STORAGE, groupId: 100, primaryId: 101, secondaryId: 201, storagePoolId: 1 },
  ];
  return m;
}

describe('--listmirrorgroups tables (seed 000, byte for byte)', () => {
  it('storage', () => {
    expect(renderMirrorGroups(listMirrorGroups(seedMap(), 'storage'), 'storage')).toBe(
      '     BuddyGroupID   PrimaryTargetID SecondaryTargetID\n' +
      '     ============   =============== =================\n' +
      '              100               101               201\n',
    );
  });

  it('meta', () => {
    expect(renderMirrorGroups(listMirrorGroups(seedMap(), 'meta'), 'meta')).toBe(
      '     BuddyGroupID     PrimaryNodeID   SecondaryNodeID\n' +
      '     ============     =============   ===============\n' +
      '              200                 1                 2\n',
    );
  });

  it('groups sorted by id; none: header only', () => {
    const m = seedMap();
    m.groups!.push({ groupId: 3, primaryId: 102, secondaryId: 202 });
    expect(listMirrorGroups(m, 'storage').map((g) => g.groupId)).toEqual([3, 100]);
    expect(renderMirrorGroups([], 'storage').split('\n')).toHaveLength(3);
  });
});

describe('--listtargets --mirrorgroups (seed 000, byte for byte)', () => {
  it('alone', () => {
    expect(renderMirrorMembers(listMirrorMembers(seedMap(), 'storage'), {})).toBe(
      '    MirrorGroupID MGMemberType TargetID   NodeID\n' +
      '    ============= ============ ========   ======\n' +
      '              100      primary      101        1\n' +
      '              100    secondary      201        2\n',
    );
  });

  it('with --state: the state columns between TargetID and NodeID, resyncing shown', () => {
    expect(renderMirrorMembers(listMirrorMembers(seedMap(), 'storage'), { state: true })).toBe(
      '    MirrorGroupID MGMemberType TargetID     Reachability  Consistency   NodeID\n' +
      '    ============= ============ ========     ============  ===========   ======\n' +
      '              100      primary      101           Online         Good        1\n' +
      '              100    secondary      201          Offline    resyncing        2\n',
    );
  });

  it('meta groups list meta nodes as targets', () => {
    expect(listMirrorMembers(seedMap(), 'meta').map((r) => [r.groupId, r.memberType, r.targetId, r.nodeId])).toEqual([[200, 'primary', 1, 1], [200, 'secondary', 2, 2]]);
  });
});

describe('--addmirrorgroup and --setstate lines', () => {
  it('seed 000 line for storage; node IDs for meta', () => {
    expect(renderAddedGroup({ groupId: 100, nodeType: 'storage', primaryId: 101, secondaryId: 201, mapVersion: 9 })).toBe('Mirror buddy group successfully set: groupID 100 -> target IDs 101, 201\n');
    expect(renderAddedGroup({ groupId: 200, nodeType: 'meta', primaryId: 1, secondaryId: 2, mapVersion: 9 })).toBe('Mirror buddy group successfully set: groupID 200 -> node IDs 1, 2\n');
  });

  it('setstate', () => {
    expect(renderSetState({ nodeType: 'storage', id: 101, state: 'Bad', mapVersion: 3 })).toBe('Successfully set state: storage target 101 is now Bad\n');
  });
});
