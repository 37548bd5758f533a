// Meta buddy mirroring against real daemons: two meta nodes in a meta buddy group, the root moved
// into the group (mirrorRoot), directories and files (one left open) created through the meta RPCs
// on the primary and applied on the secondary's journal, then the primary killed with SIGKILL:
// after mgmtd's switchover the former secondary serves the same namespace and the open session.
import { waitFor } from '@hivefs/common/testing';
import { ErrCode, groupOwner, hivefs, HiveError, ownerNodeOf, Rpc, RpcClient } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';

const N = hivefs.NodeType;
const ROOT = { uid: 0, gid: 0, gids: [] };
const CLIENT = 4243;
const O_CREAT_EXCL_RDWR = 0o100 | 0o200 | 2;

describe('meta buddy mirroring (two meta nodes, one group)', () => {
  let tc: TestCluster;
  const clients: RpcClient[] = [];
  let mgmtd: RpcClient;

  const connect = (port: number): RpcClient => {
    const c = new RpcClient({ host: '127.0.0.1', port, secret: tc.secret, timeoutMs: 5000 });
    clients.push(c);
    return c;
  };
  const map = async (): Promise<hivefs.ClusterMap> => (await mgmtd.call(Rpc.getMap, {})).map as hivefs.ClusterMap;
  /** The RPC client of meta node `nodeId` (from the map's address). */
  const metaNode = async (nodeId: number): Promise<RpcClient> => {
    const n = (await map()).nodes.find((x) => x.type === N.META && x.nodeId === nodeId)!;
    return connect(n.addrs![0]!.port!);
  };
  /** The daemon name (meta01, meta02) of meta node `nodeId`. */
  const nameOf = async (nodeId: number): Promise<string> => {
    const n = (await map()).nodes.find((x) => x.type === N.META && x.nodeId === nodeId)!;
    return tc.cluster.slots.find((s) => s.port === n.addrs![0]!.port)!.name;
  };
  const codeOf = (e: unknown): number | undefined => (e instanceof HiveError ? e.code : undefined);
  /** Set by the first test for the second. */
  const st = { groupId: 0, primaryId: 0, secondaryId: 0, dir: '', after: '' };

  beforeAll(async () => {
    tc = await startCluster({ meta: 2, storage: 1, targetsPerStorage: 1, extra: { meta: { sysSessionReclaimSecs: '3600' } } });
    mgmtd = new RpcClient({ host: tc.mgmtd.host, port: tc.mgmtd.port, secret: tc.secret, timeoutMs: 5000 });
  }, 90_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    mgmtd?.close();
    await tc?.destroy();
  });

  it('mirrors the namespace under the mirrored root and serves it from the secondary after the primary is killed', async () => {
    const m0 = await map();
    const primaryId = m0.rootNodeId;
    const secondaryId = m0.nodes.find((n) => n.type === N.META && n.nodeId !== primaryId)!.nodeId ?? 0;
    const { groupId } = await mgmtd.call(Rpc.addMirrorGroup, { nodeType: N.META, groupId: 0, primaryId, secondaryId, force: false });
    const mirrored = await mgmtd.call(Rpc.mirrorRoot, {});
    expect(mirrored.groupId).toBe(groupId);

    const primary = await metaNode(primaryId);
    const secondary = await metaNode(secondaryId);
    // The primary answers for the root once it moved it into the group's space (BUSY before).
    await waitFor(async () => (await primary.call(Rpc.getAttr, { cred: ROOT, entryId: 'root' })).attr?.ownerNodeId === groupOwner(groupId), { timeoutMs: 15_000, intervalMs: 100, what: 'the root in the group space' });
    // The secondary refuses requests for the group: the client re-routes to the primary.
    const refused = await secondary.call(Rpc.getAttr, { cred: ROOT, entryId: 'root' }).then(() => undefined, (e: unknown) => e);
    expect(codeOf(refused)).toBe(ErrCode.NOT_PRIMARY);

    const dir = (await primary.call(Rpc.mkdir, { cred: ROOT, parentId: 'root', name: 'd', mode: 0o755 })).attr!;
    expect(ownerNodeOf(dir.entryId!)).toBe(groupOwner(groupId));
    expect(dir.entryId).toMatch(new RegExp(`-G${groupId.toString(16).toUpperCase()}$`));
    const sub = (await primary.call(Rpc.mkdir, { cred: ROOT, parentId: dir.entryId!, name: 'sub', mode: 0o755 })).attr!;
    expect(ownerNodeOf(sub.entryId!)).toBe(groupOwner(groupId)); // a directory under a mirrored one is mirrored
    const files: string[] = [];
    for (let i = 0; i < 20; i++) {
      const f = await primary.call(Rpc.create, { cred: ROOT, parentId: dir.entryId!, name: `f${i}`, mode: 0o644, flags: O_CREAT_EXCL_RDWR, clientId: CLIENT, open: false });
      files.push(f.attr!.entryId!);
    }
    const open = await primary.call(Rpc.create, { cred: ROOT, parentId: sub.entryId!, name: 'open', mode: 0o644, flags: O_CREAT_EXCL_RDWR, clientId: CLIENT, open: true });
    expect(Number(open.handleId)).toBeGreaterThan(0);
    await primary.call(Rpc.rename, { cred: ROOT, srcParentId: dir.entryId!, srcName: 'f0', dstParentId: 'root', dstName: 'moved', noReplace: false });

    // Both members' journals: the secondary applied everything the primary wrote.
    const ps = (await primary.call(Rpc.metaJournalStats, { groupId })).stats!;
    expect(ps).toMatchObject({ groupId, nodeId: primaryId, role: 'primary', secondaryState: 'good' });
    await waitFor(async () => {
      const ss = (await secondary.call(Rpc.metaJournalStats, { groupId })).stats!;
      return ss.role === 'secondary' && Number(ss.appliedSeq) === Number(ps.lastSeq);
    }, { timeoutMs: 5000, what: 'the secondary at the primary\'s last seq' });
    expect(Number(ps.lastSeq)).toBeGreaterThan(20);

    // kill -9 the primary: mgmtd switches the group (Offline after 2 s), the former secondary serves.
    await tc.stop(await nameOf(primaryId), 'SIGKILL');
    await waitFor(async () => (await map()).groups.find((g) => g.nodeType === N.META && g.groupId === groupId)?.primaryId === secondaryId, { timeoutMs: 20_000, intervalMs: 100, what: 'the group switched to the secondary' });
    const names = await waitFor(async () => (await secondary.call(Rpc.readdir, { cred: ROOT, dirId: dir.entryId!, limit: 100 })).entries.map((e) => e.name ?? ''), { timeoutMs: 15_000, intervalMs: 100, what: 'the new primary serving the group' });
    expect(names.sort()).toEqual(['sub', ...Array.from({ length: 19 }, (_, i) => `f${i + 1}`)].sort());
    expect((await secondary.call(Rpc.lookup, { cred: ROOT, parentId: 'root', name: 'moved' })).attr!.entryId).toBe(files[0]);
    expect((await secondary.call(Rpc.lookup, { cred: ROOT, parentId: 'root', name: 'd' })).attr!.entryId).toBe(dir.entryId);
    // The open session survived the failover: closing it works on the new primary.
    await secondary.call(Rpc.close, { entryId: open.attr!.entryId!, handleId: open.handleId, clientId: CLIENT, sizeHint: 0 });
    const again = await secondary.call(Rpc.close, { entryId: open.attr!.entryId!, handleId: open.handleId, clientId: CLIENT, sizeHint: 0 }).then(() => undefined, (e: unknown) => e);
    expect(again).toBeInstanceOf(HiveError);
    // And it writes: new entries in the mirrored namespace.
    const after = (await secondary.call(Rpc.mkdir, { cred: ROOT, parentId: dir.entryId!, name: 'after-failover', mode: 0o755 })).attr!;
    expect(ownerNodeOf(after.entryId!)).toBe(groupOwner(groupId));
    expect((await secondary.call(Rpc.metaJournalStats, { groupId })).stats).toMatchObject({ role: 'primary', secondaryState: 'marked' });
    Object.assign(st, { groupId, primaryId, secondaryId, dir: dir.entryId!, after: after.entryId! });
  }, 120_000);

  it('resyncs the former primary when it comes back, and it serves everything after a switch back', async () => {
    const { groupId, primaryId: back, secondaryId: serving } = st;
    expect(groupId).toBeGreaterThan(0);
    const name = await nameOf(back);
    await tc.start(name);
    const target = async () => (await map()).targets.find((t) => t.nodeType === N.META && t.targetId === back);
    await waitFor(async () => (await target())?.consistency === hivefs.Consistency.GOOD, { timeoutMs: 30_000, intervalMs: 200, what: 'the former primary resynced and Good' });
    const now = await metaNode(serving);
    const stats = (await now.call(Rpc.getMetaResyncStats, { groupId })).stats!;
    expect(stats).toMatchObject({ state: hivefs.ResyncJobState.RESYNC_COMPLETED, groupId });
    const returned = await metaNode(back);
    const ps = (await now.call(Rpc.metaJournalStats, { groupId })).stats!;
    await waitFor(async () => Number((await returned.call(Rpc.metaJournalStats, { groupId })).stats!.appliedSeq) === Number(ps.lastSeq), { timeoutMs: 5000, what: 'the returned node at the primary\'s last seq' });
    // One more entry goes to it live, then the serving node is killed: the group switches back.
    await now.call(Rpc.mkdir, { cred: ROOT, parentId: st.dir, name: 'live', mode: 0o755 });
    await tc.stop(await nameOf(serving), 'SIGKILL');
    await waitFor(async () => (await map()).groups.find((g) => g.nodeType === N.META && g.groupId === groupId)?.primaryId === back, { timeoutMs: 20_000, intervalMs: 100, what: 'the group switched back' });
    const names = await waitFor(async () => (await returned.call(Rpc.readdir, { cred: ROOT, dirId: st.dir, limit: 100 })).entries.map((e) => e.name ?? ''), { timeoutMs: 15_000, intervalMs: 100, what: 'the former primary serving again' });
    expect(names).toContain('after-failover');
    expect(names).toContain('live');
    expect((await returned.call(Rpc.lookup, { cred: ROOT, parentId: st.dir, name: 'after-failover' })).attr!.entryId).toBe(st.after);
  }, 120_000);
});
