// The client's presence at mgmtd: registration as a CLIENT node and the background heartbeat.
import { hostname } from 'node:os';
import type { Logger } from '@hivefs/common';
import { ErrCode, HiveError, Rpc, hivefs, startHeartbeats, type Heartbeats, type MapView } from '@hivefs/protocol';

/** Version string sent at registration. */
export const CLIENT_VERSION = '0.1.0';

/** What a ClientSession needs. */
export interface ClientSessionInit {
  view: MapView;
  log: Logger;
  /** Alias to register; empty means `<hostname>-<pid>`. */
  alias: string;
  heartbeatSecs: number;
  /** Deadline of a heartbeat (connRequestTimeoutMs; a beat waits at most two intervals anyway). */
  requestTimeoutMs: number;
}

/**
 * Registers with mgmtd, then heartbeats through the loop every node uses (backoff while mgmtd
 * fails, a log line when that starts and when it ends, registering again when mgmtd forgot us);
 * its timers do not keep the process alive.
 */
export class ClientSession {
  private nodeId = 0;
  private heartbeats: Heartbeats | undefined;

  constructor(private readonly init: ClientSessionInit) {}

  /** The node id mgmtd gave this client (0 before registration). */
  get clientId(): number {
    return this.nodeId;
  }

  /** Registers (keeping the id from an earlier registration) and returns the node id. */
  async register(): Promise<number> {
    const alias = this.init.alias || `${hostname()}-${process.pid}`;
    const r = await this.init.view.mgmtd.call(Rpc.registerNode, {
      type: hivefs.NodeType.CLIENT, nodeId: this.nodeId, alias, addrs: [], hostname: hostname(), version: CLIENT_VERSION, pid: process.pid,
    });
    if (!r.nodeId) throw new HiveError(ErrCode.BAD_MESSAGE, 'mgmtd registered this client without a node id');
    this.nodeId = r.nodeId;
    this.init.view.noteVersion(Number(r.mapVersion ?? 0));
    return this.nodeId;
  }

  /** Starts heartbeats every heartbeatSecs (a newer map version in a reply refreshes the map). */
  startHeartbeat(): void {
    const { view, log } = this.init;
    this.heartbeats ??= startHeartbeats({
      client: view.mgmtd,
      type: hivefs.NodeType.CLIENT,
      nodeId: () => this.nodeId,
      space: async () => [],
      intervalMs: this.init.heartbeatSecs * 1000,
      requestTimeoutMs: this.init.requestTimeoutMs,
      log,
      onMapVersion: (v) => view.noteVersion(v),
      reRegister: () => this.register(),
      keepAlive: false,
    });
  }

  /** Stops heartbeats (a beat under way ends on its own). */
  stop(): void {
    void this.heartbeats?.stop();
    this.heartbeats = undefined;
  }
}
