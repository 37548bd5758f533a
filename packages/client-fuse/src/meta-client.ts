// Routes meta RPCs by owner: the root to the map's root owner, any other entry to the owner in its
// id; a meta buddy group's entries go to the group's current primary.
import { ErrCode, HiveError, ROOT_ENTRY_ID, groupOfOwner, hivefs, isGroupOwner, metaNodeOfOwner, ownerNodeOf, rootOwnerOf, type AnyRpcDef, type MapView, type ReqOf, type RespOf } from '@hivefs/protocol';
import { TAGGED_RPCS, type RequestTags } from './request-tags.js';
import type { RetryPolicy } from './retry.js';
import type { Server } from './server-health.js';

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

  /**
   * The owner number of `entryId` (for a directory: its entries too): a meta node, or a meta
   * buddy group (groupOwner) for the entries of a group and for the root after --mirrormd.
   */
  ownerOf(entryId: string): number {
    if (entryId === ROOT_ENTRY_ID) {
      const root = rootOwnerOf(this.view.map);
      if (!root) throw new HiveError(ErrCode.UNKNOWN_NODE, `no meta node owns the root directory in map version ${this.view.version}`);
      return root;
    }
    const n = ownerNodeOf(entryId);
    if (!n) throw new HiveError(ErrCode.BAD_ENTRY_ID, `entry id '${entryId}' names no meta node`);
    return n;
  }

  /**
   * Where a request about `entryId` goes now: its meta node, or its group's current primary as
   * the map names it (with the group, so that the retry policy follows switchovers);
   * UNKNOWN_GROUP when the map has no such group.
   */
  serverOf(entryId: string): Server {
    const owner = this.ownerOf(entryId);
    if (!isGroupOwner(owner)) return { kind: 'meta', id: owner };
    return { kind: 'meta', id: metaNodeOfOwner(this.view.map, owner), group: groupOfOwner(owner) };
  }

  /**
   * Calls `def` on the owner of `routeId` (the directory for name operations, the entry
   * itself otherwise). Routing is resolved anew on every attempt (a group's primary may have
   * changed: NOT_PRIMARY and STALE_MAP answers refresh the map and go again). A mutating request gets a
   * RequestTag once, here: every resend (connection lost, re-routed after a map change) carries
   * the same tag, so meta runs it once and answers a resend with the stored reply.
   */
  call<D extends AnyRpcDef>(def: D, routeId: string, req: ReqOf<D>): Promise<RespOf<D>> {
    const tag = this.tags && TAGGED_RPCS.has(def) ? this.tags.begin() : undefined;
    const sent: ReqOf<D> = tag ? { ...req, tag } : req;
    const p = this.retry.run(
      def.name,
      () => this.serverOf(routeId),
      ({ id }, opts) => this.view.nodeClient(hivefs.NodeType.META, id).call(def, sent, opts),
      this.signal,
    );
    if (!tag) return p;
    const end = (): void => this.tags!.end(tag);
    p.then(end, end);
    return p;
  }
}
