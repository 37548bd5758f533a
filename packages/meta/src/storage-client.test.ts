import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hivefs, MapView, Rpc, RpcServer } from '@hivefs/protocol';
import { RpcChunkService } from './storage-client.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const S = hivefs.NodeType.STORAGE;

describe('RpcChunkService', () => {
  const lengthCalls: number[][] = [];
  const unlinkCalls: string[][] = [];
  let fast: RpcServer;
  let stuck: RpcServer;
  let view: MapView;
  let service: RpcChunkService;

  beforeAll(async () => {
    fast = new RpcServer({ service: 'storage', secret: null, log: quiet })
      .handle(Rpc.getChunkLengths, (r) => {
        lengthCalls.push(r.targetIds);
        // entry 'OLD-1-1' is answered as a storage daemon from before blocks were reported does
        return { lengths: r.targetIds.map((t) => t * 10), blocks: r.entryId === 'OLD-1-1' ? [] : r.targetIds.map((t) => t + 1) };
      })
      .handle(Rpc.truncateChunk, (r) => ({ blocks: r.length / 512 }))
      .handle(Rpc.unlinkChunks, (r) => {
        unlinkCalls.push(r.chunks.map((c) => `${c.entryId}@${c.targetId}`));
        return { results: r.chunks.map((c) => (c.entryId === 'BAD' ? { code: 1234, message: 'refused' } : { existed: true })) };
      })
      .handle(Rpc.statTargets, () => ({ targets: [{ targetId: 101, totalBytes: 10, freeBytes: 5, usedBytes: 4, totalInodes: 3, freeInodes: 1, fsId: 'h:1' }, { targetId: 999, totalBytes: 1 }] }));
    stuck = new RpcServer({ service: 'storage', secret: null, log: quiet }).handle(Rpc.statTargets, () => new Promise<never>(() => undefined));
    const a = await fast.listen(0, '127.0.0.1');
    const b = await stuck.listen(0, '127.0.0.1');
    view = new MapView({ mgmtdHost: '127.0.0.1', mgmtdPort: 1, secret: null, log: quiet });
    view.map = hivefs.ClusterMap.create({
      version: 1,
      nodes: [
        { type: S, nodeId: 1, addrs: [{ host: '127.0.0.1', port: a.port }] },
        { type: S, nodeId: 2, addrs: [{ host: '127.0.0.1', port: b.port }] },
        { type: S, nodeId: 3, addrs: [] },
      ],
      targets: [101, 102].map((targetId) => ({ targetId, nodeId: 1, nodeType: S })).concat([{ targetId: 201, nodeId: 2, nodeType: S }, { targetId: 301, nodeId: 3, nodeType: S }]),
    });
    service = new RpcChunkService(view, { lengthsTimeoutMs: 500, statTimeoutMs: 300, timeoutMs: 500 });
  });

  afterAll(async () => {
    view?.close();
    await fast?.close();
    await stuck?.close();
  });

  it('asks each storage node once for the lengths and blocks of its targets, in the caller order', async () => {
    expect(await service.chunkLengths('1-1-1', [{ targetId: 102 }, { targetId: 101 }])).toEqual({ lengths: [1020, 1010], blocks: [103, 102] });
    expect(lengthCalls).toEqual([[102, 101]]);
    expect(await service.chunkLengths('OLD-1-1', [{ targetId: 101 }])).toEqual({ lengths: [1010], blocks: undefined });
  });

  it('truncate resolves the blocks the chunk file holds afterwards', async () => {
    expect(await service.truncate('1-1-1', { targetId: 101 }, 4096)).toBe(8);
  });

  it('statfs leaves out nodes that time out, have no address, and targets the map does not know', async () => {
    expect(await service.targetSpaces()).toEqual([{ targetId: 101, totalBytes: 10, freeBytes: 5, usedBytes: 4, totalInodes: 3, freeInodes: 1, fsId: 'h:1' }]);
  });

  it('unlinkMany sends one request per node and answers every ref in order: removed, refused, unreachable, unknown', async () => {
    const refs = [
      { entryId: 'A', targetId: 101 }, { entryId: 'A', targetId: 201 }, { entryId: 'BAD', targetId: 102 },
      { entryId: 'B', targetId: 555 }, { entryId: 'B', targetId: 102 }, { entryId: 'C', targetId: 301 },
    ];
    const out = await service.unlinkMany(refs);
    expect(out.map((o) => o.ok)).toEqual([true, false, false, false, true, false]);
    expect(out[2]).toMatchObject({ error: 'refused' });
    expect(out[3]).toMatchObject({ error: expect.stringContaining('555') });
    expect(unlinkCalls).toEqual([['A@101', 'BAD@102', 'B@102']]); // node 2 does not serve unlinkChunks; node 3 has no address
  });

  it('rejects for targets the map does not know', async () => {
    await expect(service.truncate('1-1-1', { targetId: 555 }, 0)).rejects.toMatchObject({ message: expect.stringContaining('target 555') });
  });
});
