// A paused meta primary (SIGSTOP) past its lease: mgmtd switches the group, the new primary
// serves, and the former one, resumed, answers the write it held with NOT_PRIMARY (it never
// happened), never marks the new primary, and becomes a secondary the new primary resyncs.
import { readFile } from 'node:fs/promises';
import { waitFor } from '@hivefs/common/testing';
import { ErrCode, groupOwner, hivefs, HiveError, Rpc, RpcClient } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';

const N = hivefs.NodeType;
const C = hivefs.Consistency;
const ROOT = { uid: 0, gid: 0, gids: [] };

describe('meta buddy group with a paused primary', () => {
  let tc: TestCluster;
  const clients: RpcClient[] = [];
  let mgmtd: RpcClient;
  const connect = (name: string): RpcClient => {
    const c = new RpcClient({ host: '127.0.0.1', port: tc.cluster.slots.find((s) => s.name === name)!.port, secret: tc.secret, timeoutMs: 10_000 });
    clients.push(c);
    return c;
  };
  const map = async (): Promise<hivefs.ClusterMap> => (await mgmtd.call(Rpc.getMap, {})).map as hivefs.ClusterMap;
  const metaState = async (id: number) => (await map()).targets.find((t) => t.nodeType === N.META && t.targetId === id);

  beforeAll(async () => {
    tc = await startCluster({ meta: 2, storage: 1, targetsPerStorage: 1 });
    mgmtd = new RpcClient({ host: tc.mgmtd.host, port: tc.mgmtd.port, secret: tc.secret, timeoutMs: 5000 });
  }, 90_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    mgmtd?.close();
    await tc?.destroy();
  });

  it('refuses the held write, keeps the new primary Good, and resyncs the former primary', async () => {
    // the harness starts meta01 first: it registers as node 1 and holds the root
    expect((await map()).rootNodeId).toBe(1);
    const { groupId } = await mgmtd.call(Rpc.addMirrorGroup, { nodeType: N.META, groupId: 0, primaryId: 1, secondaryId: 2, force: false });
    await mgmtd.call(Rpc.mirrorRoot, {});
    const m1 = connect('meta01');
    const m2 = connect('meta02');
    await waitFor(async () => (await m1.call(Rpc.getAttr, { cred: ROOT, entryId: 'root' })).attr?.ownerNodeId === groupOwner(groupId), { timeoutMs: 15_000, intervalMs: 100, what: 'the root in the group space' });
    const dir = (await m1.call(Rpc.mkdir, { cred: ROOT, parentId: 'root', name: 'd', mode: 0o755 })).attr!;

    await tc.pause('meta01');
    const held = m1.call(Rpc.mkdir, { cred: ROOT, parentId: dir.entryId!, name: 'held', mode: 0o755 }).then(() => undefined, (e: unknown) => e);
    await waitFor(async () => (await map()).groups.find((g) => g.nodeType === N.META && g.groupId === groupId)?.primaryId === 2, { timeoutMs: 20_000, intervalMs: 100, what: 'the switch to node 2' });
    await waitFor(async () => (await m2.call(Rpc.mkdir, { cred: ROOT, parentId: dir.entryId!, name: 'on2', mode: 0o755 })).attr, { timeoutMs: 15_000, intervalMs: 100, what: 'node 2 serving' });
    await tc.resume('meta01');

    const err = await held;
    expect(err).toBeInstanceOf(HiveError);
    expect((err as HiveError).code).toBe(ErrCode.NOT_PRIMARY);
    await waitFor(async () => (await metaState(1))?.consistency === C.GOOD, { timeoutMs: 30_000, intervalMs: 200, what: 'node 1 resynced' });
    expect((await metaState(2))?.consistency).toBe(C.GOOD);
    expect((await m2.call(Rpc.getMetaResyncStats, { groupId })).stats).toMatchObject({ state: hivefs.ResyncJobState.RESYNC_COMPLETED, secondaryId: 1 });
    const names = (await m2.call(Rpc.readdir, { cred: ROOT, dirId: dir.entryId!, limit: 100 })).entries.map((e) => e.name);
    expect(names).toEqual(['on2']);
    const [s1, s2] = await Promise.all([m1, m2].map(async (c) => (await c.call(Rpc.metaJournalStats, { groupId })).stats!));
    expect(s1).toMatchObject({ role: 'secondary', appliedSeq: s2!.lastSeq });
    expect(s2).toMatchObject({ role: 'primary', secondaryState: 'good' });
    // node 1 never asked mgmtd to mark node 2 (the only Needs-resync of the run is node 1's)
    const lines = (await readFile(tc.cluster.paths.log('meta01'), 'utf8')).split('\n');
    expect(lines.filter((l) => l.includes('going on without secondary'))).toEqual([]);
  }, 120_000);
});
