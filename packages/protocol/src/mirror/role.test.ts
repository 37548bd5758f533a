// Roles of members in buddy groups read from a map.
import { describe, expect, it } from 'vitest';
import { hivefs } from '../../gen/proto.js';
import { buddyOf, findGroup, groupsOfMember, roleIn } from './role.js';

const S = hivefs.NodeType.STORAGE;
const M = hivefs.NodeType.META;
const map: hivefs.IClusterMap = {
  version: 5,
  groups: [
    { nodeType: S, groupId: 1, primaryId: 101, secondaryId: 201, primarySince: 3 },
    { nodeType: S, groupId: 2, primaryId: 202, secondaryId: 102, primarySince: 4 },
    { nodeType: M, groupId: 1, primaryId: 1, secondaryId: 2 },
  ],
};

describe('mirror roles', () => {
  it('finds groups by type and id and tells primary, secondary or none', () => {
    expect(findGroup(map, S, 2)?.primaryId).toBe(202);
    expect(findGroup(map, M, 1)?.primaryId).toBe(1);
    expect(findGroup(map, S, 9)).toBeUndefined();
    expect(findGroup(undefined, S, 1)).toBeUndefined();
    const g1 = findGroup(map, S, 1);
    expect([roleIn(g1, 101), roleIn(g1, 201), roleIn(g1, 102), roleIn(undefined, 101)]).toEqual(['primary', 'secondary', 'none', 'none']);
    expect([buddyOf(g1!, 101), buddyOf(g1!, 201), buddyOf(g1!, 5)]).toEqual([201, 101, 0]);
  });

  it('lists the groups of a member with its role', () => {
    expect(groupsOfMember(map, S, 102).map((x) => `${x.group.groupId}:${x.role}`)).toEqual(['2:secondary']);
    expect(groupsOfMember(map, M, 2).map((x) => `${x.group.groupId}:${x.role}`)).toEqual(['1:secondary']);
    expect(groupsOfMember(map, S, 999)).toEqual([]);
  });
});
