// A tiny in-test mgmtd stand-in (RpcServer): registerNode/registerTarget/heartbeat/getMap only.
import { ErrCode, HiveError, RpcServer, Rpc, hivefs } from '@hivefs/protocol';
import { createLogger } from '@hivefs/common';

/** Records what the storage daemon told "mgmtd"; forget() simulates an mgmtd that lost its state. */
export class MgmtdStandIn {
  readonly nodes = new Map<number, hivefs.IRegisterNodeReq>();
  readonly targets = new Map<number, number>(); // target id -> node id
  readonly heartbeats: hivefs.HeartbeatReq[] = [];
  registerNodeCalls = 0;
  version = 1;
  port = 0;
  private server: RpcServer | undefined;

  constructor(private readonly secret: Buffer | null) {}

  /** Listens on 127.0.0.1 (port 0: a free one). */
  async start(port = 0): Promise<number> {
    const log = createLogger({ service: 'mgmtd-stand-in', level: 'fatal' });
    const s = new RpcServer({ service: 'mgmtd', secret: this.secret, log, mapVersion: () => this.version });
    s.handle(Rpc.registerNode, (req) => {
      this.registerNodeCalls++;
      const id = req.nodeId || Math.max(0, ...this.nodes.keys()) + 1;
      this.nodes.set(id, { ...req, nodeId: id });
      return { nodeId: id, mapVersion: ++this.version };
    });
    s.handle(Rpc.registerTarget, (req) => {
      if (!this.nodes.has(req.nodeId)) throw new HiveError(ErrCode.UNKNOWN_NODE, `node ${req.nodeId} is not registered`);
      const id = req.targetId || Math.max(100, ...this.targets.keys()) + 1;
      this.targets.set(id, req.nodeId);
      return { targetId: id, mapVersion: ++this.version };
    });
    s.handle(Rpc.heartbeat, (req) => {
      if (!this.nodes.has(req.nodeId)) throw new HiveError(ErrCode.UNKNOWN_NODE, `node ${req.nodeId} is not registered`);
      this.heartbeats.push(req);
      return { mapVersion: this.version };
    });
    s.handle(Rpc.getMap, () => ({ map: this.map() }));
    this.server = s;
    this.port = (await s.listen(port, '127.0.0.1')).port;
    return this.port;
  }

  /** Drops every registration (heartbeats then get UNKNOWN_NODE). */
  forget(): void {
    this.nodes.clear();
    this.targets.clear();
    this.version++;
  }

  async stop(): Promise<void> {
    await this.server?.close();
    this.server = undefined;
  }

  private map(): hivefs.IClusterMap {
    return {
      version: this.version,
      nodes: [...this.nodes.values()].map((n) => ({ type: n.type ?? 0, nodeId: n.nodeId ?? 0, alias: n.alias ?? '', addrs: n.addrs ?? [] })),
      targets: [...this.targets].map(([targetId, nodeId]) => ({ targetId, nodeId, nodeType: hivefs.NodeType.STORAGE })),
    };
  }
}
