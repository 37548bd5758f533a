// Routes meta RPCs: the root to map.rootNodeId, any other entry to the meta node encoded in its id.
import { ErrCode, HiveError, ROOT_ENTRY_ID, hivefs, ownerNodeOf, type AnyRpcDef, type MapView, type ReqOf, type RespOf } from '@hivefs/protocol';
import type { RetryPolicy } from './retry.js';

/** Sends meta requests to the owner of the entry they address, under the failure mode. */
export class MetaClient {
  /** `signal`: ends every request of this client (see {@link boundTo}). */
  constructor(private readonly view: MapView, private readonly retry: RetryPolicy, private readonly signal?: AbortSignal) {}

  /** This client for one operation: its requests, and their waits for a server, end with INTERRUPTED when `signal` aborts. */
  boundTo(signal: AbortSignal): MetaClient {
    return new MetaClient(this.view, this.retry, signal);
  }

  /** The meta node that owns `entryId` (for a directory: its entries too). */
  nodeOf(entryId: string): number {
    if (entryId === ROOT_ENTRY_ID) {
      const root = this.view.map?.rootNodeId ?? 0;
      if (!root) throw new HiveError(ErrCode.UNKNOWN_NODE, `no meta node owns the root directory in map version ${this.view.version}`);
      return root;
    }
    const n = ownerNodeOf(entryId);
    if (!n) throw new HiveError(ErrCode.BAD_ENTRY_ID, `entry id '${entryId}' names no meta node`);
    return n;
  }

  /**
   * Calls `def` on the owner of `routeId` (the directory for name operations, the entry
   * itself otherwise). Routing is resolved anew on every attempt.
   */
  call<D extends AnyRpcDef>(def: D, routeId: string, req: ReqOf<D>): Promise<RespOf<D>> {
    return this.retry.run(
      def.name,
      () => ({ kind: 'meta', id: this.nodeOf(routeId) }),
      ({ id }, opts) => this.view.nodeClient(hivefs.NodeType.META, id).call(def, req, opts),
      this.signal,
    );
  }
}
