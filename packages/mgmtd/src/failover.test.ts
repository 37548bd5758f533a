// Failover on the commit path: the switchover rides the state check's single version bump, waits for the lease, logs once.
import { Rpc, hivefs } from '@hivefs/protocol';
import { describe, expect, it, vi } from 'vitest';
import type { MgmtdApp } from './app-context.js';
import { buildClusterMap } from './cluster-map.js';
import { commit } from './commit.js';
import { addMirrorGroup } from './handlers/add-mirror-group.js';
import { heartbeat } from './handlers/heartbeat.js';
import { registerNode } from './handlers/register-node.js';
import { registerTarget } from './handlers/register-target.js';
import { setTargetState } from './handlers/set-target-state.js';
import { call, makeApp, metaNode, space, storageNode } from './test-fixtures.js';

const N = hivefs.NodeType;
const C = hivefs.Consistency;
const R = hivefs.Reachability;

/** Storage nodes 1 (101, 102) and 2 (201, 202); groups 1 = 101/201 and 2 = 102/202; lease 1 s, Offline after 2 s. */
async function cluster() {
  const { app, clock, kv } = await makeApp();
  for (const n of [1, 2]) {
    await call(Rpc.registerNode, registerNode(app), storageNode(`s${n}`, n, 8000 + n));
    for (const t of [1, 2]) await call(Rpc.registerTarget, registerTarget(app), { nodeId: n, targetId: n * 100 + t });
  }
  for (const t of [1, 2]) await call(Rpc.addMirrorGroup, addMirrorGroup(app), { nodeType: N.STORAGE, primaryId: 100 + t, secondaryId: 200 + t });
  const hb = heartbeat(app);
  const beat = (nodeId: number) => call(Rpc.heartbeat, hb, { type: N.STORAGE, nodeId, targets: [space(nodeId * 100 + 1), space(nodeId * 100 + 2)] });
  const info = vi.spyOn(app.stateLog, 'info');
  const warn = vi.spyOn(app.stateLog, 'warn');
  const lines = () => [...info.mock.calls, ...warn.mock.calls].map((c) => c[1] as string).filter((l) => l.startsWith('buddy group'));
  return { app, clock, kv, beat, lines };
}

const tick = (app: MgmtdApp) => app.serial.run(() => commit(app, []));
const groups = (app: MgmtdApp) => buildClusterMap(app).groups?.map((g) => `${g.groupId}:${g.primaryId}/${g.secondaryId}@${g.primarySince}`);
const consistency = (app: MgmtdApp, id: number) => app.registry.target(N.STORAGE, id)?.consistency;
const reachability = (app: MgmtdApp, id: number) => buildClusterMap(app).targets?.find((t) => t.targetId === id)?.reachability;

