// The client's presence at mgmtd: registration as a CLIENT node and the background heartbeat.
import { hostname } from 'node:os';
import type { Logger } from '@hivefs/common';
import { ErrCode, HiveError, Rpc, hivefs, type MapView } from '@hivefs/protocol';

/** Version string sent at registration. */
export const CLIENT_VERSION = '0.1.0';

/** What a ClientSession needs. */
export interface ClientSessionInit {
  view: MapView;
  log: Logger;
  /** Alias to register; empty means `<hostname>-<pid>`. */
  alias: string;
  heartbeatSecs: number;
}

/** Registers with mgmtd, then heartbeats on an unref'd timer; re-registers when mgmtd forgot us. */
export class ClientSession {
  private nodeId = 0;
  private timer: NodeJS.Timeout | undefined;
  private beating = false;

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

  /** Starts heartbeats every heartbeatSecs; the timer does not keep the process alive. */
  startHeartbeat(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.beat(), this.init.heartbeatSecs * 1000);
    this.timer.unref();
  }

  /** Stops heartbeats. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Sends one heartbeat; a newer map version in the reply triggers a map refresh. */
  async beat(): Promise<void> {
    if (this.beating) return;
    this.beating = true;
    try {
      const r = await this.init.view.mgmtd.call(Rpc.heartbeat, { type: hivefs.NodeType.CLIENT, nodeId: this.nodeId, targets: [] });
      this.init.view.noteVersion(Number(r.mapVersion ?? 0));
    } catch (e) {
      if (e instanceof HiveError && e.code === ErrCode.UNKNOWN_NODE) await this.register().catch((err: Error) => this.warn(err));
      else this.warn(e as Error);
    } finally {
      this.beating = false;
    }
  }

  private warn(e: Error): void {
    this.init.log.warn({ err: e.message }, 'heartbeat to mgmtd failed');
  }
}
