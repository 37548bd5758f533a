// Registers this meta node with mgmtd, retrying with backoff while mgmtd cannot be reached.
import { setTimeout as sleep } from 'node:timers/promises';
import { hostname } from 'node:os';
import type { Logger } from '@hivefs/common';
import { ErrCode, HiveError, hivefs, Rpc, type MapView } from '@hivefs/protocol';

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

const FIRST_BACKOFF_MS = 200;
const MAX_BACKOFF_MS = 5000;

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

  /** Registers, retrying retryable failures with exponential backoff until it works or the signal aborts. */
  async register(): Promise<number> {
    let backoff = FIRST_BACKOFF_MS;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.registerOnce();
      } catch (e) {
        if (!(e instanceof HiveError) || !e.retryable || this.init.signal.aborted) throw e;
        this.init.log.warn({ attempt, err: e.message, retryInMs: backoff }, 'registration with mgmtd failed; retrying');
      }
      await sleep(backoff, undefined, { signal: this.init.signal });
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
  }
}
