// The storage daemon: open and lock targets, listen, register with mgmtd, serve chunks, heartbeat.
import { hostname as osHostname } from 'node:os';
import { BufferPool, advertisedAddresses, loadAuthSecret, type Logger, notifySystemdReady } from '@hivefs/common';
import { MapView, RpcServer, hivefs, startHeartbeats, type Heartbeats } from '@hivefs/protocol';
import { cachedReadsUnavailable } from '@hivefs/nowait-io';
import { ChunkStore } from './chunk-store.js';
import { checkStorageConfig, listenPort, mgmtdPort, type StorageConfig } from './config.js';
import { registerStorageHandlers } from './handlers/index.js';
import { Mirror } from './mirror/mirror.js';
import { targetsSpace } from './heartbeat.js';
import { registerNode, registerTarget, type RegistrationInit } from './registration.js';
import { openTargetDirs, persistIds, type OpenedTarget } from './target-open.js';
import { TargetSet, makeTarget } from './targets.js';

/** What startStorage needs besides the config. */
export interface StorageDeps {
  log: Logger;
  /** Aborts start-up (e.g. while waiting for mgmtd). */
  signal?: AbortSignal;
  /** Shared secret; default: loadAuthSecret(config). */
  secret?: Buffer | null;
  /** Host name for the default alias; default os.hostname(). */
  hostname?: string;
}

/** A running storage daemon. */
export interface StorageService {
  port: number;
  nodeId: number;
  /** Ids of the served targets, in storeStorageDirectory order. */
  targets: number[];
  /** Stops heartbeats and the server, closes chunk files and releases the target locks. */
  stop(): Promise<void>;
}

/** Starts a storage daemon; resolves after the `ready` line is logged. */
export async function startStorage(config: StorageConfig, deps: StorageDeps): Promise<StorageService> {
  checkStorageConfig(config);
  const log = deps.log;
  const secret = deps.secret !== undefined ? deps.secret : await loadAuthSecret(config);
  // 1. Read the format files and lock every target directory.
  const opened = await openTargetDirs(config.storeStorageDirectory, log);
  const state = { nodeId: opened.nodeId };
  const view = new MapView({ mgmtdHost: config.sysMgmtdHost, mgmtdPort: mgmtdPort(config), secret, log, timeoutMs: config.connRequestTimeoutMs, maxFrameBytes: config.connMaxFrameBytes });
  const server = new RpcServer({
    service: 'storage', secret, log, maxFrameBytes: config.connMaxFrameBytes, mapVersion: () => view.version, nodeId: () => state.nodeId,
    payloadPool: new BufferPool(WRITE_PAYLOAD_POOL_BYTES),
  });
  let serving: Serving | undefined;
  const release = async (): Promise<void> => {
    await server.close();
    await serving?.mirror.close();
    await serving?.store.close();
    view.close();
    await Promise.all(opened.targets.map((t) => t.lock.release()));
  };
  try {
    // 2. Listen. Targets whose ids are all known are served at once, even while mgmtd is down.
    const { port } = await server.listen(listenPort(config), config.connListenHost);
    log.info({ port }, 'listening');
    const known = opened.nodeId > 0 && opened.targets.every((t) => t.format.targetNumID > 0);
    if (known) serving = serveChunks(server, view, config, log, opened.targets.map((t) => t.format.targetNumID), opened.targets);
    // 3. Register node and targets (mgmtd assigns missing ids; they are persisted).
    const reg: RegistrationInit = {
      client: view.mgmtd, log, alias: config.sysNodeAlias, addrs: advertisedAddresses(config.connListenHost, port),
      hostname: deps.hostname ?? osHostname(), ...(deps.signal ? { signal: deps.signal } : {}),
    };
    state.nodeId = await registerNode(reg, state.nodeId);
    const ids = await registerTargets(reg, state.nodeId, opened.targets);
    serving ??= serveChunks(server, view, config, log, ids, opened.targets);
    // 4. Fetch the map, heartbeat, announce readiness.
    view.refresh().catch((e: Error) => log.warn({ err: e.message }, 'fetching the cluster map failed; keeping the cached map'));
    const heartbeats = heartbeatsFor(config, view, serving, reg, state.nodeId, opened.targets);
    log.info({ service: 'storage', port, nodeId: state.nodeId, targets: ids }, 'ready');
    notifySystemdReady();
    return { port, nodeId: state.nodeId, targets: ids, stop: async () => {
      await heartbeats.stop();
      await release();
    } };
  } catch (e) {
    await release();
    throw e;
  }
}

