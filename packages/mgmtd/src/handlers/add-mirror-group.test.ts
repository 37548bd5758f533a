// addMirrorGroup handler: validation, the same-node check and force, id assignment, persistence.
import { ErrCode, Rpc, hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { buildClusterMap } from '../cluster-map.js';
import { call, expectCode, makeApp, metaNode, storageNode } from '../test-fixtures.js';
import { addMirrorGroup } from './add-mirror-group.js';
import { registerNode } from './register-node.js';
import { registerTarget } from './register-target.js';

const N = hivefs.NodeType;

/** Storage nodes 1 (targets 101, 102) and 2 (targets 201, 202), meta nodes 1 and 2. */
async function cluster() {
  const { app, kv, clock } = await makeApp();
  for (const n of [1, 2]) {
    await call(Rpc.registerNode, registerNode(app), storageNode(`s${n}`, n, 8000 + n));
    await call(Rpc.registerNode, registerNode(app), metaNode(`m${n}`, n));
    for (const t of [1, 2]) await call(Rpc.registerTarget, registerTarget(app), { nodeId: n, targetId: n * 100 + t });
  }
  const h = addMirrorGroup(app);
  const add = (req: hivefs.IAddMirrorGroupReq) => call(Rpc.addMirrorGroup, h, { nodeType: N.STORAGE, ...req });
  return { app, kv, clock, add };
}

describe('addMirrorGroup', () => {
  it('creates a storage group with primarySince = its commit version, shown in the map and kept across a restart', async () => {
    const { app, kv, clock, add } = await cluster();
    const v = app.registry.version;
    const resp = await add({ groupId: 7, primaryId: 101, secondaryId: 201 });
    expect(resp).toEqual({ groupId: 7, mapVersion: v + 1 });
    const want = { nodeType: N.STORAGE, groupId: 7, primaryId: 101, secondaryId: 201, storagePoolId: 1, primarySince: v + 1 };
    expect(buildClusterMap(app).groups).toEqual([want]);
    expect(buildClusterMap(app).pools?.[0]?.groupIds).toEqual([7]);
    const { app: restarted } = await makeApp({ kv, clock });
    expect(buildClusterMap(restarted).groups).toEqual([want]);
  });

  it('assigns highest + 1 when the group id is 0, per node type', async () => {
    const { app, add } = await cluster();
    expect((await add({ primaryId: 101, secondaryId: 201 })).groupId).toBe(1);
    expect((await add({ groupId: 5, primaryId: 102, secondaryId: 202 })).groupId).toBe(5);
    expect((await add({ nodeType: N.META, primaryId: 1, secondaryId: 2 })).groupId).toBe(1);
    expect(app.registry.groups().map((g) => `${N[g.nodeType]}:${g.groupId}:${g.primaryId}/${g.secondaryId}`)).toEqual(['META:1:1/2', 'STORAGE:1:101/201', 'STORAGE:5:102/202']);
  });

  it('refuses two targets of one node unless forced, with a one-line reason', async () => {
    const { app, add } = await cluster();
    const v = app.registry.version;
    const err = await expectCode(add({ primaryId: 101, secondaryId: 102 }), ErrCode.INVALID_ARGUMENT);
    expect(err.message).toBe('storage targets 101 and 102 are both on storage node 1; pairing them protects against a disk failure but not a node failure (use --force to pair them anyway)');
    expect(app.registry.version).toBe(v);
    expect((await add({ primaryId: 101, secondaryId: 102, force: true })).groupId).toBe(1);
  });

  it('refuses existing group ids, unknown, equal or already grouped members, and bad fields', async () => {
    const { app, add } = await cluster();
    await add({ groupId: 3, primaryId: 101, secondaryId: 201 });
    const v = app.registry.version;
    expect((await expectCode(add({ groupId: 3, primaryId: 102, secondaryId: 202 }), ErrCode.ID_CONFLICT)).message).toBe('buddy group 3 already exists (primary 101, secondary 201)');
    expect((await expectCode(add({ primaryId: 102, secondaryId: 999 }), ErrCode.UNKNOWN_TARGET_ID)).message).toBe('storage target 999 is not registered');
    expect((await expectCode(add({ primaryId: 102, secondaryId: 102 }), ErrCode.INVALID_ARGUMENT)).message).toContain('pairs storage target 102 with itself');
    expect((await expectCode(add({ primaryId: 102, secondaryId: 201 }), ErrCode.INVALID_ARGUMENT)).message).toContain('storage target 201 is already in buddy group 3');
    await expectCode(add({ nodeType: N.META, primaryId: 1, secondaryId: 9 }), ErrCode.UNKNOWN_NODE);
    await expectCode(add({ nodeType: N.CLIENT, primaryId: 1, secondaryId: 2 }), ErrCode.INVALID_ARGUMENT);
    await expectCode(add({ primaryId: 0, secondaryId: 202 }), ErrCode.INVALID_ARGUMENT);
    await expectCode(add({ groupId: 70000, primaryId: 102, secondaryId: 202 }), ErrCode.INVALID_ARGUMENT);
    expect(app.registry.version).toBe(v);
  });
});
