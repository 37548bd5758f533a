// Meta buddy mirroring against real daemons: two meta nodes in a meta buddy group, the root moved
// into the group (--mirrormd, by the harness), directories and files (one left open) created through the meta RPCs
// on the primary and applied on the secondary's journal, then the primary killed with SIGKILL:
// after mgmtd's switchover the former secondary serves the same namespace and the open session.
import { waitFor } from '@hivefs/common/testing';
import { ErrCode, groupOwner, hivefs, HiveError, ownerNodeOf, Rpc } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_GROUP, metaDaemon, startMetaMirrorCluster, type MetaMirrorCluster } from '../harness/meta-mirror.js';

const ROOT = { uid: 0, gid: 0, gids: [] };
const CLIENT = 4243;
const O_CREAT_EXCL_RDWR = 0o100 | 0o200 | 2;

describe('meta buddy mirroring (two meta nodes, one group)', () => {
  let mc: MetaMirrorCluster;
  const codeOf = (e: unknown): number | undefined => (e instanceof HiveError ? e.code : undefined);
  /** Set by the first test for the second. */
  const st = { groupId: 0, primaryId: 0, secondaryId: 0, dir: '', after: '' };

  // the harness pairs nodes 1 (primary) and 2 in group 200 and moves the root in (--mirrormd)
  beforeAll(async () => {
    mc = await startMetaMirrorCluster({ targetsPerStorage: 1, extra: { meta: { sysSessionReclaimSecs: '3600' } } });
  }, 120_000);

  afterAll(async () => {
    await mc?.destroy();
  });

  it('mirrors the namespace under the mirrored root and serves it from the secondary after the primary is killed', async () => {
    const groupId = META_GROUP;
    const m0 = await mc.map();
    expect(m0.rootNodeId).toBe(1);
    expect(m0.rootGroupId).toBe(groupId);
    const { primary: primaryId, secondary: secondaryId } = await mc.roles();
    expect({ primaryId, secondaryId }).toEqual({ primaryId: 1, secondaryId: 2 });

    const primary = mc.metaClient(primaryId);
    const secondary = mc.metaClient(secondaryId);
    // The primary answers for the root from the group's space.
    expect((await primary.call(Rpc.getAttr, { cred: ROOT, entryId: 'root' })).attr?.ownerNodeId).toBe(groupOwner(groupId));
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
    await mc.tc.stop(metaDaemon(primaryId), 'SIGKILL');
    await mc.waitPrimary(secondaryId);
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
    await mc.tc.start(metaDaemon(back));
    await waitFor(async () => (await mc.metaTarget(back)).consistency === hivefs.Consistency.GOOD, { timeoutMs: 30_000, intervalMs: 200, what: 'the former primary resynced and Good' });
    const now = mc.metaClient(serving);
    // The job ends its stats just after mgmtd took the Good.
    const stats = await waitFor(async () => {
      const s = (await now.call(Rpc.getMetaResyncStats, { groupId })).stats!;
      return s.state !== hivefs.ResyncJobState.RESYNC_RUNNING ? s : undefined;
    }, { timeoutMs: 10_000, intervalMs: 20, what: 'the resync job to end' });
    expect(stats).toMatchObject({ state: hivefs.ResyncJobState.RESYNC_COMPLETED, groupId });
    const returned = mc.metaClient(back);
    const ps = (await now.call(Rpc.metaJournalStats, { groupId })).stats!;
    await waitFor(async () => Number((await returned.call(Rpc.metaJournalStats, { groupId })).stats!.appliedSeq) === Number(ps.lastSeq), { timeoutMs: 5000, what: 'the returned node at the primary\'s last seq' });
    // One more entry goes to it live, then the serving node is killed: the group switches back.
    await now.call(Rpc.mkdir, { cred: ROOT, parentId: st.dir, name: 'live', mode: 0o755 });
    await mc.tc.stop(metaDaemon(serving), 'SIGKILL');
    await mc.waitPrimary(back);
    const names = await waitFor(async () => (await returned.call(Rpc.readdir, { cred: ROOT, dirId: st.dir, limit: 100 })).entries.map((e) => e.name ?? ''), { timeoutMs: 15_000, intervalMs: 100, what: 'the former primary serving again' });
    expect(names).toContain('after-failover');
    expect(names).toContain('live');
    expect((await returned.call(Rpc.lookup, { cred: ROOT, parentId: st.dir, name: 'after-failover' })).attr!.entryId).toBe(st.after);
  }, 120_000);
});
