// What every storage RPC handler receives: the chunk store, the targets and a logger.
import type { Logger } from '@hivefs/common';
import type { AnyRpcDef, Handler } from '@hivefs/protocol';
import type { ChunkStore } from '../chunk-store.js';
import type { TargetSet } from '../targets.js';

/** The components handlers may use (no sockets, no globals). */
export interface StorageContext {
  store: ChunkStore;
  targets: TargetSet;
  log: Logger;
}

/** Builds the handler of one RPC from the components. */
export type HandlerFactory<D extends AnyRpcDef> = (c: StorageContext) => Handler<D>;
