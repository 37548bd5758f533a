import { describe, expect, it } from 'vitest';
import { Rpc, hivefs, type RpcClient } from '@hivefs/protocol';
import { fixtureMap } from '../testing/fixtures.js';
import { findStorageGroup, getResyncStats, startResync, watchResync, resyncStatsInfo } from './resync.js';
import type { Session } from './session.js';

const S = hivefs.ResyncJobState;

/** A session whose storage clients record calls and answer with `stats`; targetClient records which target it was asked for. */
function fakeSession(stats: hivefs.IResyncStats) {
  const map = fixtureMap();
  map.groups = [
    { nodeType: hivefs.NodeType.STORAGE, groupId: 100, primaryId: 201, secondaryId: 101 },
    { nodeType: hivefs.NodeType.META, groupId: 200, primaryId: 1, secondaryId: 2 },
  ];
  const calls: { target: number; rpc: string; req: unknown }[] = [];
  let target = 0;
  const client = { call: async (rpc: { name: string }, req: unknown) => (calls.push({ target, rpc: rpc.name, req }), { stats }) } as unknown as RpcClient;
  const view = { targetClient: (id: number) => ((target = id), client) };
  return { s: { map, view } as unknown as Session, calls };
}

describe('findStorageGroup', () => {
  it('by group id, or by a target that is primary or secondary; meta groups do not count', () => {
    const { s } = fakeSession({});
    expect(findStorageGroup(s.map, { groupId: 100 }).groupId).toBe(100);
    expect(findStorageGroup(s.map, { targetId: 101 }).groupId).toBe(100);
    expect(findStorageGroup(s.map, { targetId: 201 }).groupId).toBe(100);
    expect(() => findStorageGroup(s.map, { groupId: 200 })).toThrow('no storage buddy group 200 (map version 42)');
    expect(() => findStorageGroup(s.map, { targetId: 102 })).toThrow('storage target 102 is in no buddy group (map version 42)');
  });
});

describe('startResync and getResyncStats go to the group\'s primary', () => {
  it('--startresync --targetid=101 (the secondary) asks target 201\'s node with the options', async () => {
    const { s, calls } = fakeSession({ groupId: 100, state: S.RESYNC_RUNNING });
    const st = await startResync(s, { mode: 'startresync', nodeType: 'storage', group: { targetId: 101 }, full: true, sinceMs: 5000, restart: true });
    expect(calls).toEqual([{ target: 201, rpc: Rpc.startResync.name, req: { groupId: 100, full: true, sinceMs: 5000, restart: true } }]);
    expect(st).toMatchObject({ groupId: 100, state: 'Running', running: true });
  });

  it('--resyncstats --mirrorgroupid=100', async () => {
    const { s, calls } = fakeSession({ groupId: 100, state: S.RESYNC_COMPLETED, syncedFiles: 4 });
    expect(await getResyncStats(s, { groupId: 100 })).toMatchObject({ state: 'Completed successfully', syncedFiles: 4 });
    expect(calls).toEqual([{ target: 201, rpc: Rpc.getResyncStats.name, req: { groupId: 100 } }]);
  });
});

describe('watchResync', () => {
  it('samples while Running, then returns the final stats', async () => {
    const seq = [S.RESYNC_RUNNING, S.RESYNC_RUNNING, S.RESYNC_COMPLETED].map((state, i) => resyncStatsInfo({ state, syncedBytes: i * 10 }));
    const samples: number[] = [];
    const final = await watchResync(async () => seq.shift()!, (st) => samples.push(st.syncedBytes), 0);
    expect(samples).toEqual([0, 10]);
    expect(final).toMatchObject({ state: 'Completed successfully', syncedBytes: 20 });
  });
});
