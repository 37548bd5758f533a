// What every storage RPC handler receives: the chunk store, the targets, a logger, the pool of read reply buffers and the mirror.
import type { BufferPool, Logger } from '@hivefs/common';
import type { AnyRpcDef, Handler } from '@hivefs/protocol';
import type { ChunkStore } from '../chunk-store.js';
import type { Mirror } from '../mirror/mirror.js';
import type { TargetSet } from '../targets.js';

/** The components handlers may use (no sockets, no globals). */
export interface StorageContext {
  store: ChunkStore;
  targets: TargetSet;
  log: Logger;
  /** Buffers readChunk replies are read into; each comes back once the socket has sent it. */
  readBuffers: BufferPool;
  /** Buddy mirroring: checks, forwarding, dirty sets, resync jobs. */
  mirror: Mirror;
}

/** Builds the handler of one RPC from the components. */
export type HandlerFactory<D extends AnyRpcDef> = (c: StorageContext) => Handler<D>;
