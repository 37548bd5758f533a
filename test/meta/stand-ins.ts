// In-test stand-ins for mgmtd and one storage node (RpcServer answering only what meta asks).
// Used only by the meta process test; the real-cluster tests use the real daemons.
import { ErrCode, HiveError, hivefs, Rpc, RpcServer } from '@hivefs/protocol';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** Space the stand-in storage node reports for its two targets. */
export const TARGET_SPACE = [
  { targetId: 101, totalBytes: 1_000_000, freeBytes: 400_000, totalInodes: 1000, freeInodes: 500 },
  { targetId: 102, totalBytes: 2_000_000, freeBytes: 100_000, totalInodes: 2000, freeInodes: 1500 },
];

/** A storage node serving targets 101 and 102 that records chunk calls. */
export class StorageStandIn {
  readonly truncates: hivefs.ITruncateChunkReq[] = [];
  readonly unlinks: hivefs.IUnlinkChunkReq[] = [];
  readonly lengths = new Map<string, number>();
  port = 0;
  private readonly server: RpcServer;

  constructor(secret: Buffer) {
    this.server = new RpcServer({ service: 'storage', secret, log: quiet })
      .handle(Rpc.truncateChunk, (r) => (this.truncates.push(r), this.lengths.set(`${r.entryId}/${r.targetId}`, Number(r.length)), {}))
      .handle(Rpc.unlinkChunk, (r) => (this.unlinks.push(r), { existed: this.lengths.delete(`${r.entryId}/${r.targetId}`) }))
      .handle(Rpc.unlinkChunks, (r) => ({
        results: r.chunks.map((c) => {
          this.unlinks.push({ entryId: c.entryId ?? '', targetId: c.targetId ?? 0 });
          return { existed: this.lengths.delete(`${c.entryId}/${c.targetId}`) };
        }),
      }))
      .handle(Rpc.getChunkLengths, (r) => ({ lengths: r.targetIds.map((t) => this.lengths.get(`${r.entryId}/${t}`) ?? 0) }))
      .handle(Rpc.statTargets, () => ({ targets: TARGET_SPACE }));
  }

  async start(): Promise<void> {
    this.port = (await this.server.listen(0, '127.0.0.1')).port;
  }

  close(): Promise<void> {
    return this.server.close();
  }
}

/** A mgmtd that registers one meta node, takes heartbeats and serves a fixed map. */
export class MgmtdStandIn {
  readonly registrations: hivefs.IRegisterNodeReq[] = [];
  readonly heartbeats: hivefs.IHeartbeatReq[] = [];
  getMaps = 0;
  version = 1;
  /** Answer the next heartbeat with UNKNOWN_NODE. */
  forgetNode = false;
  port = 0;
  private server: RpcServer | undefined;
  private meta: hivefs.INodeInfo | undefined;

  constructor(private readonly secret: Buffer, private readonly storagePort: number, private readonly assignId = 7) {}

  /** Listens on `port` (0: a free one; reuse the old port to come back after close). */
  async start(port = 0): Promise<void> {
    const s = new RpcServer({ service: 'mgmtd', secret: this.secret, log: quiet, mapVersion: () => this.version });
    s.handle(Rpc.registerNode, (r) => {
      this.registrations.push(r);
      this.meta = { type: r.type, nodeId: r.nodeId || this.assignId, alias: r.alias, addrs: r.addrs, reachability: hivefs.Reachability.ONLINE };
      return { nodeId: this.meta.nodeId, mapVersion: this.version };
    });
    s.handle(Rpc.heartbeat, (r) => {
      if (this.forgetNode) {
        this.forgetNode = false;
        throw new HiveError(ErrCode.UNKNOWN_NODE, `node ${r.nodeId} is not registered`);
      }
      this.heartbeats.push(r);
      return { mapVersion: this.version };
    });
    s.handle(Rpc.getMap, () => (this.getMaps++, { map: this.map() }));
    this.server = s;
    this.port = (await s.listen(port, '127.0.0.1')).port;
  }

  async close(): Promise<void> {
    await this.server?.close();
  }

  map(): hivefs.IClusterMap {
    const t = (targetId: number) => ({ targetId, nodeId: 1, nodeType: hivefs.NodeType.STORAGE, reachability: hivefs.Reachability.ONLINE, consistency: hivefs.Consistency.GOOD, capacityPool: hivefs.CapacityPool.NORMAL, storagePoolId: 1 });
    return {
      version: this.version,
      nodes: [
        ...(this.meta ? [this.meta] : []),
        { type: hivefs.NodeType.STORAGE, nodeId: 1, alias: 'storage01', addrs: [{ host: '127.0.0.1', port: this.storagePort }], reachability: hivefs.Reachability.ONLINE },
      ],
      targets: [t(101), t(102)],
      pools: [{ poolId: 1, alias: 'Default', targetIds: [101, 102] }],
    };
  }
}