describe('failover in the state check', () => {
  it('switches a group whose primary went Offline in the same commit, demoting the old primary', async () => {
    const { app, clock, beat, lines } = await cluster();
    const created = groups(app);
    // node 1 stops; node 2 goes on. Node 1's lease (last heartbeat at +0) is over at +1.6 s, Offline at +2 s.
    await beat(1);
    for (let i = 0; i < 8; i++) {
      clock.advance(250);
      await beat(2);
      await tick(app);
    }
    expect(reachability(app, 101)).toBe(R.OFFLINE);
    const v = app.registry.version;
    const g = groups(app);
    expect(g).not.toEqual(created);
    // group 1: switched in the commit that made 101 Offline (both at version v, unless a later heartbeat commit came)
    expect(g?.[0]).toMatch(/^1:201\/101@\d+$/);
    const since = Number(g![0]!.split('@')[1]);
    expect(since).toBeLessThanOrEqual(v);
    expect(consistency(app, 101)).toBe(C.NEEDS_RESYNC);
    expect(consistency(app, 201)).toBe(C.GOOD);
    expect(lines()).toContain(`buddy group 1: primary 101 is offline; switched to 201 (map version ${since})`);
    // switching again: nothing more happens (201 is Online, 101 stays the Needs-resync secondary)
    clock.advance(250);
    await beat(2);
    await tick(app);
    expect(groups(app)?.slice(0, 2)).toEqual(g?.slice(0, 2));
  });

  it('the switch and the Offline transition share one version bump', async () => {
    const { app, clock, beat } = await cluster();
    await beat(1);
    await beat(2);
    clock.advance(1999);
    await beat(2);
    const v = app.registry.version;
    clock.advance(1);
    expect(await tick(app)).toBe(v + 1);
    expect(reachability(app, 101)).toBe(R.OFFLINE);
    expect(groups(app)).toEqual([`1:201/101@${v + 1}`, `2:202/102@${v + 1}`]);
  });

  it('does not switch while the primary\'s node holds a lease, and switches once it surely ran out', async () => {
    const { app, clock, beat, lines } = await cluster();
    // node 1 keeps heartbeating but stops reporting target 101 (and 102): the targets go Offline, the lease is renewed
    const hb = heartbeat(app);
    for (let i = 0; i < 12; i++) {
      clock.advance(250);
      await call(Rpc.heartbeat, hb, { type: N.STORAGE, nodeId: 1, targets: [] });
      await beat(2);
      await tick(app);
    }
    expect(reachability(app, 101)).toBe(R.OFFLINE);
    expect(groups(app)?.map((g) => g.split('@')[0])).toEqual(['1:101/201', '2:102/202']);
    expect(lines().filter((l) => l.includes('once its lease surely ran out'))).toEqual([
      'buddy group 1: primary 101 is offline; switching to 201 once its lease surely ran out',
      'buddy group 2: primary 102 is offline; switching to 202 once its lease surely ran out',
    ]);
    // the heartbeats stop: 1 s lease + 100 ms + 500 ms margin after the last one
    clock.advance(1599);
    await beat(2);
    await tick(app);
    expect(groups(app)?.map((g) => g.split('@')[0])).toEqual(['1:101/201', '2:102/202']);
    clock.advance(1);
    await tick(app);
    expect(groups(app)?.map((g) => g.split('@')[0])).toEqual(['1:201/101', '2:202/102']);
  });

  it('never promotes a Needs-resync secondary and says so once, not every tick', async () => {
    const { app, clock, beat, lines } = await cluster();
    await call(Rpc.setTargetState, setTargetState(app), { targetId: 201, expected: C.GOOD, state: C.NEEDS_RESYNC });
    await beat(1);
    for (let i = 0; i < 16; i++) {
      clock.advance(250);
      await beat(2);
      await tick(app);
    }
    expect(groups(app)?.map((g) => g.split('@')[0])).toEqual(['1:101/201', '2:202/102']);
    expect(lines().filter((l) => l.startsWith('buddy group 1'))).toEqual(['buddy group 1 has no usable member: primary 101 is offline and secondary 201 is Needs-resync']);
    // once the secondary is Good again (its resync finished), it takes over
    await call(Rpc.setTargetState, setTargetState(app), { targetId: 201, expected: C.NEEDS_RESYNC, state: C.GOOD });
    await tick(app);
    expect(groups(app)?.[0]).toMatch(/^1:201\/101@/);
  });

  it('treats a node not heard since mgmtd started as holding a lease from the start', async () => {
    const { kv, clock } = await cluster();
    const { app } = await makeApp({ kv, clock });
    const hb = heartbeat(app);
    for (let i = 0; i < 8; i++) {
      clock.advance(250);
      await call(Rpc.heartbeat, hb, { type: N.STORAGE, nodeId: 2, targets: [space(201), space(202)] });
      await tick(app);
    }
    // 101 and 102 were never heard since the restart: Offline after 2 s, lease from the start over after 1.6 s
    expect(reachability(app, 101)).toBe(R.OFFLINE);
    expect(groups(app)?.map((g) => g.split('@')[0])).toEqual(['1:201/101', '2:202/102']);
  });

  it('switches a meta group by the same rule, and keeps storage group 1 apart from meta group 1', async () => {
    const { app, clock, beat, lines } = await cluster();
    for (const n of [1, 2]) await call(Rpc.registerNode, registerNode(app), metaNode(`m${n}`, n));
    await call(Rpc.addMirrorGroup, addMirrorGroup(app), { nodeType: N.META, primaryId: 1, secondaryId: 2 });
    const metaBeat = (nodeId: number) => call(Rpc.heartbeat, heartbeat(app), { type: N.META, nodeId, targets: [space(nodeId)] });
    const metaGroups = () => buildClusterMap(app).groups?.filter((g) => g.nodeType === N.META).map((g) => `${g.groupId}:${g.primaryId}/${g.secondaryId}`);
    expect(metaGroups()).toEqual(['1:1/2']);
    // Meta node 1 stops; meta node 2 and both storage nodes go on.
    await metaBeat(1);
    for (let i = 0; i < 8; i++) {
      clock.advance(250);
      await Promise.all([metaBeat(2), beat(1), beat(2)]);
      await tick(app);
    }
    expect(metaGroups()).toEqual(['1:2/1']);
    expect(app.registry.target(N.META, 1)?.consistency).toBe(C.NEEDS_RESYNC);
    // The storage group with the same id 1 is untouched.
    expect(groups(app)?.filter((g) => g.startsWith('1:')).map((g) => g.split('@')[0])).toContain('1:101/201');
    expect(lines().some((l) => /^buddy group 1: primary 1 is offline; switched to 2 /.test(l))).toBe(true);
  });
});
