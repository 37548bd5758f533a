// Routes meta RPCs: the root to map.rootNodeId, any other entry to the meta node encoded in its id.
import { ErrCode, HiveError, ROOT_ENTRY_ID, hivefs, ownerNodeOf, type AnyRpcDef, type MapView, type ReqOf, type RespOf } from '@hivefs/protocol';
import { TAGGED_RPCS, type RequestTags } from './request-tags.js';
import type { RetryPolicy } from './retry.js';

/** Sends meta requests to the owner of the entry they address, under the failure mode. */
export class MetaClient {
  /**
   * `tags`: the mount's request ids (exactly once); without it requests go untagged.
   * `signal`: ends every request of this client (see {@link boundTo}).
   */
  constructor(private readonly view: MapView, private readonly retry: RetryPolicy, private readonly tags?: RequestTags, private readonly signal?: AbortSignal) {}

  /** This client for one operation: its requests, and their waits for a server, end with INTERRUPTED when `signal` aborts. */
  boundTo(signal: AbortSignal): MetaClient {
    return new MetaClient(this.view, this.retry, this.tags, signal);
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
   * itself otherwise). Routing is resolved anew on every attempt. A mutating request gets a
   * RequestTag once, here: every resend (connection lost, re-routed after a map change) carries
   * the same tag, so meta runs it once and answers a resend with the stored reply.
   */
  call<D extends AnyRpcDef>(def: D, routeId: string, req: ReqOf<D>): Promise<RespOf<D>> {
    const tag = this.tags && TAGGED_RPCS.has(def) ? this.tags.begin() : undefined;
    const sent: ReqOf<D> = tag ? { ...req, tag } : req;
    const p = this.retry.run(
      def.name,
      () => ({ kind: 'meta', id: this.nodeOf(routeId) }),
      ({ id }, opts) => this.view.nodeClient(hivefs.NodeType.META, id).call(def, sent, opts),
      this.signal,
    );
    if (!tag) return p;
    const end = (): void => this.tags!.end(tag);
    p.then(end, end);
    return p;
  }
}
