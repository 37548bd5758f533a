// heartbeat replies: the primary lease (and mgmtd's record of when it surely ran out) and resync reports.
import { Rpc, hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import type { MgmtdApp } from '../app-context.js';
import { buildClusterMap } from '../cluster-map.js';
import { commit } from '../commit.js';
import { nodeLiveKey } from '../state/runtime.js';
import { call, makeApp, metaNode, space, storageNode } from '../test-fixtures.js';
import { addMirrorGroup } from './add-mirror-group.js';
import { heartbeat } from './heartbeat.js';
import { registerNode } from './register-node.js';
import { registerTarget } from './register-target.js';

const N = hivefs.NodeType;

/** Storage nodes 1 (target 101) and 2 (target 201) in group 1, meta node 1; lease 1 s (margin 600 ms). */
async function cluster() {
  const { app, clock } = await makeApp();
  for (const n of [1, 2]) {
    await call(Rpc.registerNode, registerNode(app), storageNode(`s${n}`, n, 8000 + n));
    await call(Rpc.registerTarget, registerTarget(app), { nodeId: n, targetId: n * 100 + 1 });
  }
  await call(Rpc.registerNode, registerNode(app), metaNode('m1', 1));
  await call(Rpc.addMirrorGroup, addMirrorGroup(app), { nodeType: N.STORAGE, primaryId: 101, secondaryId: 201 });
  return { app, clock, hb: heartbeat(app) };
}

const expired = (app: MgmtdApp, type: hivefs.NodeType, id: number) => app.runtime.leaseExpired(nodeLiveKey(type, id), app.clock.now(), app.limits.leaseMs);
const resyncing = (app: MgmtdApp) => buildClusterMap(app).targets?.filter((t) => t.resyncing).map((t) => t.targetId);

describe('heartbeat lease', () => {
  it('answers meta and storage nodes with the lease and counts it as surely over after lease + 10% + 500 ms', async () => {
    const { app, clock, hb } = await cluster();
    clock.advance(5000); // the start's implicit lease is over
    expect(expired(app, N.STORAGE, 1)).toBe(true);
    expect((await call(Rpc.heartbeat, hb, { type: N.STORAGE, nodeId: 1, targets: [space(101)] })).leaseMs).toBe(1000);
    expect((await call(Rpc.heartbeat, hb, { type: N.META, nodeId: 1, targets: [] })).leaseMs).toBe(1000);
    clock.advance(1599);
    expect(expired(app, N.STORAGE, 1)).toBe(false);
    expect(expired(app, N.META, 1)).toBe(false);
    expect(expired(app, N.STORAGE, 2)).toBe(true);
    clock.advance(1);
    expect(expired(app, N.STORAGE, 1)).toBe(true);
    expect(expired(app, N.META, 1)).toBe(true);
  });

  it('counts a node not heard since mgmtd started as holding a lease granted at the start', async () => {
    const { app, clock } = await cluster();
    expect(expired(app, N.STORAGE, 2)).toBe(false);
    clock.advance(1600);
    expect(expired(app, N.STORAGE, 2)).toBe(true);
  });

  it('gives clients no lease', async () => {
    const { app, hb } = await cluster();
    const { nodeId } = await call(Rpc.registerNode, registerNode(app), { type: N.CLIENT, alias: '', addrs: [], hostname: 'h', version: '0.1.0', pid: 1 });
    expect((await call(Rpc.heartbeat, hb, { type: N.CLIENT, nodeId })).leaseMs).toBe(0);
  });
});

describe('heartbeat resync reports', () => {
  it('marks the buddy a node resyncs, until a heartbeat leaves it out or the node goes Offline', async () => {
    const { app, clock, hb } = await cluster();
    await call(Rpc.heartbeat, hb, { type: N.STORAGE, nodeId: 1, targets: [space(101)], resyncing: [201] });
    expect(resyncing(app)).toEqual([201]);
    await call(Rpc.heartbeat, hb, { type: N.STORAGE, nodeId: 1, targets: [space(101)] });
    expect(resyncing(app)).toEqual([]);
    await call(Rpc.heartbeat, hb, { type: N.STORAGE, nodeId: 1, targets: [space(101)], resyncing: [201] });
    clock.advance(2000);
    await app.serial.run(() => commit(app, []));
    expect(buildClusterMap(app).nodes?.find((n) => n.type === N.STORAGE && n.nodeId === 1)?.reachability).toBe(hivefs.Reachability.OFFLINE);
    expect(resyncing(app)).toEqual([]);
  });

  it('ignores ids that are not the buddy of one of the node\'s own members', async () => {
    const { app, hb } = await cluster();
    // its own target, the buddy of another node's target, an unknown id
    await call(Rpc.heartbeat, hb, { type: N.STORAGE, nodeId: 2, targets: [space(201)], resyncing: [201, 101, 101, 999] });
    expect(resyncing(app)).toEqual([101]);
    await call(Rpc.heartbeat, hb, { type: N.STORAGE, nodeId: 1, targets: [space(101)], resyncing: [101, 999] });
    expect(resyncing(app)).toEqual([101]);
  });
});
