// What every storage RPC handler receives: the chunk store, the targets, a logger and the pool of read reply buffers.
import type { BufferPool, Logger } from '@hivefs/common';
import type { AnyRpcDef, Handler } from '@hivefs/protocol';
import type { ChunkStore } from '../chunk-store.js';
import type { TargetSet } from '../targets.js';

/** The components handlers may use (no sockets, no globals). */
export interface StorageContext {
  store: ChunkStore;
  targets: TargetSet;
  log: Logger;
  /** Buffers readChunk replies are read into; each comes back once the socket has sent it. */
  readBuffers: BufferPool;
}

/** Builds the handler of one RPC from the components. */
export type HandlerFactory<D extends AnyRpcDef> = (c: StorageContext) => Handler<D>;
