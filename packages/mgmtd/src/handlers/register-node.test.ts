// registerNode handler: id assignment, conflicts, re-registration, disabled registration, validation.
import { ErrCode, Rpc, hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { buildClusterMap } from '../cluster-map.js';
import { call, expectCode, makeApp, metaNode, storageNode } from '../test-fixtures.js';
import { registerNode } from './register-node.js';

const N = hivefs.NodeType;

describe('registerNode', () => {
  it('assigns highest + 1 per node type when node_id is 0', async () => {
    const { app } = await makeApp();
    const h = registerNode(app);
    expect((await call(Rpc.registerNode, h, storageNode('s1'))).nodeId).toBe(1);
    expect((await call(Rpc.registerNode, h, storageNode('s7', 7))).nodeId).toBe(7);
    expect((await call(Rpc.registerNode, h, storageNode('s8'))).nodeId).toBe(8);
    expect((await call(Rpc.registerNode, h, metaNode('m1'))).nodeId).toBe(1);
    expect(app.registry.nodes(N.STORAGE).map((n) => n.alias)).toEqual(['s1', 's7', 's8']);
  });

  it('gives a node that registers again (by id or by alias) its id back and updates its record', async () => {
    const { app } = await makeApp();
    const h = registerNode(app);
    const first = await call(Rpc.registerNode, h, storageNode('s1', 0, 8003));
    const again = await call(Rpc.registerNode, h, { ...storageNode('s1', 1, 9003), pid: 555, hostname: 'host2' });
    expect(again.nodeId).toBe(1);
    expect(again.mapVersion).toBe(first.mapVersion + 1);
    expect(app.registry.node(N.STORAGE, 1)).toMatchObject({ addrs: [{ host: '127.0.0.1', port: 9003 }], pid: 555, hostname: 'host2' });
    expect((await call(Rpc.registerNode, h, storageNode('s1', 0, 9003))).nodeId).toBe(1);
    expect(app.registry.nodes(N.STORAGE)).toHaveLength(1);
  });

  it('answers ID_CONFLICT for a known id with another alias or a known alias with another id', async () => {
    const { app } = await makeApp();
    const h = registerNode(app);
    await call(Rpc.registerNode, h, storageNode('s1', 1));
    const e1 = await expectCode(call(Rpc.registerNode, h, storageNode('other', 1)), ErrCode.ID_CONFLICT);
    expect(e1.message).toContain("registered with alias 's1'");
    const e2 = await expectCode(call(Rpc.registerNode, h, storageNode('s1', 2)), ErrCode.ID_CONFLICT);
    expect(e2.message).toContain('already used by storage node 1');
    expect(app.registry.nodes()).toHaveLength(1);
  });

  it('refuses new servers with REGISTRATION_DISABLED but still admits known servers and clients', async () => {
    const { app, kv, clock } = await makeApp();
    await call(Rpc.registerNode, registerNode(app), storageNode('s1', 1));
    const { app: locked } = await makeApp({ kv, clock, config: { sysAllowNewServers: false } });
    const h = registerNode(locked);
    const err = await expectCode(call(Rpc.registerNode, h, storageNode('s2')), ErrCode.REGISTRATION_DISABLED);
    expect(err.message).toContain('sysAllowNewServers');
    await expectCode(call(Rpc.registerNode, h, metaNode('m1')), ErrCode.REGISTRATION_DISABLED);
    expect((await call(Rpc.registerNode, h, storageNode('s1', 1))).nodeId).toBe(1);
    expect((await call(Rpc.registerNode, h, { type: N.CLIENT, alias: 'c1' })).nodeId).toBe(1);
  });

  it('shows a meta node as a META target and makes the first one the root owner', async () => {
    const { app } = await makeApp();
    const h = registerNode(app);
    await call(Rpc.registerNode, h, metaNode('m5', 5));
    await call(Rpc.registerNode, h, metaNode('m6', 6));
    const map = buildClusterMap(app);
    expect(map.rootNodeId).toBe(5);
    expect(map.targets?.filter((t) => t.nodeType === N.META).map((t) => [t.targetId, t.nodeId, t.consistency])).toEqual([[5, 5, hivefs.Consistency.GOOD], [6, 6, hivefs.Consistency.GOOD]]);
  });

  it('keeps clients in memory only and gives nameless nodes a default alias', async () => {
    const { app, kv, clock } = await makeApp();
    const h = registerNode(app);
    const c = await call(Rpc.registerNode, h, { type: N.CLIENT, hostname: 'laptop' });
    expect(app.registry.node(N.CLIENT, c.nodeId)?.alias).toBe(`laptop-client-${c.nodeId}`);
    const { app: restarted } = await makeApp({ kv, clock });
    expect(restarted.registry.nodes(N.CLIENT)).toEqual([]);
  });

  it('rejects malformed requests with INVALID_ARGUMENT naming the field', async () => {
    const { app } = await makeApp();
    const h = registerNode(app);
    const cases: [object, RegExp][] = [
      [{ ...storageNode('s1'), type: N.MGMTD }, /node type mgmtd is not allowed/],
      [{ ...storageNode('s1'), type: 0 }, /node type/],
      [{ ...storageNode('s1'), nodeId: 70000 }, /node_id 70000 is invalid/],
      [{ ...storageNode('s1'), addrs: [] }, /at least one address/],
      [{ ...storageNode('s1'), addrs: [{ host: 'h', port: 0 }] }, /port 0/],
      [{ ...storageNode('s1'), addrs: [{ host: '', port: 1 }] }, /empty or blank host/],
      [{ ...storageNode('bad alias') }, /alias 'bad alias' is invalid/],
      [{ ...storageNode('x'.repeat(65)) }, /alias is 65 characters/],
      [{ ...storageNode('s1'), hostname: 'a\nb' }, /hostname contains control characters/],
    ];
    for (const [req, msg] of cases) {
      const err = await expectCode(call(Rpc.registerNode, h, req), ErrCode.INVALID_ARGUMENT);
      expect(err.message).toMatch(msg);
    }
    expect(app.registry.nodes()).toEqual([]);
  });
});
