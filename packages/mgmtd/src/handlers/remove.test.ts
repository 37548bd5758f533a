// removeNode / removeTarget handlers: what may be removed, persistence, version bumps.
import { ErrCode, Rpc, hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { buildClusterMap } from '../cluster-map.js';
import { commit } from '../commit.js';
import { call, expectCode, makeApp, metaNode, storageNode } from '../test-fixtures.js';
import { registerNode } from './register-node.js';
import { registerTarget } from './register-target.js';
import { removeNode } from './remove-node.js';
import { removeTarget } from './remove-target.js';

const N = hivefs.NodeType;

describe('removeNode and removeTarget', () => {
  it('removes a storage node only after its targets, each step bumping the version', async () => {
    const { app, kv, clock } = await makeApp();
    await call(Rpc.registerNode, registerNode(app), storageNode('s1', 1));
    await call(Rpc.registerTarget, registerTarget(app), { nodeId: 1, targetId: 1 });
    const err = await expectCode(call(Rpc.removeNode, removeNode(app), { type: N.STORAGE, nodeId: 1 }), ErrCode.BUSY);
    expect(err.message).toContain('still has targets 1');
    const v = app.registry.version;
    expect((await call(Rpc.removeTarget, removeTarget(app), { targetId: 1 })).mapVersion).toBe(v + 1);
    expect((await call(Rpc.removeNode, removeNode(app), { type: N.STORAGE, nodeId: 1 })).mapVersion).toBe(v + 2);
    const { app: restarted } = await makeApp({ kv, clock });
    expect(buildClusterMap(restarted)).toMatchObject({ nodes: [], targets: [] });
  });

  it('refuses to remove the root meta node or a buddy group member, and answers unknown ids', async () => {
    const { app } = await makeApp();
    await call(Rpc.registerNode, registerNode(app), metaNode('m1', 1));
    await call(Rpc.registerNode, registerNode(app), metaNode('m2', 2));
    await call(Rpc.registerNode, registerNode(app), storageNode('s1', 1));
    await call(Rpc.registerTarget, registerTarget(app), { nodeId: 1, targetId: 1 });
    await call(Rpc.registerTarget, registerTarget(app), { nodeId: 1, targetId: 2 });
    await app.serial.run(() => commit(app, [{ kind: 'putGroup', group: { nodeType: N.STORAGE, groupId: 1, primaryId: 1, secondaryId: 2, poolId: 1, primarySince: 1 } }]));
    await expectCode(call(Rpc.removeNode, removeNode(app), { type: N.META, nodeId: 1 }), ErrCode.BUSY);
    await expectCode(call(Rpc.removeTarget, removeTarget(app), { targetId: 2 }), ErrCode.BUSY);
    await expectCode(call(Rpc.removeTarget, removeTarget(app), { targetId: 9 }), ErrCode.UNKNOWN_TARGET_ID);
    await expectCode(call(Rpc.removeNode, removeNode(app), { type: N.META, nodeId: 9 }), ErrCode.UNKNOWN_NODE);
    await call(Rpc.removeNode, removeNode(app), { type: N.META, nodeId: 2 });
    expect(app.registry.target(N.META, 2)).toBeUndefined();
    expect(buildClusterMap(app).groups).toEqual([{ nodeType: N.STORAGE, groupId: 1, primaryId: 1, secondaryId: 2, storagePoolId: 1, primarySince: 1 }]);
    expect(buildClusterMap(app).pools?.[0]?.groupIds).toEqual([1]);
  });

  it('removes clients from memory', async () => {
    const { app } = await makeApp();
    const { nodeId } = await call(Rpc.registerNode, registerNode(app), { type: N.CLIENT, alias: 'c1' });
    await call(Rpc.removeNode, removeNode(app), { type: N.CLIENT, nodeId });
    expect(app.registry.nodes()).toEqual([]);
  });
});
