// A service's or client's cached copy of the cluster map, refreshed when a newer version is seen,
// and the RPC clients to the nodes it names.
import { EventEmitter } from 'node:events';
import { hivefs } from '../../gen/proto.js';
import { ErrCode, HiveError } from '../errors.js';
import { Rpc } from '../msg-types.js';
import { RpcClient, type RpcClientInit } from './client.js';
import type { LoggerLike } from './server.js';

export interface MapViewInit {
  mgmtdHost: string;
  mgmtdPort: number;
  secret: Buffer | null;
  log: LoggerLike;
  timeoutMs?: number;
  maxFrameBytes?: number;
  poolSize?: number;
}

/**
 * Holds the latest cluster map. Replies from any peer carry the peer's map version; a newer
 * one triggers a refresh (one at a time). Emits 'map' with each new map. Every request in flight
 * to a buddy group, and every wait for a server, listens for 'map' while it lasts (a switchover
 * re-routes it at once), so the listener count follows the load: no leak warning at 11.
 */
export class MapView extends EventEmitter {
  map: hivefs.ClusterMap | undefined;
  readonly mgmtd: RpcClient;
  private refreshing: Promise<hivefs.ClusterMap> | undefined;
  private wanted = 0;
  private readonly clients = new Map<string, RpcClient>();
  private closed = false;

  constructor(private readonly init: MapViewInit) {
    super();
    this.setMaxListeners(0);
    this.mgmtd = this.clientAt(init.mgmtdHost, init.mgmtdPort);
  }

  /** Version of the cached map (0 before the first fetch). */
  get version(): number {
    return this.map?.version ?? 0;
  }

  /** Fetches the map now (coalesced with a fetch already under way). */
  refresh(): Promise<hivefs.ClusterMap> {
    if (this.closed) return Promise.reject(new HiveError(ErrCode.SHUTTING_DOWN, 'map view closed'));
    if (this.refreshing) return this.refreshing;
    const wantedAtStart = this.wanted;
    const p = this.mgmtd.call(Rpc.getMap, {}).then((r) => {
      const map = r.map as hivefs.ClusterMap;
      if (!this.map || map.version >= this.map.version) {
        this.map = map;
        this.emit('map', map);
      }
      return this.map;
    });
    this.refreshing = p.finally(() => {
      this.refreshing = undefined;
      // Fetch again only for a newer version noted while this fetch ran; otherwise the next
      // reply that carries a newer version asks again (no busy loop while mgmtd lags or is down).
      if (this.wanted > wantedAtStart && this.wanted > this.version) void this.refresh().catch(() => undefined);
      else if (this.wanted > this.version) this.wanted = this.version;
    });
    return this.refreshing;
  }

  /** Notes a map version seen on the wire; refreshes in the background when it is newer. */
  noteVersion(v: number): void {
    if (this.closed) return;
    if (v <= this.version || v <= this.wanted) return;
    this.wanted = v;
    this.refresh().catch((e: Error) => this.init.log.warn({ err: e.message }, 'map refresh failed; keeping the cached map'));
  }

  /** A node of the map, or undefined. */
  node(type: hivefs.NodeType, nodeId: number): hivefs.INodeInfo | undefined {
    return this.map?.nodes.find((n) => n.type === type && n.nodeId === nodeId);
  }

  /** A target (storage) or meta node seen as a target. */
  target(targetId: number, type: hivefs.NodeType = hivefs.NodeType.STORAGE): hivefs.ITargetInfo | undefined {
    return this.map?.targets.find((t) => t.targetId === targetId && (t.nodeType ?? hivefs.NodeType.STORAGE) === type);
  }

  /** RPC client of a node; throws UNKNOWN_NODE when the map does not have it. */
  nodeClient(type: hivefs.NodeType, nodeId: number): RpcClient {
    const n = this.node(type, nodeId);
    const a = n?.addrs?.[0];
    if (!a?.host || !a.port) throw new HiveError(ErrCode.UNKNOWN_NODE, `no address for ${hivefs.NodeType[type]} node ${nodeId} in map version ${this.version}`);
    return this.clientAt(a.host, a.port);
  }

  /** RPC client of the storage node serving a target. */
  targetClient(targetId: number): RpcClient {
    const t = this.target(targetId);
    if (!t) throw new HiveError(ErrCode.UNKNOWN_TARGET_ID, `target ${targetId} is not in map version ${this.version}`);
    return this.nodeClient(hivefs.NodeType.STORAGE, t.nodeId ?? 0);
  }

  /** RPC client for an address, shared by everyone using this view. */
  clientAt(host: string, port: number): RpcClient {
    const key = `${host}:${port}`;
    let c = this.clients.get(key);
    if (!c) {
      const init: RpcClientInit = {
        host,
        port,
        secret: this.init.secret,
        mapVersion: () => this.version,
        onMapVersion: (v) => this.noteVersion(v),
        ...(this.init.timeoutMs ? { timeoutMs: this.init.timeoutMs } : {}),
        ...(this.init.maxFrameBytes ? { maxFrameBytes: this.init.maxFrameBytes } : {}),
        ...(this.init.poolSize ? { poolSize: this.init.poolSize } : {}),
      };
      c = new RpcClient(init);
      this.clients.set(key, c);
    }
    return c;
  }

  /** Closes every client. */
  close(): void {
    this.closed = true;
    for (const c of this.clients.values()) c.close();
    this.clients.clear();
  }
}
