// Client ids: never issued twice (not after a timeout, not after a restart); returning clients keep theirs.
import { ErrCode, Rpc, hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import type { MgmtdApp } from '../app-context.js';
import { commit } from '../commit.js';
import { call, expectCode, makeApp } from '../test-fixtures.js';
import { heartbeat } from './heartbeat.js';
import { registerNode } from './register-node.js';

const N = hivefs.NodeType;
const client = (alias: string, nodeId = 0): hivefs.IRegisterNodeReq => ({ type: N.CLIENT, nodeId, alias, hostname: 'cn1', version: '0.1.0', pid: 1 });
const register = async (app: MgmtdApp, alias: string, nodeId = 0): Promise<number> => (await call(Rpc.registerNode, registerNode(app), client(alias, nodeId))).nodeId;
const tick = (app: MgmtdApp) => app.serial.run(() => commit(app, []));

describe('client ids', () => {
  it('never issues the id of a dropped client again, within a run and after a restart', async () => {
    const { app, kv, clock } = await makeApp();
    expect(await register(app, 'c1')).toBe(1);
    expect(await register(app, 'c2')).toBe(2);
    clock.advance(5000);
    await tick(app);
    expect(app.registry.nodes(N.CLIENT)).toEqual([]);
    expect(await register(app, 'c3')).toBe(3);
    const { app: restarted } = await makeApp({ kv, clock });
    expect(restarted.registry.nodes(N.CLIENT)).toEqual([]);
    expect(restarted.registry.clientMark).toBe(3);
    expect(await register(restarted, 'c4')).toBe(4);
    const { app: again } = await makeApp({ kv, clock });
    expect(await register(again, 'c5')).toBe(5);
  });

  it('lets a client that comes back after a restart keep its id, unless another client holds it', async () => {
    const { app, kv, clock } = await makeApp();
    expect(await register(app, 'c1')).toBe(1);
    expect(await register(app, 'c2')).toBe(2);
    const { app: restarted } = await makeApp({ kv, clock });
    await expectCode(call(Rpc.heartbeat, heartbeat(restarted), { type: N.CLIENT, nodeId: 2 }), ErrCode.UNKNOWN_NODE);
    expect(await register(restarted, 'c2', 2)).toBe(2);
    expect(restarted.registry.node(N.CLIENT, 2)?.alias).toBe('c2');
    await call(Rpc.heartbeat, heartbeat(restarted), { type: N.CLIENT, nodeId: 2 });
    expect(await register(restarted, 'c2', 2)).toBe(2);
    expect(await register(restarted, 'impostor', 2)).toBe(3);
    expect(restarted.registry.node(N.CLIENT, 2)?.alias).toBe('c2');
    expect(await register(restarted, 'c6')).toBe(4);
  });

  it('raises the mark to an asked-for id above it, and stores it', async () => {
    const { app, kv, clock } = await makeApp();
    expect(await register(app, 'old', 40)).toBe(40);
    expect(await register(app, 'fresh')).toBe(41);
    expect(await register(app, 'older', 7)).toBe(7);
    expect(app.registry.clientMark).toBe(41);
    const { app: restarted } = await makeApp({ kv, clock });
    expect(await register(restarted, 'next')).toBe(42);
  });

  it('gives a known alias its id back when no id is asked for', async () => {
    const { app } = await makeApp();
    expect(await register(app, 'c1')).toBe(1);
    expect(await register(app, 'c1')).toBe(1);
    expect(app.registry.clientMark).toBe(1);
  });
});
