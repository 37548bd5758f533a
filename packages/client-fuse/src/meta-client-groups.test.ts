// MetaClient routing of meta buddy group owners: the root after --mirrormd and `-G<hex>` entries go
// to the group's current primary, follow switchovers, and keep their RequestTag on every resend.
import { EventEmitter } from 'node:events';
import { ErrCode, HiveError, ROOT_ENTRY_ID, Rpc, hivefs, type MapView } from '@hivefs/protocol';
import { waitFor } from '@hivefs/common/testing';
import { describe, expect, it } from 'vitest';
import { MetaClient } from './meta-client.js';
import { RequestTags } from './request-tags.js';
import { RetryPolicy, type AttemptOptions, type FailureMode } from './retry.js';
import type { ServerHealth } from './server-health.js';

const N = hivefs.NodeType;
const cred = { uid: 0, gid: 0, gids: [] };

/** A map: meta nodes 1..3, meta buddy group 200 (0xC8) with `primary`/`secondary`, the root on node 1 (mirrored when `mirrored`). */
function groupMap(version: number, primary: number, secondary: number, mirrored = true): hivefs.IClusterMap {
  return {
    version,
    rootNodeId: 1,
    rootGroupId: mirrored ? 200 : 0,
    groups: [{ nodeType: N.META, groupId: 200, primaryId: primary, secondaryId: secondary }, { nodeType: N.STORAGE, groupId: 200, primaryId: 101, secondaryId: 201 }],
  };
}

interface Sent {
  nodeId: number;
  rpc: string;
  req: { tag?: hivefs.IRequestTag };
  opts: AttemptOptions;
}

/** A view whose map the test moves on; `answer` decides each attempt (n counts from 1). */
function fakeView(map: hivefs.IClusterMap, answer: (nodeId: number, n: number, opts: AttemptOptions) => Promise<unknown>) {
  const sent: Sent[] = [];
  const view = Object.assign(new EventEmitter(), {
    map,
    version: Number(map.version ?? 0),
    nodeClient: (_type: number, nodeId: number) => ({
      call: (def: { name: string }, req: { tag?: hivefs.IRequestTag }, opts: AttemptOptions) => {
        sent.push({ nodeId, rpc: def.name, req, opts });
        return answer(nodeId, sent.length, opts);
      },
    }),
  });
  const setMap = (m: hivefs.IClusterMap): void => {
    view.map = m;
    view.version = Number(m.version ?? 0);
    view.emit('map', m);
  };
  return { view, sent, setMap };
}

function client(f: ReturnType<typeof fakeView>, opts: { mode?: FailureMode; refreshMap?: () => Promise<unknown>; health?: ServerHealth; failoutTimeoutMs?: number } = {}) {
  const retry = new RetryPolicy({
    mode: opts.mode ?? 'failover',
    signal: new AbortController().signal,
    refreshMap: opts.refreshMap ?? (async () => undefined),
    map: f.view,
    ...(opts.health ? { health: opts.health } : {}),
    ...(opts.failoutTimeoutMs ? { failoutTimeoutMs: opts.failoutTimeoutMs } : {}),
    sleep: async () => undefined,
  });
  return new MetaClient(f.view as unknown as MapView, retry, new RequestTags(() => 7, 500));
}

const mkdirRoot = (m: MetaClient) => m.call(Rpc.mkdir, ROOT_ENTRY_ID, { cred, parentId: ROOT_ENTRY_ID, name: 'd', mode: 0o755 });

/** Rejects with `err` when the attempt's signal aborts (a request hanging on a paused primary). */
function hang(opts: AttemptOptions): Promise<unknown> {
  return new Promise((_resolve, reject) => opts.signal?.addEventListener('abort', () => reject(opts.signal?.reason), { once: true }));
}

