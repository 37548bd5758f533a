// Reachability, capacity pools and client expiry driven by an injected clock, without sockets.
import { openMemoryStore } from '@hivefs/common';
import { ErrCode, Rpc, hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import type { MgmtdApp } from '../app-context.js';
import { ManualClock } from '../clock.js';
import { buildClusterMap } from '../cluster-map.js';
import { commit } from '../commit.js';
import { heartbeat } from '../handlers/heartbeat.js';
import { registerNode } from '../handlers/register-node.js';
import { registerTarget } from '../handlers/register-target.js';
import { call, expectCode, makeApp, metaNode, space, storageNode } from '../test-fixtures.js';

const N = hivefs.NodeType;
const R = hivefs.Reachability;
const P = hivefs.CapacityPool;

const tick = (app: MgmtdApp) => app.serial.run(() => commit(app, []));
const reach = (app: MgmtdApp) => buildClusterMap(app).targets?.map((t) => [t.targetId, t.reachability]);
const nodeReach = (app: MgmtdApp, type: hivefs.NodeType, id: number) => buildClusterMap(app).nodes?.find((n) => n.type === type && n.nodeId === id)?.reachability;

async function storageCluster(kv = openMemoryStore(), clock = new ManualClock()) {
  const { app } = await makeApp({ kv, clock });
  await call(Rpc.registerNode, registerNode(app), storageNode('s1', 1));
  await call(Rpc.registerTarget, registerTarget(app), { nodeId: 1, targetId: 1 });
  await call(Rpc.registerTarget, registerTarget(app), { nodeId: 1, targetId: 2 });
  return { app, kv, clock, hb: heartbeat(app) };
}

describe('reachability state machine', () => {
  it('goes Online -> Probably-offline -> Offline without heartbeats, bumping the version each time', async () => {
    const { app, clock } = await storageCluster();
    expect(reach(app)).toEqual([[1, R.ONLINE], [2, R.ONLINE]]);
    const v0 = app.registry.version;
    clock.advance(999);
    expect(await tick(app)).toBe(v0);
    clock.advance(1);
    expect(await tick(app)).toBe(v0 + 1);
    expect(reach(app)).toEqual([[1, R.PROBABLY_OFFLINE], [2, R.PROBABLY_OFFLINE]]);
    expect(nodeReach(app, N.STORAGE, 1)).toBe(R.PROBABLY_OFFLINE);
    clock.advance(1000);
    expect(await tick(app)).toBe(v0 + 2);
    expect(reach(app)).toEqual([[1, R.OFFLINE], [2, R.OFFLINE]]);
    expect(await tick(app)).toBe(v0 + 2);
  });

  it('tracks targets separately: a target missing from the heartbeats ages out alone', async () => {
    const { app, clock, hb } = await storageCluster();
    for (let i = 0; i < 5; i++) {
      clock.advance(500);
      await call(Rpc.heartbeat, hb, { type: N.STORAGE, nodeId: 1, targets: [space(1)] });
    }
    await tick(app);
    expect(reach(app)).toEqual([[1, R.ONLINE], [2, R.OFFLINE]]);
    expect(nodeReach(app, N.STORAGE, 1)).toBe(R.ONLINE);
  });

  it('after a restart starts every server and target Probably-offline, Online once it reports, Offline if it never does', async () => {
    const { kv, clock } = await storageCluster();
    const before = (await makeApp({ kv, clock })).app.registry.version;
    const { app } = await makeApp({ kv, clock });
    expect(app.registry.version).toBeGreaterThan(before);
    expect(reach(app)).toEqual([[1, R.PROBABLY_OFFLINE], [2, R.PROBABLY_OFFLINE]]);
    clock.advance(500);
    const { mapVersion } = await call(Rpc.heartbeat, heartbeat(app), { type: N.STORAGE, nodeId: 1, targets: [space(1)] });
    expect(mapVersion).toBe(app.registry.version);
    expect(reach(app)).toEqual([[1, R.ONLINE], [2, R.PROBABLY_OFFLINE]]);
    clock.advance(1500);
    await tick(app);
    expect(reach(app)).toEqual([[1, R.PROBABLY_OFFLINE], [2, R.OFFLINE]]);
  });

  it('answers UNKNOWN_NODE to a heartbeat of an unregistered node and ignores foreign targets', async () => {
    const { app, hb } = await storageCluster();
    await call(Rpc.registerNode, registerNode(app), storageNode('s2', 2));
    await call(Rpc.registerTarget, registerTarget(app), { nodeId: 2, targetId: 3 });
    await expectCode(call(Rpc.heartbeat, hb, { type: N.STORAGE, nodeId: 9 }), ErrCode.UNKNOWN_NODE);
    await expectCode(call(Rpc.heartbeat, hb, { type: N.META, nodeId: 1 }), ErrCode.UNKNOWN_NODE);
    await expectCode(call(Rpc.heartbeat, hb, { type: N.STORAGE, nodeId: 0 }), ErrCode.INVALID_ARGUMENT);
    await call(Rpc.heartbeat, hb, { type: N.STORAGE, nodeId: 1, targets: [space(3, 0), space(77)] });
    expect(app.runtime.space.size).toBe(0);
  });

  it('publishes a target\'s file-system id and used bytes in the map; ignores a report that uses more than its total', async () => {
    const { app, hb } = await storageCluster();
    await call(Rpc.heartbeat, hb, { type: N.STORAGE, nodeId: 1, targets: [{ ...space(1), usedBytes: 7 * 1024 ** 3, fsId: 'host:2049' }, { ...space(2), usedBytes: 300 * 1024 ** 3 }] });
    const targets = buildClusterMap(app).targets ?? [];
    expect(targets.find((t) => t.targetId === 1)?.space).toMatchObject({ usedBytes: 7 * 1024 ** 3, fsId: 'host:2049' });
    expect(targets.find((t) => t.targetId === 2)?.space).toBeFalsy();
  });

  it('drops clients that stop heartbeating after sysClientTimeoutSecs', async () => {
    const { app, clock } = await makeApp();
    const { nodeId } = await call(Rpc.registerNode, registerNode(app), { type: N.CLIENT, alias: 'c1' });
    clock.advance(4000);
    await call(Rpc.heartbeat, heartbeat(app), { type: N.CLIENT, nodeId });
    clock.advance(4999);
    await tick(app);
    expect(nodeReach(app, N.CLIENT, nodeId)).toBe(R.ONLINE);
    const v = app.registry.version;
    clock.advance(1);
    expect(await tick(app)).toBe(v + 1);
    expect(app.registry.node(N.CLIENT, nodeId)).toBeUndefined();
    await expectCode(call(Rpc.heartbeat, heartbeat(app), { type: N.CLIENT, nodeId }), ErrCode.UNKNOWN_NODE);
  });
});

describe('capacity pools in the map', () => {
  it('starts in emergency, follows space reports and bumps the version only when the pool changes', async () => {
    const { app, hb } = await storageCluster();
    const pools = () => buildClusterMap(app).targets?.map((t) => t.capacityPool);
    expect(pools()).toEqual([P.EMERGENCY, P.EMERGENCY]);
    const G = 1024 ** 3;
    const v1 = (await call(Rpc.heartbeat, hb, { type: N.STORAGE, nodeId: 1, targets: [space(1), space(2, 5 * G)] })).mapVersion;
    expect(pools()).toEqual([P.NORMAL, P.LOW]);
    const v2 = (await call(Rpc.heartbeat, hb, { type: N.STORAGE, nodeId: 1, targets: [space(1, 90 * G), space(2, 6 * G)] })).mapVersion;
    expect(v2).toBe(v1);
    expect(buildClusterMap(app).targets?.[0]?.space?.freeBytes).toBe(90 * G);
    const v3 = (await call(Rpc.heartbeat, hb, { type: N.STORAGE, nodeId: 1, targets: [space(1, 90 * G, 10), space(2, 6 * G)] })).mapVersion;
    expect(v3).toBe(v2 + 1);
    expect(pools()).toEqual([P.EMERGENCY, P.LOW]);
  });

  it('classifies meta nodes with the meta limits', async () => {
    const { app } = await makeApp({ config: { tuneMetaSpaceLowLimit: 5 * 1024 ** 3 } });
    await call(Rpc.registerNode, registerNode(app), metaNode('m1', 1));
    await call(Rpc.registerNode, registerNode(app), storageNode('s1', 1));
    await call(Rpc.registerTarget, registerTarget(app), { nodeId: 1, targetId: 1 });
    const sixG = space(0, 6 * 1024 ** 3);
    await call(Rpc.heartbeat, heartbeat(app), { type: N.META, nodeId: 1, targets: [sixG] });
    await call(Rpc.heartbeat, heartbeat(app), { type: N.STORAGE, nodeId: 1, targets: [{ ...sixG, targetId: 1 }] });
    const map = buildClusterMap(app);
    expect(map.targets?.map((t) => [t.nodeType, t.capacityPool])).toEqual([[N.META, P.NORMAL], [N.STORAGE, P.LOW]]);
    expect(map.targets?.[0]?.space?.targetId).toBe(1);
  });
});
