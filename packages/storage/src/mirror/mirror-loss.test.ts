// A storage primary losing its secondary while a resync job marks it Good at mgmtd (in process:
// real targets and chunk store, a fake map view whose mgmtd does the compare-and-swaps).
import { join } from 'node:path';
import { removeDir, tmpDir, waitFor } from '@hivefs/common/testing';
import { ErrCode, HiveError, LeaseHolder, Rpc, hivefs, type MapView } from '@hivefs/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { ChunkStore } from '../chunk-store.js';
import { formatTargetDir } from '../target-format.js';
import { TargetSet, makeTarget } from '../targets.js';
import { Mirror, type PrimaryOp } from './mirror.js';

const C = hivefs.Consistency;
const S = hivefs.NodeType.STORAGE;
const [E1, E2, E3] = ['1-5F000000-1', '2-5F000000-1', '3-5F000000-1'];
const quiet = { debug() {}, info() {}, warn() {}, error() {}, child: () => quiet } as unknown as ConstructorParameters<typeof ChunkStore>[0]['log'];

/**
 * Group 1 (primary 101 here, secondary 201) in a map whose mgmtd swaps states like the real one.
 * `loseReplyOf` makes mgmtd apply that CAS but never answer it (the caller only sees its abort).
 */
function fakeCluster() {
  const mgmtd = { log: [] as string[], loseReplyOf: '' };
  const map: hivefs.IClusterMap = {
    version: 5,
    groups: [{ groupId: 1, nodeType: S, primaryId: 101, secondaryId: 201 }],
    targets: [101, 201].map((id) => ({ targetId: id, nodeId: id / 100, nodeType: S, consistency: C.GOOD, reachability: hivefs.Reachability.ONLINE })),
  };
  const setState = async (req: hivefs.ISetTargetStateReq, opts: { signal?: AbortSignal }): Promise<hivefs.ISetTargetStateResp> => {
    const t = map.targets!.find((x) => x.targetId === req.targetId)!;
    const what = `${C[req.expected ?? 0]}->${C[req.state ?? 0]}`;
    if (t.consistency !== req.expected && t.consistency !== req.state) {
      mgmtd.log.push(`${what}: refused`);
      throw new HiveError(ErrCode.STATE_MISMATCH, `target ${req.targetId} is ${C[t.consistency ?? 0]}`);
    }
    t.consistency = req.state!;
    map.version = Number(map.version) + 1;
    mgmtd.log.push(`${what}: swapped`);
    if (what === mgmtd.loseReplyOf) {
      mgmtd.loseReplyOf = '';
      await new Promise((_, reject) => opts.signal?.addEventListener('abort', () => reject(new HiveError(ErrCode.ABORTED, 'request aborted'))));
    }
    return { mapVersion: map.version };
  };
  const secondary = { call: async () => ({}) };
  const view = {
    map,
    get version() { return Number(map.version); },
    target: (id: number) => map.targets!.find((t) => t.targetId === id),
    refresh: async () => map,
    on() {},
    off() {},
    targetClient: () => secondary,
    mgmtd: {
      call: (def: unknown, req: hivefs.ISetTargetStateReq, opts: { signal?: AbortSignal } = {}) => {
        expect(def).toBe(Rpc.setTargetState);
        return setState(req, opts);
      },
    },
  };
  return { view: view as unknown as MapView, map, mgmtd };
}

/** A mirrored write of chunk `entryId` whose forward to the secondary fails or succeeds. */
function write(entryId: string, forwardFails: boolean, forwarded: string[]): PrimaryOp<string> {
  return {
    what: `write of ${entryId}`, groupId: 1, targetId: 101, mapVersion: 0, entryIds: [entryId], range: { offset: 0, length: 4 }, changes: true,
    local: async () => 'ok',
    forward: async () => {
      forwarded.push(entryId);
      if (forwardFails) throw new HiveError(ErrCode.UNREACHABLE, 'secondary unreachable');
    },
  };
}

describe('storage mirror: losing the secondary while a resync marks it Good', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  it('a loss that aborts the Needs-resync -> Good CAS after mgmtd applied it is recorded again: mgmtd ends Needs-resync, the primary stays alone', async () => {
    const root = await tmpDir('hivefs-mirror-loss-');
    cleanup.push(() => removeDir(root));
    await formatTargetDir(join(root, 't101'), 1, 101);
    const targets = new TargetSet([makeTarget(101, join(root, 't101'))]);
    const store = new ChunkStore({ targets, maxOpenFiles: 4, log: quiet });
    cleanup.push(() => store.close());
    const { view, map, mgmtd } = fakeCluster();
    const lease = new LeaseHolder(() => 0);
    lease.grant(60_000, 0, 5);
    const mirror = new Mirror({ view, targets, store, log: quiet, forwardTimeoutMs: 1000, lease });
    cleanup.push(() => mirror.close());
    const forwarded: string[] = [];
    const state201 = (): hivefs.Consistency | null | undefined => map.targets!.find((t) => t.targetId === 201)!.consistency;

    // the secondary is lost: recorded at mgmtd, the chunk goes into the dirty set
    expect(await mirror.primaryOp(write(E1, true, forwarded))).toBe('ok');
    expect(state201()).toBe(C.NEEDS_RESYNC);
    // a resync copies it; mgmtd applies its Needs-resync -> Good, but the answer does not come back
    mgmtd.loseReplyOf = 'NEEDS_RESYNC->GOOD';
    await mirror.startResync({ groupId: 1 });
    await waitFor(() => mgmtd.log.length === 2, { intervalMs: 1, what: 'the resync\'s CAS at mgmtd' });
    expect(state201()).toBe(C.GOOD);
    // ... and meanwhile a forward fails: the loss aborts the job (and its CAS), then is recorded
    expect(await mirror.primaryOp(write(E2, true, forwarded))).toBe('ok');
    expect((await mirror.resyncStats(1)).state).toBe(hivefs.ResyncJobState.RESYNC_INTERRUPTED);
    expect(mgmtd.log).toEqual(['GOOD->NEEDS_RESYNC: swapped', 'NEEDS_RESYNC->GOOD: swapped', 'GOOD->NEEDS_RESYNC: swapped']);
    expect(state201()).toBe(C.NEEDS_RESYNC);
    await waitFor(() => mirror.resyncingTargets().length === 0, { intervalMs: 1, what: 'the job to end' });
    // the next write goes on alone (no forward): the map's Needs-resync is not taken for an admin's override
    expect(await mirror.primaryOp(write(E3, false, forwarded))).toBe('ok');
    expect(forwarded).toEqual([E1, E2]);
  });
});
