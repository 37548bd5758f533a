// StorageIo over loopback RPC to in-process fake storage nodes: unmirrored stripes go to their target, mirrored ones to their group's primary with the group id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hivefs, MapView, Rpc, RpcServer } from '@hivefs/protocol';
import { RetryPolicy } from './retry.js';
import { StorageIo, type FileLayout } from './storage-io.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const S = hivefs.NodeType.STORAGE;

describe('StorageIo routing', () => {
  /** Requests seen: `node:rpc:targetId/groupId`. */
  const seen: string[] = [];
  const servers: RpcServer[] = [];
  let view: MapView;
  let io: StorageIo;

  beforeAll(async () => {
    const ports: number[] = [];
    for (const node of [1, 2]) {
      const note = (rpc: string, r: { targetId: number; groupId?: number }): void => void seen.push(`${node}:${rpc}:${r.targetId}/${r.groupId ?? 0}`);
      const s = new RpcServer({ service: 'storage', secret: null, log: quiet })
        .handle(Rpc.writeChunk, (r, ctx) => (note('write', r), { written: ctx.payload?.length ?? 0, blocks: 8 }))
        .handle(Rpc.readChunk, (r) => (note('read', r), { length: 0 }))
        .handle(Rpc.fsyncChunk, (r) => (note('fsync', r), {}));
      servers.push(s);
      ports.push((await s.listen(0, '127.0.0.1')).port);
    }
    view = new MapView({ mgmtdHost: '127.0.0.1', mgmtdPort: 1, secret: null, log: quiet });
    view.map = hivefs.ClusterMap.create({
      version: 1,
      nodes: [1, 2].map((nodeId, i) => ({ type: S, nodeId, addrs: [{ host: '127.0.0.1', port: ports[i]! }] })),
      targets: [101, 201].map((targetId) => ({ targetId, nodeId: Math.floor(targetId / 100), nodeType: S })),
      groups: [{ groupId: 7, nodeType: S, primaryId: 201, secondaryId: 101, storagePoolId: 1 }],
    });
    io = new StorageIo(view, new RetryPolicy({ mode: 'failover', signal: new AbortController().signal, refreshMap: async () => undefined }));
  });

  afterAll(async () => {
    view?.close();
    for (const s of servers) await s.close();
  });

  it('writes, reads and fsyncs of a mirrored stripe go to the group\'s primary with the group id; unmirrored ones carry none', async () => {
    const mirrored: FileLayout = { entryId: '1-1-1', chunkSize: 65536, ids: [7], mirrored: true };
    const plain: FileLayout = { entryId: '1-1-2', chunkSize: 65536, ids: [101], mirrored: false };
    expect(await io.writeChunk(mirrored, 0, 0, Buffer.from('abc'))).toEqual({ attempts: 1, blocks: 8 });
    await io.readChunk(mirrored, 0, 0, 3);
    await io.fsync(mirrored, [0]);
    await io.writeChunk(plain, 0, 0, Buffer.from('abc'));
    await io.readChunk(plain, 0, 0, 3);
    await io.fsync(plain, [0]);
    expect(seen).toEqual(['2:write:201/7', '2:read:201/7', '2:fsync:201/7', '1:write:101/0', '1:read:101/0', '1:fsync:101/0']);
  });
});
