// A paused meta primary (SIGSTOP) past its lease: mgmtd switches the group, the new primary
// serves, and the former one, resumed, answers the write it held with NOT_PRIMARY (it never
// happened), never marks the new primary, and becomes a secondary the new primary resyncs.
import { readFile } from 'node:fs/promises';
import { waitFor } from '@hivefs/common/testing';
import { ErrCode, groupOwner, hivefs, HiveError, Rpc } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_GROUP, startMetaMirrorCluster, type MetaMirrorCluster } from '../harness/meta-mirror.js';

const C = hivefs.Consistency;
const ROOT = { uid: 0, gid: 0, gids: [] };

describe('meta buddy group with a paused primary', () => {
  let mc: MetaMirrorCluster;

  // the harness pairs nodes 1 (primary) and 2 in group 200 and moves the root in (--mirrormd)
  beforeAll(async () => {
    mc = await startMetaMirrorCluster({ targetsPerStorage: 1 });
  }, 120_000);

  afterAll(async () => {
    await mc?.destroy();
  });

  it('refuses the held write, keeps the new primary Good, and resyncs the former primary', async () => {
    const groupId = META_GROUP;
    // the harness starts meta01 first: it registers as node 1 and holds the root
    const m0 = await mc.map();
    expect(m0.rootNodeId).toBe(1);
    expect(m0.rootGroupId).toBe(groupId);
    expect(await mc.roles()).toEqual({ primary: 1, secondary: 2 });
    // a request held by the paused node must outlive the switch: clients with a 10 s timeout
    const m1 = mc.metaClient(1);
    const m2 = mc.metaClient(2);
    expect((await m1.call(Rpc.getAttr, { cred: ROOT, entryId: 'root' })).attr?.ownerNodeId).toBe(groupOwner(groupId));
    const dir = (await m1.call(Rpc.mkdir, { cred: ROOT, parentId: 'root', name: 'd', mode: 0o755 })).attr!;

    await mc.tc.pause('meta01');
    const held = m1.call(Rpc.mkdir, { cred: ROOT, parentId: dir.entryId!, name: 'held', mode: 0o755 }).then(() => undefined, (e: unknown) => e);
    await mc.waitPrimary(2);
    await waitFor(async () => (await m2.call(Rpc.mkdir, { cred: ROOT, parentId: dir.entryId!, name: 'on2', mode: 0o755 })).attr, { timeoutMs: 15_000, intervalMs: 100, what: 'node 2 serving' });
    await mc.tc.resume('meta01');

    const err = await held;
    expect(err).toBeInstanceOf(HiveError);
    expect((err as HiveError).code).toBe(ErrCode.NOT_PRIMARY);
    await waitFor(async () => (await mc.metaTarget(1)).consistency === C.GOOD, { timeoutMs: 30_000, intervalMs: 200, what: 'node 1 resynced' });
    expect((await mc.metaTarget(2)).consistency).toBe(C.GOOD);
    // The job ends its stats just after mgmtd took the Good.
    const stats = await waitFor(async () => {
      const s = (await m2.call(Rpc.getMetaResyncStats, { groupId })).stats!;
      return s.state !== hivefs.ResyncJobState.RESYNC_RUNNING ? s : undefined;
    }, { timeoutMs: 10_000, intervalMs: 20, what: 'the resync job to end' });
    expect(stats).toMatchObject({ state: hivefs.ResyncJobState.RESYNC_COMPLETED, secondaryId: 1 });
    const names = (await m2.call(Rpc.readdir, { cred: ROOT, dirId: dir.entryId!, limit: 100 })).entries.map((e) => e.name);
    expect(names).toEqual(['on2']);
    const [s1, s2] = await Promise.all([m1, m2].map(async (c) => (await c.call(Rpc.metaJournalStats, { groupId })).stats!));
    expect(s1).toMatchObject({ role: 'secondary', appliedSeq: s2!.lastSeq });
    expect(s2).toMatchObject({ role: 'primary', secondaryState: 'good' });
    // node 1 never asked mgmtd to mark node 2 (the only Needs-resync of the run is node 1's)
    const lines = (await readFile(mc.tc.cluster.paths.log('meta01'), 'utf8')).split('\n');
    expect(lines.filter((l) => l.includes('going on without secondary'))).toEqual([]);
  }, 120_000);
});
