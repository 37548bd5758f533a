// hivefs-local up --mirror's group set-up against a real cluster: targets paired across storage daemons, idempotent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMirrorGroups } from '@hivefs/ctl';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { runCtl } from '../harness/ctl.js';

let tc: TestCluster | undefined;

beforeAll(async () => {
  tc = await startCluster({ meta: 1, storage: 2, targetsPerStorage: 2 });
});
afterAll(async () => {
  await tc?.destroy();
});

describe('createMirrorGroups (hivefs-local up --mirror)', () => {
  it('pairs every target with one on the other storage daemon; a second run creates none', async () => {
    const first = await createMirrorGroups(tc!.cluster);
    expect(first.added.map((g) => [g.groupId, g.primaryId, g.secondaryId])).toEqual([[1, 101, 201], [2, 102, 202]]);
    expect(first.groups.map((g) => [g.groupId, g.primaryId, g.secondaryId])).toEqual([[1, 101, 201], [2, 102, 202]]);
    const again = await createMirrorGroups(tc!.cluster);
    expect(again).toEqual({ added: [], groups: first.groups });
    const r = await runCtl([`--cfgFile=${tc!.clientConf}`, '--listmirrorgroups', '--nodetype=storage']);
    expect(r.stdout.split('\n').slice(2, 4)).toEqual(['                1               101               201', '                2               102               202']);
  });
});
