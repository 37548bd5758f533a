// Buddy group failover against real daemons: groups made over RPC, a SIGKILLed primary's buddy takes
// over (not a Needs-resync one), and a paused primary whose node still holds a lease keeps its role until the lease ran out.
import { readFile } from 'node:fs/promises';
import { waitFor } from '@hivefs/common/testing';
import { ErrCode, HiveError, Rpc, RpcClient, hivefs } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';

const N = hivefs.NodeType;
const C = hivefs.Consistency;
const R = hivefs.Reachability;
/** The harness's primary lease (sysPrimaryLeaseSecs 1). */
const LEASE_MS = 1000;

describe('buddy group failover', () => {
  let tc: TestCluster;
  let mgmtd: RpcClient;
  beforeAll(async () => {
    // storage01: targets 101, 102; storage02: 201, 202. Offline after 2 s, lease 1 s.
    tc = await startCluster({ meta: 1, storage: 2, targetsPerStorage: 2 });
    mgmtd = new RpcClient({ host: tc.mgmtd.host, port: tc.mgmtd.port, secret: tc.secret, timeoutMs: 5000 });
  });
  afterAll(async () => {
    mgmtd?.close();
    await tc?.destroy();
  });

  const map = async () => (await mgmtd.call(Rpc.getMap, {})).map as hivefs.ClusterMap;
  const group = (m: hivefs.ClusterMap, id: number) => {
    const g = m.groups.find((x) => x.nodeType === N.STORAGE && x.groupId === id)!;
    return { primary: g.primaryId, secondary: g.secondaryId, since: Number(g.primarySince) };
  };
  const target = (m: hivefs.ClusterMap, id: number) => m.targets.find((t) => t.nodeType === N.STORAGE && t.targetId === id)!;
  const mgmtdLines = async () => (await readFile(tc.cluster.paths.log('mgmtd'), 'utf8')).split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { msg: string }).msg);
  const add = (primaryId: number, secondaryId: number, force = false) => mgmtd.call(Rpc.addMirrorGroup, { nodeType: N.STORAGE, groupId: 0, primaryId, secondaryId, force });

  it('creates groups over RPC (refusing two targets of one node without force) and the map shows them with primarySince', async () => {
    const refused = await add(101, 102).then(() => undefined, (e: unknown) => e);
    expect(refused).toBeInstanceOf(HiveError);
    expect((refused as HiveError).code).toBe(ErrCode.INVALID_ARGUMENT);
    expect((refused as HiveError).message).toContain('storage targets 101 and 102 are both on storage node 1');
    const g1 = await add(101, 201);
    const g2 = await add(102, 202);
    expect([g1.groupId, g2.groupId]).toEqual([1, 2]);
    const m = await map();
    expect(group(m, 1)).toEqual({ primary: 101, secondary: 201, since: Number(g1.mapVersion) });
    expect(group(m, 2)).toEqual({ primary: 102, secondary: 202, since: Number(g2.mapVersion) });
  });

  it('switches to the buddy of a SIGKILLed primary and demotes it, but never promotes a Needs-resync secondary', async () => {
    // 202 is behind (as its primary would mark it when a forward failed): group 2 must not switch.
    await mgmtd.call(Rpc.setTargetState, { nodeType: N.STORAGE, targetId: 202, expected: C.GOOD, state: C.NEEDS_RESYNC, force: false });
    const before = (await map()).version;
    const killedAt = performance.now();
    await tc.stop('storage01', 'SIGKILL');
    const m = await waitFor(async () => {
      const x = await map();
      return group(x, 1).primary === 201 ? x : undefined;
    }, { timeoutMs: 15_000, intervalMs: 100, what: 'group 1 switched to 201' }) as hivefs.ClusterMap;
    console.log(`group 1 switched ${Math.round(performance.now() - killedAt)} ms after the SIGKILL (Offline after 2 s)`);
    const g1 = group(m, 1);
    expect(g1).toMatchObject({ primary: 201, secondary: 101 });
    expect(g1.since).toBeGreaterThan(Number(before));
    expect(target(m, 101)).toMatchObject({ reachability: R.OFFLINE, consistency: C.NEEDS_RESYNC });
    expect(target(m, 201)).toMatchObject({ reachability: R.ONLINE, consistency: C.GOOD });
    expect(target(m, 102).reachability).toBe(R.OFFLINE);
    expect(group(m, 2)).toMatchObject({ primary: 102, secondary: 202 });
    const switched = `buddy group 1: primary 101 is offline; switched to 201 (map version ${g1.since})`;
    await waitFor(async () => (await mgmtdLines()).includes(switched), { timeoutMs: 5000, what: 'the switchover log line' });

    // storage01 comes back: group 2 kept 102 as primary all along, and said once that it had no usable member.
    await tc.start('storage01');
    await tc.waitTargets('storage01', R.ONLINE);
    const after = await map();
    expect(group(after, 2)).toMatchObject({ primary: 102, secondary: 202 });
    expect(group(after, 1)).toMatchObject({ primary: 201, secondary: 101 });
    const stuck = (await mgmtdLines()).filter((l) => l.startsWith('buddy group 2 has no usable member'));
    expect(stuck).toEqual(['buddy group 2 has no usable member: primary 102 is offline and secondary 202 is Needs-resync']);
  });

  it('keeps a paused primary whose node still holds a lease, and switches once the lease ran out', async () => {
    // The admin declares 101 Good again (forced), so that it may take over from 201.
    await mgmtd.call(Rpc.setTargetState, { nodeType: N.STORAGE, targetId: 101, state: C.GOOD, force: true });
    const beforePause = Number((await map()).version);
    await tc.pause('storage02');
    // Heartbeats of node 2 without target reports (as from a node whose targets stopped answering):
    // 201 goes Offline while node 2's lease is renewed.
    const beat = () => mgmtd.call(Rpc.heartbeat, { type: N.STORAGE, nodeId: 2, targets: [], resyncing: [] });
    let offlineAt = 0;
    let switchedEarly = false;
    await waitFor(async () => {
      await beat();
      const m = await map();
      switchedEarly ||= group(m, 1).primary !== 201;
      if (!offlineAt && target(m, 201).reachability === R.OFFLINE) offlineAt = performance.now();
      // 1.5 s with 201 Offline and the lease renewed: the lease alone holds the switchover back.
      return switchedEarly || (offlineAt > 0 && performance.now() - offlineAt >= 1500);
    }, { timeoutMs: 20_000, intervalMs: 200, what: '201 Offline for 1.5 s while node 2 heartbeats' });
    expect(switchedEarly, 'switched while node 2 held a lease').toBe(false);
    const lastBeat = performance.now();
    await beat();
    const m = await waitFor(async () => {
      const x = await map();
      return group(x, 1).primary === 101 ? x : undefined;
    }, { timeoutMs: 15_000, intervalMs: 50, what: 'group 1 switched to 101' }) as hivefs.ClusterMap;
    const after = performance.now() - lastBeat;
    console.log(`group 1 switched ${Math.round(after)} ms after the last lease was granted (lease ${LEASE_MS} ms + margin ${LEASE_MS / 10 + 500} ms)`);
    expect(after).toBeGreaterThanOrEqual(LEASE_MS);
    expect(target(m, 201).consistency).toBe(C.NEEDS_RESYNC);
    expect(group(m, 1).since).toBeGreaterThan(beforePause);
    await tc.resume('storage02');
  });
});
