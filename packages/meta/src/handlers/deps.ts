// What the RPC handlers get from the daemon: the store that serves a request, and mirroring.
import type { AnyRpcDef, Handler } from '@hivefs/protocol';
import type { MetaMirror } from '../mirror/meta-mirror.js';
import type { SpaceGuard } from '../space-guard.js';
import type { MetaStore } from '../store/meta-store.js';

/** The daemon's parts that handlers use. */
export interface HandlerDeps {
  /**
   * The store that holds `routeId` (the parent directory of a name operation, the entry
   * otherwise): the node's own, or a meta buddy group's this node is primary of. Throws BUSY
   * while it is still starting, NOT_PRIMARY for a group this node is not primary of.
   */
  store(routeId: string): MetaStore;
  /** Every store this node serves now, its own first (BUSY while starting). */
  stores(): MetaStore[];
  /** Meta buddy mirroring (the journal and resync RPCs); BUSY while the daemon is still starting. */
  mirror(): MetaMirror;
  /**
   * Resolves once the node holds a map at least as new as `senderVersion` (the version the
   * request was routed by) when it can fetch it: routing and role checks then read that map.
   */
  catchUp(senderVersion: number): Promise<void>;
  /** Throws NO_SPACE when the store's file system is below its free-space reserve ({@link SpaceGuard}). */
  checkSpace(op: string): void;
}

/** Makes the handler of one RPC from the daemon's parts. */
export type HandlerFactory<D extends AnyRpcDef> = (deps: HandlerDeps) => Handler<D>;
