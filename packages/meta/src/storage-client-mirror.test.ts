// RpcChunkService and buddy-mirrored files: requests go to each group's current primary with the group id, re-routed after NOT_PRIMARY.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ErrCode, fail, hivefs, MapView, Rpc, RpcServer } from '@hivefs/protocol';
import { RpcChunkService } from './storage-client.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const S = hivefs.NodeType.STORAGE;

/** Two storage nodes: 1 serves targets 101 and 102, 2 serves 201 and 202. Group 1 = 101/201, group 2 = 102/202. */
describe('RpcChunkService with buddy groups', () => {
  /** Requests seen, as `node:rpc:targetId/groupId`. */
  const seen: string[] = [];
  /** Targets each node considers primaries (what storage answers NOT_PRIMARY by). */
  const primaries = new Set<number>();
  const servers: RpcServer[] = [];
  let mapVersion = 1;
  let mgmtd: RpcServer;
  let view: MapView;
  let service: RpcChunkService;
  let serverMap: hivefs.IClusterMap;

  const storage = (node: number): RpcServer => {
    const check = (rpc: string, targetId: number, groupId: number): void => {
      seen.push(`${node}:${rpc}:${targetId}/${groupId}`);
      if (groupId && !primaries.has(targetId)) fail(ErrCode.NOT_PRIMARY, `target ${targetId} is not the primary of group ${groupId}`);
    };
    return new RpcServer({ service: 'storage', secret: null, log: quiet, mapVersion: () => mapVersion })
      .handle(Rpc.truncateChunk, (r) => (check('truncate', r.targetId, r.groupId), { blocks: 1 }))
      .handle(Rpc.getChunkLengths, (r) => {
        r.targetIds.forEach((t, i) => check('lengths', t, r.groupIds[i] ?? 0));
        return { lengths: r.targetIds.map((t) => t), blocks: r.targetIds.map(() => 2) };
      })
      .handle(Rpc.unlinkChunks, (r) => {
        return {
          results: r.chunks.map((c) => {
            seen.push(`${node}:unlink:${c.targetId}/${c.groupId}`);
            return c.groupId && !primaries.has(c.targetId ?? 0) ? { code: ErrCode.NOT_PRIMARY, message: 'not primary' } : { existed: true };
          }),
        };
      });
  };

  const group = (groupId: number, primaryId: number, secondaryId: number): hivefs.IBuddyGroup => ({ groupId, nodeType: S, primaryId, secondaryId, storagePoolId: 1 });

  beforeAll(async () => {
    const ports: number[] = [];
    for (const node of [1, 2]) {
      const s = storage(node);
      servers.push(s);
      ports.push((await s.listen(0, '127.0.0.1')).port);
    }
    serverMap = {
      version: 1,
      nodes: [1, 2].map((nodeId, i) => ({ type: S, nodeId, addrs: [{ host: '127.0.0.1', port: ports[i]! }] })),
      targets: [101, 102, 201, 202].map((targetId) => ({ targetId, nodeId: Math.floor(targetId / 100), nodeType: S })),
      groups: [group(1, 101, 201), group(2, 102, 202)],
    };
    mgmtd = new RpcServer({ service: 'mgmtd', secret: null, log: quiet }).handle(Rpc.getMap, () => ({ map: serverMap }));
    const m = await mgmtd.listen(0, '127.0.0.1');
    view = new MapView({ mgmtdHost: '127.0.0.1', mgmtdPort: m.port, secret: null, log: quiet });
    await view.refresh();
    service = new RpcChunkService(view, { lengthsTimeoutMs: 500, statTimeoutMs: 300, timeoutMs: 500 });
  });

  beforeEach(async () => {
    seen.length = 0;
    primaries.clear();
    for (const t of [101, 102]) primaries.add(t);
    serverMap = { ...serverMap, version: 1, groups: [group(1, 101, 201), group(2, 102, 202)] };
    mapVersion = 1;
    view.map = undefined;
    await view.refresh();
  });

  afterAll(async () => {
    view?.close();
    await mgmtd?.close();
    for (const s of servers) await s.close();
  });

  /** mgmtd switches group 1 over to 201 (storage knows; meta's cached map does not yet). */
  const switchGroup1 = (): void => {
    serverMap = { ...serverMap, version: 2, groups: [group(1, 201, 101), group(2, 102, 202)] };
    primaries.delete(101);
    primaries.add(201);
  };

  it('truncate, lengths and unlinks go to each group\'s primary with the group id set', async () => {
    expect(await service.truncate('1-1-1', { groupId: 1 }, 10)).toBe(1);
    expect(await service.chunkLengths('1-1-1', [{ groupId: 2 }, { groupId: 1 }])).toEqual({ lengths: [102, 101], blocks: [2, 2] });
    expect(await service.unlinkMany([{ entryId: 'A', groupId: 1 }, { entryId: 'A', groupId: 2 }])).toEqual([{ ok: true }, { ok: true }]);
    expect(seen).toEqual(['1:truncate:101/1', '1:lengths:102/2', '1:lengths:101/1', '1:unlink:101/1', '1:unlink:102/2']);
  });

  it('NOT_PRIMARY after a switchover: meta refreshes its map and sends again to the new primary', async () => {
    switchGroup1();
    expect(await service.truncate('1-1-1', { groupId: 1 }, 10)).toBe(1);
    expect(seen).toEqual(['1:truncate:101/1', '2:truncate:201/1']);
    expect(view.version).toBe(2);

    view.map = { ...view.map!, version: 1, groups: [group(1, 101, 201), group(2, 102, 202)] } as hivefs.ClusterMap; // stale again
    seen.length = 0;
    expect(await service.chunkLengths('1-1-1', [{ groupId: 1 }, { groupId: 2 }])).toEqual({ lengths: [201, 102], blocks: [2, 2] });
    expect(seen.filter((s) => s.startsWith('2:'))).toEqual(['2:lengths:201/1']);

    view.map = { ...view.map!, version: 1, groups: [group(1, 101, 201), group(2, 102, 202)] } as hivefs.ClusterMap;
    seen.length = 0;
    expect(await service.unlinkMany([{ entryId: 'A', groupId: 1 }, { entryId: 'A', groupId: 2 }, { entryId: 'A', targetId: 202 }])).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(seen.filter((s) => s.includes(':unlink:101') || s.includes(':unlink:201'))).toEqual(['1:unlink:101/1', '2:unlink:201/1']);
  });

  it('a group whose members both do not answer fails its refs (kept for a later retry) without holding up the others', async () => {
    serverMap = { ...serverMap, version: 3, groups: [group(1, 101, 201), group(2, 102, 202), group(3, 301, 302)], targets: [...serverMap.targets!, { targetId: 301, nodeId: 3, nodeType: S }, { targetId: 302, nodeId: 3, nodeType: S }], nodes: [...serverMap.nodes!, { type: S, nodeId: 3, addrs: [{ host: '127.0.0.1', port: 1 }] }] };
    await view.refresh();
    const out = await service.unlinkMany([{ entryId: 'A', groupId: 3 }, { entryId: 'A', groupId: 1 }, { entryId: 'A', groupId: 9 }]);
    expect(out[1]).toEqual({ ok: true });
    expect(out[0]).toMatchObject({ ok: false });
    expect(out[2]).toMatchObject({ ok: false, error: expect.stringContaining('buddy group 9') });
    await expect(service.truncate('1-1-1', { groupId: 3 }, 0)).rejects.toMatchObject({ code: ErrCode.UNREACHABLE });
  });

  it('a primary that keeps answering NOT_PRIMARY is asked only a few times', async () => {
    primaries.clear();
    await expect(service.truncate('1-1-1', { groupId: 1 }, 10)).rejects.toMatchObject({ code: ErrCode.NOT_PRIMARY });
    expect(seen).toEqual(['1:truncate:101/1', '1:truncate:101/1', '1:truncate:101/1']);
  });
});
