// registerTarget handler: id assignment, Default pool, conflicts, disabled registration.
import { ErrCode, Rpc, hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { buildClusterMap } from '../cluster-map.js';
import { call, expectCode, makeApp, storageNode } from '../test-fixtures.js';
import { registerNode } from './register-node.js';
import { registerTarget } from './register-target.js';

describe('registerTarget', () => {
  it('assigns target ids, puts new targets in pool 1 as Good and is idempotent', async () => {
    const { app } = await makeApp();
    await call(Rpc.registerNode, registerNode(app), storageNode('s1', 1));
    const h = registerTarget(app);
    expect((await call(Rpc.registerTarget, h, { nodeId: 1 })).targetId).toBe(1);
    expect((await call(Rpc.registerTarget, h, { nodeId: 1, targetId: 101 })).targetId).toBe(101);
    expect((await call(Rpc.registerTarget, h, { nodeId: 1 })).targetId).toBe(102);
    const v = app.registry.version;
    expect((await call(Rpc.registerTarget, h, { nodeId: 1, targetId: 101 })).mapVersion).toBe(v);
    const map = buildClusterMap(app);
    expect(map.pools).toEqual([{ poolId: 1, alias: 'Default', targetIds: [1, 101, 102], groupIds: [] }]);
    expect(map.targets?.map((t) => [t.targetId, t.consistency, t.storagePoolId])).toEqual([[1, 1, 1], [101, 1, 1], [102, 1, 1]]);
  });

  it('answers ID_CONFLICT for a target of another node and UNKNOWN_NODE for an unregistered node', async () => {
    const { app } = await makeApp();
    const rn = registerNode(app);
    await call(Rpc.registerNode, rn, storageNode('s1', 1));
    await call(Rpc.registerNode, rn, storageNode('s2', 2));
    const h = registerTarget(app);
    await call(Rpc.registerTarget, h, { nodeId: 1, targetId: 5 });
    const err = await expectCode(call(Rpc.registerTarget, h, { nodeId: 2, targetId: 5 }), ErrCode.ID_CONFLICT);
    expect(err.message).toBe('target 5 belongs to storage node 1, not 2');
    await expectCode(call(Rpc.registerTarget, h, { nodeId: 3, targetId: 6 }), ErrCode.UNKNOWN_NODE);
    await expectCode(call(Rpc.registerTarget, h, { nodeId: 0, targetId: 6 }), ErrCode.INVALID_ARGUMENT);
    await expectCode(call(Rpc.registerTarget, h, { nodeId: 1, targetId: 65536 }), ErrCode.INVALID_ARGUMENT);
  });

  it('refuses new targets when sysAllowNewTargets is false but accepts known ones', async () => {
    const { app, kv, clock } = await makeApp();
    await call(Rpc.registerNode, registerNode(app), storageNode('s1', 1));
    await call(Rpc.registerTarget, registerTarget(app), { nodeId: 1, targetId: 1 });
    const { app: locked } = await makeApp({ kv, clock, config: { sysAllowNewTargets: false } });
    const h = registerTarget(locked);
    await expectCode(call(Rpc.registerTarget, h, { nodeId: 1, targetId: 2 }), ErrCode.REGISTRATION_DISABLED);
    await expectCode(call(Rpc.registerTarget, h, { nodeId: 1 }), ErrCode.REGISTRATION_DISABLED);
    expect((await call(Rpc.registerTarget, h, { nodeId: 1, targetId: 1 })).targetId).toBe(1);
    expect(locked.registry.targets(hivefs.NodeType.STORAGE)).toHaveLength(1);
  });
});
