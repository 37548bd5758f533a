// setTargetState handler: compare-and-swap, force, meta nodes, persistence.
import { ErrCode, Rpc, hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { call, expectCode, makeApp, metaNode, storageNode } from '../test-fixtures.js';
import { addMirrorGroup } from './add-mirror-group.js';
import { registerNode } from './register-node.js';
import { registerTarget } from './register-target.js';
import { setTargetState } from './set-target-state.js';

const N = hivefs.NodeType;
const C = hivefs.Consistency;

async function cluster() {
  const { app, kv, clock } = await makeApp();
  await call(Rpc.registerNode, registerNode(app), storageNode('s1', 1));
  await call(Rpc.registerNode, registerNode(app), metaNode('m1', 4));
  await call(Rpc.registerTarget, registerTarget(app), { nodeId: 1, targetId: 3 });
  return { app, kv, clock, h: setTargetState(app) };
}

describe('setTargetState', () => {
  it('swaps the state when the expected one matches, bumps and persists it', async () => {
    const { app, kv, clock, h } = await cluster();
    const v = app.registry.version;
    const resp = await call(Rpc.setTargetState, h, { targetId: 3, expected: C.GOOD, state: C.NEEDS_RESYNC });
    expect(resp).toMatchObject({ state: C.NEEDS_RESYNC, mapVersion: v + 1 });
    const { app: restarted } = await makeApp({ kv, clock });
    expect(restarted.registry.target(N.STORAGE, 3)?.consistency).toBe(C.NEEDS_RESYNC);
  });

  it('answers STATE_MISMATCH with the current state when the expected one does not match', async () => {
    const { app, h } = await cluster();
    await call(Rpc.setTargetState, h, { targetId: 3, expected: C.GOOD, state: C.BAD });
    const v = app.registry.version;
    const err = await expectCode(call(Rpc.setTargetState, h, { targetId: 3, expected: C.GOOD, state: C.NEEDS_RESYNC }), ErrCode.STATE_MISMATCH);
    expect(err.message).toContain('storage target 3 is Bad, not Good');
    expect(app.registry.target(N.STORAGE, 3)?.consistency).toBe(C.BAD);
    expect(app.registry.version).toBe(v);
  });

  it('applies a forced change whatever the current state', async () => {
    const { h } = await cluster();
    await call(Rpc.setTargetState, h, { targetId: 3, expected: C.GOOD, state: C.BAD });
    const resp = await call(Rpc.setTargetState, h, { targetId: 3, state: C.GOOD, force: true });
    expect(resp.state).toBe(C.GOOD);
  });

  it('changes meta nodes through node_type META and keeps the version when nothing changes', async () => {
    const { app, h } = await cluster();
    const resp = await call(Rpc.setTargetState, h, { nodeType: N.META, targetId: 4, expected: C.GOOD, state: C.NEEDS_RESYNC });
    expect(app.registry.target(N.META, 4)?.consistency).toBe(C.NEEDS_RESYNC);
    const same = await call(Rpc.setTargetState, h, { nodeType: N.META, targetId: 4, expected: C.NEEDS_RESYNC, state: C.NEEDS_RESYNC });
    expect(same.mapVersion).toBe(resp.mapVersion);
    await expectCode(call(Rpc.setTargetState, h, { nodeType: N.META, targetId: 3, expected: C.GOOD, state: C.BAD }), ErrCode.UNKNOWN_TARGET_ID);
  });

  it('moves a group member Good -> Needs-resync -> Good, but never takes the current primary out of Good without force', async () => {
    const { app, h } = await cluster();
    await call(Rpc.registerTarget, registerTarget(app), { nodeId: 1, targetId: 5 });
    await call(Rpc.addMirrorGroup, addMirrorGroup(app), { nodeType: N.STORAGE, groupId: 9, primaryId: 3, secondaryId: 5, force: true });
    await call(Rpc.setTargetState, h, { targetId: 5, expected: C.GOOD, state: C.NEEDS_RESYNC });
    expect((await call(Rpc.setTargetState, h, { targetId: 5, expected: C.NEEDS_RESYNC, state: C.GOOD })).state).toBe(C.GOOD);
    const v = app.registry.version;
    const err = await expectCode(call(Rpc.setTargetState, h, { targetId: 3, expected: C.GOOD, state: C.NEEDS_RESYNC }), ErrCode.STATE_MISMATCH);
    expect(err.message).toBe(`storage target 3 is the primary of buddy group 9 since map version ${v - 2}; state left unchanged`);
    expect(app.registry.version).toBe(v);
    expect((await call(Rpc.setTargetState, h, { targetId: 3, state: C.BAD, force: true })).state).toBe(C.BAD);
  });

  it('rejects unknown targets, bad states and bad node types', async () => {
    const { h } = await cluster();
    await expectCode(call(Rpc.setTargetState, h, { targetId: 9, expected: C.GOOD, state: C.BAD }), ErrCode.UNKNOWN_TARGET_ID);
    await expectCode(call(Rpc.setTargetState, h, { targetId: 3, expected: C.GOOD, state: 0 }), ErrCode.INVALID_ARGUMENT);
    await expectCode(call(Rpc.setTargetState, h, { targetId: 3, expected: 7 as hivefs.Consistency, state: C.BAD }), ErrCode.INVALID_ARGUMENT);
    await expectCode(call(Rpc.setTargetState, h, { nodeType: N.CLIENT, targetId: 3, expected: C.GOOD, state: C.BAD }), ErrCode.INVALID_ARGUMENT);
  });
});
