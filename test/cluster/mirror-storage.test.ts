// Storage buddy mirroring against real daemons: mirrored writes on both members, the primary alone with a dirty set,
// automatic resync (also after it was killed midway), fencing of a paused primary, and refusals of misrouted requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@hivefs/common/testing';
import { ErrCode, HiveError, Rpc, RpcClient, hivefs } from '@hivefs/protocol';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { MirrorDriver, entryId, pattern } from './mirror-driver.js';

const C = hivefs.Consistency;
const S = hivefs.ResyncJobState;
const KiB = 1024;

/** The error code a call fails with (throws if it succeeds). */
async function codeOf(p: Promise<unknown>): Promise<ErrCode> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  if (!(e instanceof HiveError)) throw new Error(`expected a HiveError, got ${String(e)}`);
  return e.code;
}

describe('storage buddy mirroring', () => {
  let tc: TestCluster;
  let d: MirrorDriver;
  let group: number;

  beforeAll(async () => {
    // targets 101, 102 on storage01; 201, 202 on storage02. Group: 101 primary, 201 secondary.
    tc = await startCluster({ storage: 2, targetsPerStorage: 2 });
    d = new MirrorDriver(tc);
    group = await d.addGroup(101, 201);
  }, 90_000);
  afterAll(async () => {
    d?.close();
    await tc?.destroy();
  });

  const identical = async (ids: string[]): Promise<void> => {
    for (const id of ids) {
      const [p, s] = [await d.chunk(101, id), await d.chunk(201, id)];
      expect(p, `${id} on the primary`).toBeDefined();
      expect(s?.equals(p!), `${id} identical on both members`).toBe(true);
    }
  };

  it('lands a mirrored write byte-identical in both buddymir/ dirs; misrouted requests get clear refusals', async () => {
    const data = pattern(300 * KiB, 1);
    expect(await d.write(group, entryId(0), 4096, data)).toBe(data.length);
    await identical([entryId(0)]);
    expect((await d.chunk(101, entryId(0)))!.subarray(4096).equals(data)).toBe(true);

    const sec = d.view.targetClient(201);
    const prim = d.view.targetClient(101);
    // a forwarded request to a target that is not the secondary
    expect(await codeOf(prim.call(Rpc.writeChunk, { entryId: entryId(0), targetId: 101, offset: 0, groupId: group, forwarded: true }, { payload: data }))).toBe(ErrCode.NOT_SECONDARY);
    expect(await codeOf(prim.call(Rpc.resyncChunk, { entryId: entryId(0), targetId: 101, groupId: group, fileLength: 0 }))).toBe(ErrCode.NOT_SECONDARY);
    // a client request to the secondary, to an unknown group, with a bad group id
    expect(await codeOf(sec.call(Rpc.writeChunk, { entryId: entryId(0), targetId: 201, offset: 0, groupId: group }, { payload: data }))).toBe(ErrCode.NOT_PRIMARY);
    expect(await codeOf(prim.call(Rpc.writeChunk, { entryId: entryId(0), targetId: 101, offset: 0, groupId: 999 }, { payload: data }))).toBe(ErrCode.UNKNOWN_GROUP);
    expect(await codeOf(prim.call(Rpc.writeChunk, { entryId: entryId(0), targetId: 101, offset: 0, groupId: 70_000 }, { payload: data }))).toBe(ErrCode.INVALID_ARGUMENT);
    expect(await codeOf(prim.call(Rpc.readChunk, { entryId: entryId(0), targetId: 101, offset: 0, length: 10, groupId: 999 }))).toBe(ErrCode.UNKNOWN_GROUP);
    // the daemons are still up
    expect((await prim.call(Rpc.getChunkLengths, { entryId: entryId(0), targetIds: [101, 102], groupIds: [group, 0] })).lengths).toEqual([4096 + data.length, 0]);
  });

  it('goes on alone when the secondary dies, records exactly the written chunks, and resyncs them automatically when it is back', async () => {
    await tc.stop('storage02', 'SIGKILL');
    const written = [1, 2, 3].map(entryId);
    for (const [i, id] of written.entries()) await d.write(group, id, 0, pattern(200 * KiB, 10 + i));
    await d.write(group, written[0]!, 64 * KiB, pattern(10, 99)); // same chunk again: one entry
    expect((await d.target(201)).consistency).toBe(C.NEEDS_RESYNC);
    expect((await d.dirty(101, group)).sort()).toEqual([...written].sort());
    expect(await d.chunk(201, written[0]!)).toBeUndefined();

    await tc.start('storage02');
    await waitFor(async () => (await d.target(201)).consistency === C.GOOD, { timeoutMs: 30_000, intervalMs: 200, what: 'target 201 Good again' });
    // The job ends its stats just after mgmtd took the Good.
    const st = await waitFor(async () => {
      const s = await d.stats(group);
      return s.state !== S.RESYNC_RUNNING ? s : undefined;
    }, { timeoutMs: 10_000, what: 'the job to end' });
    console.log('resync after a secondary restart:', JSON.stringify(st));
    // Exactly the dirty set's chunks: the secondary only went down (no takeover), so nothing it
    // changed itself is looked at.
    expect(st).toMatchObject({ state: S.RESYNC_COMPLETED, full: false, syncedFiles: written.length, discoveredFiles: written.length, removedFiles: 0, fileErrors: 0 });
    expect(st!.syncedBytes).toBe(3 * 200 * KiB);
    await identical(written);
    expect(await d.dirty(101, group)).toEqual([]);
    // mirroring again: a new write is on both at once
    await d.write(group, entryId(4), 0, pattern(1000, 4));
    await identical([entryId(4)]);
  }, 60_000);

  it('a resync killed midway ends Good and identical after the secondary restarts', async () => {
    await tc.stop('storage02', 'SIGKILL');
    const ids = Array.from({ length: 150 }, (_, i) => entryId(100 + i));
    for (const [i, id] of ids.entries()) await d.write(group, id, 0, pattern(256 * KiB, i));
    expect((await d.dirty(101, group)).length).toBe(ids.length);
    await tc.start('storage02');
    await waitFor(async () => {
      const st = await d.stats(group);
      return st.state === S.RESYNC_RUNNING && (st.syncedFiles ?? 0) > 0;
    }, { timeoutMs: 20_000, intervalMs: 20, what: 'the resync job under way' });
    await tc.stop('storage02', 'SIGKILL');
    const mid = await d.stats(group);
    await waitFor(async () => (await d.stats(group)).state === S.RESYNC_INTERRUPTED, { timeoutMs: 20_000, intervalMs: 100, what: 'the job interrupted' });
    expect((await d.target(201)).consistency).toBe(C.NEEDS_RESYNC);
    console.log('killed during the job at', JSON.stringify(mid));
    await tc.start('storage02');
    await waitFor(async () => (await d.target(201)).consistency === C.GOOD, { timeoutMs: 60_000, intervalMs: 200, what: 'target 201 Good again' });
    // The job ends its stats just after mgmtd took the Good.
    await waitFor(async () => (await d.stats(group)).state !== S.RESYNC_RUNNING, { timeoutMs: 10_000, intervalMs: 20, what: 'the job to end' });
    expect((await d.stats(group)).state).toBe(S.RESYNC_COMPLETED);
    await identical(ids);
    // the stats of the last job survive a restart of the primary (its group state file)
    const before = await d.stats(group);
    await tc.stop('storage01');
    await tc.start('storage01');
    await waitFor(async () => (await d.stats(group).catch(() => undefined))?.startMs === before.startMs, { timeoutMs: 20_000, intervalMs: 200, what: 'stats after the restart' });
    expect(await d.stats(group)).toMatchObject({ state: S.RESYNC_COMPLETED, syncedFiles: before.syncedFiles, syncedBytes: before.syncedBytes });
  }, 120_000);

  it('a paused primary past its lease never acknowledges: it refuses after the swap and its buddy serves', async () => {
    const pending = d.writeOnce(group, entryId(7), 0, pattern(100, 7), 30_000).then(() => 'acked', (e: HiveError) => e.code);
    // A client that still has the map of before the swap, as the old primary does.
    const staleVersion = d.view.version;
    const addr = d.view.node(hivefs.NodeType.STORAGE, d.view.target(101)!.nodeId!)!.addrs![0]!;
    const stale = new RpcClient({ host: addr.host!, port: addr.port!, secret: tc.secret, mapVersion: () => staleVersion, timeoutMs: 30_000 });
    await tc.pause('storage01');
    await waitFor(async () => (await d.group(group)).primaryId === 201, { timeoutMs: 30_000, intervalMs: 200, what: 'mgmtd swaps the group to 201' });
    // Queued while it sleeps, answered first thing when it wakes, before it heard of the swap: a
    // read must not be served from its stale copy (its lease ran out during the pause).
    const staleRead = codeOf(stale.call(Rpc.readChunk, { entryId: entryId(7), targetId: 101, offset: 0, length: 100, groupId: group }));
    // the old primary's node still thinks it is primary until it notices: with no lease it must refuse
    await tc.resume('storage01');
    try {
      expect([ErrCode.NO_LEASE, ErrCode.NOT_PRIMARY]).toContain(await staleRead);
    } finally {
      stale.close();
    }
    const outcome = await pending;
    console.log('write sent before the pause ended with', typeof outcome === 'string' ? outcome : ErrCode[outcome]);
    const old = d.view.targetClient(101);
    const code = await codeOf(old.call(Rpc.writeChunk, { entryId: entryId(8), targetId: 101, offset: 0, groupId: group }, { payload: pattern(10, 8) }));
    expect([ErrCode.NO_LEASE, ErrCode.NOT_PRIMARY, ErrCode.STALE_MAP]).toContain(code);
    expect(await d.chunk(101, entryId(8))).toBeUndefined();
    // the new primary serves; the demoted one is Needs-resync until its resync is done
    expect(await d.write(group, entryId(9), 0, pattern(500, 9))).toBe(500);
    await waitFor(async () => (await d.target(101)).consistency === C.GOOD, { timeoutMs: 30_000, intervalMs: 200, what: 'target 101 resynced' });
    expect((await d.chunk(101, entryId(9)))?.equals(pattern(500, 9))).toBe(true);
  }, 90_000);
});