/** Idle write payload buffers kept for reuse (payloads that spanned socket reads): a few clients' writes in flight. */
const WRITE_PAYLOAD_POOL_BYTES = 32 * 1024 * 1024;

/** Idle read reply buffers kept for reuse: a few clients' read-ahead windows. */
const READ_BUFFER_POOL_BYTES = 32 * 1024 * 1024;

/** The chunk store and the targets it serves. */
interface Serving {
  store: ChunkStore;
  targets: TargetSet;
  mirror: Mirror;
}

/** Creates the chunk store of the targets and registers the chunk RPC handlers. */
function serveChunks(server: RpcServer, view: MapView, config: StorageConfig, log: Logger, ids: number[], opened: OpenedTarget[]): Serving {
  const targets = new TargetSet(opened.map((t, i) => makeTarget(ids[i]!, t.dir)));
  // the nowait-io addon: reads of cached data on the event loop, early write-out of written data
  const unavailable = config.tuneCachedReadMaxKiB > 0 || config.tuneEarlyWritebackKiB > 0 ? cachedReadsUnavailable() : undefined;
  if (unavailable) log.warn(`every chunk read goes through the thread pool and written data waits for the kernel's own writeback: ${unavailable}`);
  const cachedReadMax = unavailable ? 0 : config.tuneCachedReadMaxKiB * 1024;
  const earlyWritebackBytes = unavailable ? 0 : config.tuneEarlyWritebackKiB * 1024;
  const store = new ChunkStore({ targets, maxOpenFiles: config.tuneNumOpenChunkFiles, cachedReadMax, earlyWritebackBytes, log: log.child({ component: 'chunk-store' }) });
  const mirror = new Mirror({ view, targets, store, log: log.child({ component: 'mirror' }), forwardTimeoutMs: config.tuneMirrorForwardTimeoutMs });
  registerStorageHandlers(server, { store, targets, log, readBuffers: new BufferPool(READ_BUFFER_POOL_BYTES), mirror });
  return { store, targets, mirror };
}

/** Registers every target in order and stores assigned ids in its format.conf. */
async function registerTargets(reg: RegistrationInit, nodeId: number, targets: OpenedTarget[]): Promise<number[]> {
  const ids: number[] = [];
  for (const t of targets) {
    const id = await registerTarget(reg, nodeId, t.format.targetNumID, t.dir);
    await persistIds(t, nodeId, id);
    ids.push(id);
  }
  return ids;
}

function heartbeatsFor(config: StorageConfig, view: MapView, serving: Serving, reg: RegistrationInit, nodeId: number, opened: OpenedTarget[]): Heartbeats {
  const log = reg.log.child({ component: 'heartbeat' });
  return startHeartbeats({
    client: view.mgmtd,
    type: hivefs.NodeType.STORAGE,
    nodeId: () => nodeId,
    space: () => targetsSpace(serving.targets.all(), log),
    resyncing: () => serving.mirror.resyncingTargets(),
    onReply: (resp, sentAtMs) => serving.mirror.onHeartbeatReply(resp, sentAtMs),
    intervalMs: config.sysHeartbeatIntervalSecs * 1000,
    requestTimeoutMs: config.connRequestTimeoutMs,
    log,
    onMapVersion: (v) => view.noteVersion(v),
    reRegister: async (signal) => {
      const again = { ...reg, signal };
      await registerTargets(again, await registerNode(again, nodeId), opened);
    },
  });
}
