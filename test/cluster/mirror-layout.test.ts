// New files under a buddymirror directory get storage buddy groups from a real meta daemon, once mgmtd has groups.
import { waitFor } from '@hivefs/common/testing';
import { ErrCode, HiveError, MapView, Rpc, hivefs } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';

const N = hivefs.NodeType;
const ROOT = { uid: 0, gid: 0, gids: [] };
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

describe('buddy-mirrored file layout', () => {
  let tc: TestCluster;
  let view: MapView;
  beforeAll(async () => {
    // storage01: targets 101, 102; storage02: 201, 202
    tc = await startCluster({ meta: 1, storage: 2, targetsPerStorage: 2 });
    view = new MapView({ mgmtdHost: tc.mgmtd.host, mgmtdPort: tc.mgmtd.port, secret: tc.secret, log: quiet, timeoutMs: 5000 });
    await view.refresh();
  });
  afterAll(async () => {
    view?.close();
    await tc?.destroy();
  });

  const meta = () => view.nodeClient(N.META, 1);
  const create = (parentId: string, name: string) => meta().call(Rpc.create, { cred: ROOT, parentId, name, mode: 0o644, flags: 0o100 | 2, clientId: 0, open: false });

  it('a directory set to BUDDY_MIRROR without groups refuses new files (NO_TARGETS); with groups its files get group ids', async () => {
    const dir = (await meta().call(Rpc.mkdir, { cred: ROOT, parentId: 'root', name: 'mir', mode: 0o755 })).attr!;
    await meta().call(Rpc.setPattern, { cred: ROOT, entryId: dir.entryId, pattern: { type: hivefs.PatternType.BUDDY_MIRROR, chunkSize: 65536, numTargets: 2 } });
    const refused = await create(dir.entryId!, 'early').then(() => undefined, (e: unknown) => e);
    expect(refused).toBeInstanceOf(HiveError);
    expect((refused as HiveError).code).toBe(ErrCode.NO_TARGETS);
    expect((refused as HiveError).message).toContain('no storage buddy group in pool 1');

    for (const [primaryId, secondaryId] of [[101, 201], [102, 202]]) {
      await view.mgmtd.call(Rpc.addMirrorGroup, { nodeType: N.STORAGE, groupId: 0, primaryId, secondaryId, force: false });
    }
    // meta learns the groups with its next heartbeat reply
    let n = 0;
    const made = await waitFor(() => create(dir.entryId!, `f${n++}`).catch(() => undefined), { timeoutMs: 10_000, intervalMs: 100, what: 'a file created under the buddymirror directory' });
    const attr = (await meta().call(Rpc.getAttr, { cred: ROOT, entryId: made!.attr!.entryId })).attr!;
    expect(attr.pattern).toMatchObject({ type: hivefs.PatternType.BUDDY_MIRROR, chunkSize: 65536, numTargets: 2 });
    expect([...(attr.pattern!.ids ?? [])].sort()).toEqual([1, 2]);
    expect(attr.pattern!.shortfall ?? '').toBe('');
    expect(Number(attr.size)).toBe(0);
    // files elsewhere keep targets
    expect((await create('root', 'plain')).attr!.pattern).toMatchObject({ type: hivefs.PatternType.RAID0 });
  });
});
