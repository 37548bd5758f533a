import { describe, expect, it } from 'vitest';
import { hivefs } from '../../gen/proto.js';
import { ErrCode, HiveError } from '../errors.js';
import { groupOwner } from '../ids.js';
import { metaGroupOfNode, metaNodeOfOwner, rootOwnerOf } from './meta-owners.js';

const map: hivefs.IClusterMap = {
  version: 7,
  rootNodeId: 1,
  groups: [
    { nodeType: hivefs.NodeType.STORAGE, groupId: 200, primaryId: 101, secondaryId: 201 },
    { nodeType: hivefs.NodeType.META, groupId: 200, primaryId: 2, secondaryId: 1 },
  ],
};

describe('meta owners in a map', () => {
  it('serves a node owner by itself and a group owner by its current meta primary', () => {
    expect(metaNodeOfOwner(map, 3)).toBe(3);
    expect(metaNodeOfOwner(map, groupOwner(200))).toBe(2);
  });

  it('fails with UNKNOWN_GROUP for a group the map lacks (a storage group of the same id does not count)', () => {
    const m = { ...map, groups: map.groups!.filter((g) => g.nodeType !== hivefs.NodeType.META) };
    expect(() => metaNodeOfOwner(m, groupOwner(200))).toThrow(HiveError);
    try {
      metaNodeOfOwner(m, groupOwner(200));
    } catch (e) {
      expect((e as HiveError).code).toBe(ErrCode.UNKNOWN_GROUP);
    }
  });

  it('puts the root on its group once mirrored', () => {
    expect(rootOwnerOf(map)).toBe(1);
    expect(rootOwnerOf({ ...map, rootGroupId: 200 })).toBe(groupOwner(200));
    expect(rootOwnerOf(undefined)).toBe(0);
  });

  it('finds the meta group of a node in either role', () => {
    expect(metaGroupOfNode(map, 1)?.groupId).toBe(200);
    expect(metaGroupOfNode(map, 2)?.groupId).toBe(200);
    expect(metaGroupOfNode(map, 101)).toBeUndefined();
  });
});
