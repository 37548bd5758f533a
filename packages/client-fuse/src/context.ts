// The components one VFS instance is made of, handed to its operation modules (no module-level state).
import type { BufferPool, Logger } from '@hivefs/common';
import type { MapView } from '@hivefs/protocol';
import type { CloseBatcher } from './close-batcher.js';
import type { ClientConfig } from './config.js';
import type { HandleTable } from './handles.js';
import type { HiddenFiles } from './hidden.js';
import type { MetaClient } from './meta-client.js';
import type { PathCache } from './path-cache.js';
import type { ReadAheadBudget } from './reader.js';
import type { Resolver } from './resolver.js';
import type { Statahead } from './statahead.js';
import type { StorageIo } from './storage-io.js';

/** Everything the operation modules of one VFS share. */
export interface VfsContext {
  config: ClientConfig;
  log: Logger;
  view: MapView;
  meta: MetaClient;
  storage: StorageIo;
  cache: PathCache;
  resolver: Resolver;
  handles: HandleTable;
  /** Names libfuse hid files unlinked while open under (the same object as `resolver.hidden`). */
  hidden: HiddenFiles;
  pool: BufferPool;
  /** What all read-ahead of this mount may hold at once (absent: no cap). */
  readAheadBudget?: ReadAheadBudget;
  /** Ends the sessions of released handles with nothing to report, several per request (absent: each release closes on its own). */
  closes?: CloseBatcher;
  /** Told of own changes to directories (absent in tests that do not use it). */
  statahead?: Statahead;
  /** This client's node id at mgmtd (0 until registered). */
  clientId(): number;
  /**
   * The operation's own signal (a FUSE request the kernel can interrupt); absent for library calls
   * and for work that outlives an operation. Set by {@link opContext}.
   */
  signal?: AbortSignal;
}

/**
 * The context of one operation with its own signal: its meta requests (`meta`, and `resolver`'s
 * lookups) end with INTERRUPTED (EINTR) when the signal aborts, also while waiting for a server in
 * failover mode; its waits check `signal` themselves (file-io, file-ops). `storage` stays the
 * shared one: write-behind and read-ahead made during an operation outlive it, so foreground
 * storage calls pass `signal` explicitly.
 */
export function opContext(ctx: VfsContext, signal: AbortSignal): VfsContext {
  const meta = ctx.meta.boundTo(signal);
  return { ...ctx, signal, meta, resolver: ctx.resolver.boundTo(meta) };
}
