// Registers this meta node with mgmtd, retrying with backoff while mgmtd cannot be reached.
import { hostname } from 'node:os';
import type { Logger } from '@hivefs/common';
import { ErrCode, HiveError, hivefs, Rpc, untilAnswered, type MapView } from '@hivefs/protocol';

/** What registration needs to know about this node. */
export interface RegistrationInit {
  view: MapView;
  log: Logger;
  /** Configured alias; '' lets mgmtd name the node <hostname>-meta-<nodeId>. */
  alias: string;
  addrs: hivefs.INodeAddr[];
  version: string;
  /** Stops the retry loop (daemon shutting down). */
  signal: AbortSignal;
}

/** Registers one node; keeps the node id once known. */
export class Registration {
  constructor(private readonly init: RegistrationInit, private nodeIdKnown: number) {}

  /** The node id (0 until registered when none was configured). */
  get nodeId(): number {
    return this.nodeIdKnown;
  }

  /** One registration attempt; returns mgmtd's map version. */
  async registerOnce(): Promise<number> {
    const req = { type: hivefs.NodeType.META, nodeId: this.nodeIdKnown, alias: this.init.alias, addrs: this.init.addrs, hostname: hostname(), version: this.init.version, pid: process.pid };
    const r = await this.init.view.mgmtd.call(Rpc.registerNode, req, { signal: this.init.signal });
    if (this.nodeIdKnown && r.nodeId !== this.nodeIdKnown) {
      throw new HiveError(ErrCode.ID_CONFLICT, `mgmtd registered this meta node as ${r.nodeId}, but its directory is formatted for node ${this.nodeIdKnown}`);
    }
    this.nodeIdKnown = r.nodeId;
    return Number(r.mapVersion);
  }

  /**
   * Registers, retrying while mgmtd does not answer (backoff as storage's), until it works or the
   * signal aborts; a refusal (also of our authentication) is thrown at once.
   */
  register(): Promise<number> {
    return untilAnswered('registerNode', () => this.registerOnce(), this.init.log, this.init.signal);
  }
}
