// hivefs-local up --mirror --meta 2's meta set-up against a real cluster: the root's node and the other in a group, the root mirrored, idempotent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetaMirror } from '@hivefs/ctl';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { runCtl } from '../harness/ctl.js';

let tc: TestCluster | undefined;

beforeAll(async () => {
  tc = await startCluster({ meta: 2, storage: 1, targetsPerStorage: 1 });
});
afterAll(async () => {
  await tc?.destroy();
});

describe('createMetaMirror (hivefs-local up --mirror --meta 2)', () => {
  it('pairs the root\'s meta node 1 (it starts first) with node 2, mirrors the root, and does nothing new a second time', async () => {
    const first = await createMetaMirror(tc!.cluster);
    expect(first).toMatchObject({ groupId: 1, primaryId: 1, secondaryId: 2, created: true, root: { groupId: 1, already: false } });
    const again = await createMetaMirror(tc!.cluster);
    expect(again).toMatchObject({ groupId: 1, primaryId: 1, secondaryId: 2, created: false, root: { groupId: 1, already: true } });
    const r = await runCtl([`--cfgFile=${tc!.clientConf}`, '--listnodes', '--nodetype=meta']);
    expect(r.stdout).toMatch(/\nRoot: meta buddy group 1 \(current primary: \S+ \[ID: 1\]\)\n$/);
    const t = await runCtl([`--cfgFile=${tc!.clientConf}`, '--listtargets', '--nodetype=meta', '--state']);
    expect(t.stdout.split('\n').slice(2, 4)).toEqual(['       1           Online         Good        1', '       2           Online         Good        2']);
  });
});
