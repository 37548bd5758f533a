// Dispatch by owner: own store, a group's store on its primary, NOT_PRIMARY / BUSY otherwise, the root by the map.
import { ErrCode, fail, HiveError, type hivefs, type MapView } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import type { MetaStore } from '../store/meta-store.js';
import { StoreRouter, type GroupStores } from './store-router.js';

const own = { name: 'own' } as unknown as MetaStore;
const g7 = { name: 'g7' } as unknown as MetaStore;

/** Node 1, primary of group 7 (root moved in: `rootReady`); any other group is not its own. */
function router(map: Partial<hivefs.IClusterMap>, o: { started?: boolean; rootReady?: boolean } = {}): StoreRouter<GroupStores> {
  const mirror: GroupStores = {
    groupStore: (g) => (g === 7 ? g7 : fail(ErrCode.NOT_PRIMARY, `not primary of ${g}`)),
    rootStore: (g) => (g !== 7 ? fail(ErrCode.NOT_PRIMARY, `not primary of ${g}`) : o.rootReady === false ? fail(ErrCode.BUSY, 'root moving') : g7),
    servedStores: () => [g7],
  };
  const view = { map } as unknown as MapView;
  return new StoreRouter<GroupStores>({ view: () => view, own: () => (o.started === false ? undefined : own), mirror: () => mirror });
}

const codeOf = (fn: () => unknown): number | undefined => {
  try {
    fn();
  } catch (e) {
    return e instanceof HiveError ? e.code : -1;
  }
  return undefined;
};

describe('StoreRouter', () => {
  it('routes node-owned entries to the own store and group-owned ones to the group store or NOT_PRIMARY', () => {
    const r = router({ rootNodeId: 1 });
    expect(r.forRoute('1A-5F00AA-1')).toBe(own);
    expect(r.forRoute('1A-5F00AA-2')).toBe(own); // another node's entry: remote in the own store, as before
    expect(r.forRoute('1A-5F00AA-G7')).toBe(g7);
    expect(codeOf(() => r.forRoute('1A-5F00AA-G8'))).toBe(ErrCode.NOT_PRIMARY);
    expect(r.forRoute('not an id')).toBe(own); // the store answers BAD_ENTRY_ID
    expect(r.all()).toEqual([own, g7]);
  });

  it('routes the root by the map: its node, or its group once the move is done (BUSY before)', () => {
    expect(router({ rootNodeId: 1 }).forRoute('root')).toBe(own);
    expect(router({ rootNodeId: 1, rootGroupId: 7 }).forRoute('root')).toBe(g7);
    expect(codeOf(() => router({ rootNodeId: 1, rootGroupId: 7 }, { rootReady: false }).forRoute('root'))).toBe(ErrCode.BUSY);
    expect(codeOf(() => router({ rootNodeId: 2, rootGroupId: 8 }).forRoute('root'))).toBe(ErrCode.NOT_PRIMARY);
  });

  it('answers BUSY while the daemon is starting', () => {
    expect(codeOf(() => router({}, { started: false }).forRoute('1A-5F00AA-1'))).toBe(ErrCode.BUSY);
    expect(codeOf(() => router({}, { started: false }).all())).toBe(ErrCode.BUSY);
  });
});
