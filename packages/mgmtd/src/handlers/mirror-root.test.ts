// mirrorRoot handler: refusals that say what to do, persistence of the root's group, idempotence, and what it protects.
import { ErrCode, Rpc, hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { buildClusterMap } from '../cluster-map.js';
import { commit } from '../commit.js';
import { HEADER_KEY } from '../store/keys.js';
import { loadHeader } from '../store/map-version.js';
import { call, expectCode, makeApp, metaNode } from '../test-fixtures.js';
import { addMirrorGroup } from './add-mirror-group.js';
import { mirrorRoot } from './mirror-root.js';
import { registerNode } from './register-node.js';
import { removeNode } from './remove-node.js';

const N = hivefs.NodeType;

/** Meta nodes 1 (owns the root), 2 and 3. */
async function metaCluster() {
  const made = await makeApp();
  for (const n of [1, 2, 3]) await call(Rpc.registerNode, registerNode(made.app), metaNode(`m${n}`, n));
  const addGroup = (primaryId: number, secondaryId: number, groupId = 200) => call(Rpc.addMirrorGroup, addMirrorGroup(made.app), { nodeType: N.META, groupId, primaryId, secondaryId });
  const mirror = () => call(Rpc.mirrorRoot, mirrorRoot(made.app), {});
  return { ...made, addGroup, mirror };
}

describe('mirrorRoot', () => {
  it('puts the root on its node\'s group, bumps the version, keeps it across a restart, and answers `already` after', async () => {
    const { app, kv, clock, addGroup, mirror } = await metaCluster();
    await addGroup(1, 2);
    const v = app.registry.version;
    expect(await mirror()).toEqual({ groupId: 200, mapVersion: v + 1, already: false });
    expect(buildClusterMap(app)).toMatchObject({ version: v + 1, rootNodeId: 1, rootGroupId: 200 });
    expect(await mirror()).toEqual({ groupId: 200, mapVersion: v + 1, already: true });
    expect(app.registry.version).toBe(v + 1);
    const { app: restarted } = await makeApp({ kv, clock });
    expect(buildClusterMap(restarted)).toMatchObject({ rootNodeId: 1, rootGroupId: 200 });
  });

  it('refuses without a root node, without a group, and on the group\'s secondary, saying what to do, and changes nothing', async () => {
    const empty = await makeApp();
    const e0 = await expectCode(call(Rpc.mirrorRoot, mirrorRoot(empty.app), {}), ErrCode.UNKNOWN_NODE);
    expect(e0.message).toContain('no meta node owns the root directory yet');

    const { app, addGroup, mirror } = await metaCluster();
    const e1 = await expectCode(mirror(), ErrCode.UNKNOWN_GROUP);
    expect(e1.message).toBe('meta node 1, which owns the root directory, is in no meta buddy group: create one first (hivefs-ctl --addmirrorgroup --nodetype=meta --primary=1 --secondary=<another meta node id>), then run --mirrormd again');
    await addGroup(2, 1);
    const v = app.registry.version;
    const e2 = await expectCode(mirror(), ErrCode.NOT_PRIMARY);
    expect(e2.message).toContain('meta node 1, which owns the root directory, is the secondary of meta buddy group 200 (primary: meta node 2)');
    expect(e2.message).toContain('make node 1 the primary');
    expect(app.registry.version).toBe(v);
    expect(buildClusterMap(app).rootGroupId).toBe(0);
  });

  it('refuses to remove a member of the root\'s group, or the group itself', async () => {
    const { app, addGroup, mirror } = await metaCluster();
    await addGroup(1, 2);
    await mirror();
    const e = await expectCode(call(Rpc.removeNode, removeNode(app), { type: N.META, nodeId: 2 }), ErrCode.BUSY);
    expect(e.message).toBe('cannot remove: meta node 2 is a member of meta buddy group 200, which holds the mirrored root directory');
    await expectCode(app.serial.run(() => commit(app, [{ kind: 'delGroup', nodeType: N.META, groupId: 200 }])), ErrCode.BUSY);
    expect(buildClusterMap(app).groups).toHaveLength(1);
    await call(Rpc.removeNode, removeNode(app), { type: N.META, nodeId: 3 });
  });
});

describe('map header', () => {
  it('reads a header written before meta mirroring (no rootGroupId) as an unmirrored root, and refuses a bad one', async () => {
    const { kv } = await makeApp();
    await kv.batch([{ type: 'put', key: HEADER_KEY, value: Buffer.from(JSON.stringify({ schema: 1, version: 7, rootNodeId: 3 })) }]);
    expect(await loadHeader(kv)).toEqual({ version: 7, rootNodeId: 3, rootGroupId: 0 });
    const { app } = await makeApp({ kv });
    expect(buildClusterMap(app)).toMatchObject({ version: 7, rootNodeId: 3, rootGroupId: 0 });
    await kv.batch([{ type: 'put', key: HEADER_KEY, value: Buffer.from(JSON.stringify({ schema: 1, version: 7, rootNodeId: 3, rootGroupId: 'x' })) }]);
    await expect(loadHeader(kv)).rejects.toThrow('bad rootGroupId');
  });
});