describe('MetaClient: owners that are meta buddy groups', () => {
  it('routes the mirrored root and -G<hex> entries to the group\'s primary, unmirrored ones to their node', () => {
    const f = fakeView(groupMap(5, 2, 1), async () => ({}));
    const m = client(f);
    expect(m.serverOf(ROOT_ENTRY_ID)).toEqual({ kind: 'meta', id: 2, group: 200 });
    expect(m.serverOf('1A-5F00-GC8')).toEqual({ kind: 'meta', id: 2, group: 200 });
    expect(m.serverOf('1A-5F00-3')).toEqual({ kind: 'meta', id: 3 });
    f.setMap(groupMap(6, 2, 1, false));
    expect(m.serverOf(ROOT_ENTRY_ID)).toEqual({ kind: 'meta', id: 1 });
    expect(() => m.serverOf('1A-5F00-G7')).toThrow(expect.objectContaining({ code: ErrCode.UNKNOWN_GROUP }));
  });

  it('NOT_PRIMARY from a former primary: refreshes the map and resends to the new primary with the same tag', async () => {
    const f = fakeView(groupMap(5, 1, 2), async (node) => {
      if (node === 1) throw new HiveError(ErrCode.NOT_PRIMARY, 'meta node 1 is not the primary of group 200');
      return {};
    });
    let refreshes = 0;
    const m = client(f, { refreshMap: async () => (++refreshes, f.setMap(groupMap(6, 2, 1))) });
    await mkdirRoot(m);
    expect(f.sent.map((s) => s.nodeId)).toEqual([1, 2]);
    expect(refreshes).toBe(1);
    expect(f.sent[1]!.req.tag).toEqual(f.sent[0]!.req.tag);
    expect(f.sent[0]!.req.tag).toEqual({ clientId: 7, requestId: 500, doneBelow: 500 });
  });

  it('failover: an unreachable primary is retried until the map names the new primary, then the request goes there once, same tag', async () => {
    const f = fakeView(groupMap(5, 1, 2), async (node, n) => {
      if (node === 1) {
        if (n === 3) f.setMap(groupMap(6, 2, 1)); // mgmtd switched the group over meanwhile
        throw new HiveError(ErrCode.UNREACHABLE, 'meta node 1 does not answer');
      }
      return {};
    });
    const m = client(f);
    await m.call(Rpc.create, '1A-5F00-GC8', { cred, parentId: '1A-5F00-GC8', name: 'f', mode: 0o644 });
    expect(f.sent.map((s) => s.nodeId)).toEqual([1, 1, 1, 2]);
    expect(new Set(f.sent.map((s) => JSON.stringify(s.req.tag))).size).toBe(1);
  });

  it('an attempt hanging on the old primary ends when the map moves the primary, and goes to the new one', async () => {
    const f = fakeView(groupMap(5, 1, 2), (node, _n, opts) => (node === 1 ? hang(opts) : Promise.resolve({})));
    const m = client(f);
    const p = mkdirRoot(m);
    await waitFor(() => f.sent.length === 1, { what: 'the attempt on meta node 1' });
    f.setMap(groupMap(6, 2, 1));
    await p;
    expect(f.sent.map((s) => s.nodeId)).toEqual([1, 2]);
    expect(f.sent[1]!.req.tag).toEqual(f.sent[0]!.req.tag);
  });

  it('UNKNOWN_GROUP from a member whose map is behind: waits and resends instead of failing', async () => {
    const f = fakeView(groupMap(5, 1, 2), async (_node, n) => {
      if (n <= 3) throw new HiveError(ErrCode.UNKNOWN_GROUP, 'meta buddy group 200 is not in map version 4');
      return {};
    });
    let refreshes = 0;
    const m = client(f, { refreshMap: async () => void refreshes++ });
    await mkdirRoot(m);
    expect(f.sent.map((s) => s.nodeId)).toEqual([1, 1, 1, 1]);
    expect(refreshes).toBeGreaterThanOrEqual(1);
  });

  it('a group the map does not have (also after a refresh) fails with IO, sending nothing', async () => {
    const f = fakeView(groupMap(5, 1, 2), async () => ({}));
    await expect(client(f).call(Rpc.getAttr, '1A-5F00-G7', { cred, entryId: '1A-5F00-G7' })).rejects.toMatchObject({ code: ErrCode.IO });
    expect(f.sent).toEqual([]);
  });

  it('failout: an unreachable primary whose secondary can take over waits for the switch up to the failout deadline, then EIO', async () => {
    const health: ServerHealth = { downReason: () => undefined, watch: () => () => undefined, canSwitch: (s) => s.kind === 'meta' && s.group === 200 };
    const f = fakeView(groupMap(5, 1, 2), async () => {
      throw new HiveError(ErrCode.UNREACHABLE, 'meta node 1 does not answer');
    });
    const retry = new RetryPolicy({ mode: 'failout', signal: new AbortController().signal, refreshMap: async () => undefined, map: f.view, health, failoutTimeoutMs: 60 });
    const m = new MetaClient(f.view as unknown as MapView, retry);
    const t0 = performance.now();
    await expect(mkdirRoot(m)).rejects.toMatchObject({ code: ErrCode.IO });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(55);
    expect(f.sent.every((s) => s.opts.timeoutMs === 60)).toBe(true);

    const g = fakeView(groupMap(5, 1, 2), async (node) => {
      if (node === 1) {
        setTimeout(() => g.setMap(groupMap(6, 2, 1)), 5);
        throw new HiveError(ErrCode.UNREACHABLE, 'meta node 1 does not answer');
      }
      return {};
    });
    const m2 = new MetaClient(g.view as unknown as MapView, new RetryPolicy({ mode: 'failout', signal: new AbortController().signal, refreshMap: async () => undefined, map: g.view, health, failoutTimeoutMs: 5000 }));
    await mkdirRoot(m2);
    expect(g.sent.map((s) => s.nodeId)).toEqual([1, 2]);
  });

  it('failout: when the secondary cannot take over (not Good), an unreachable primary fails with EIO at once', async () => {
    const health: ServerHealth = { downReason: () => undefined, watch: () => () => undefined, canSwitch: () => false };
    const f = fakeView(groupMap(5, 1, 2), async () => {
      throw new HiveError(ErrCode.UNREACHABLE, 'meta node 1 does not answer');
    });
    const m = new MetaClient(f.view as unknown as MapView, new RetryPolicy({ mode: 'failout', signal: new AbortController().signal, refreshMap: async () => undefined, map: f.view, health, failoutTimeoutMs: 5000 }));
    const t0 = performance.now();
    await expect(mkdirRoot(m)).rejects.toMatchObject({ code: ErrCode.IO });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(f.sent).toHaveLength(1);
  });
});
