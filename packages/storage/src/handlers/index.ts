// The one table of storage RPC handlers and its registration on an RpcServer.
import { Rpc, type AnyRpcDef, type RpcServer } from '@hivefs/protocol';
import type { HandlerFactory, StorageContext } from './context.js';
import { fsyncChunk } from './fsync-chunk.js';
import { getResyncStats } from './get-resync-stats.js';
import { listChunks } from './list-chunks.js';
import { resyncChunk } from './resync-chunk.js';
import { startResync } from './start-resync.js';
import { getChunkLengths } from './get-chunk-lengths.js';
import { readChunk } from './read-chunk.js';
import { statTargets } from './stat-targets.js';
import { truncateChunk } from './truncate-chunk.js';
import { unlinkChunk } from './unlink-chunk.js';
import { unlinkChunks } from './unlink-chunks.js';
import { writeChunk } from './write-chunk.js';

export type { StorageContext } from './context.js';

interface Route {
  readonly def: AnyRpcDef;
  register(server: RpcServer, c: StorageContext): void;
}

const route = <D extends AnyRpcDef>(def: D, make: HandlerFactory<D>): Route => ({
  def,
  register: (server, c) => void server.handle(def, make(c)),
});

/** Every RPC the storage daemon serves (ping is built into RpcServer). */
export const STORAGE_ROUTES: readonly Route[] = [
  route(Rpc.writeChunk, writeChunk),
  route(Rpc.readChunk, readChunk),
  route(Rpc.truncateChunk, truncateChunk),
  route(Rpc.unlinkChunk, unlinkChunk),
  route(Rpc.unlinkChunks, unlinkChunks),
  route(Rpc.fsyncChunk, fsyncChunk),
  route(Rpc.getChunkLengths, getChunkLengths),
  route(Rpc.statTargets, statTargets),
  route(Rpc.resyncChunk, resyncChunk),
  route(Rpc.listChunks, listChunks),
  route(Rpc.startResync, startResync),
  route(Rpc.getResyncStats, getResyncStats),
];

/** Registers every storage handler on `server`. */
export function registerStorageHandlers(server: RpcServer, c: StorageContext): void {
  for (const r of STORAGE_ROUTES) r.register(server, c);
}
