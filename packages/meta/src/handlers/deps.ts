// What the RPC handlers get from the daemon: access to the store once it is ready.
import type { AnyRpcDef, Handler } from '@hivefs/protocol';
import type { MetaStore } from '../store/meta-store.js';

/** The daemon's parts that handlers use. */
export interface HandlerDeps {
  /** The store; throws BUSY while the daemon is still starting. */
  store(): MetaStore;
}

/** Makes the handler of one RPC from the daemon's parts. */
export type HandlerFactory<D extends AnyRpcDef> = (deps: HandlerDeps) => Handler<D>;
