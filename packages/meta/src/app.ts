// Starts the metadata daemon: data dir, LevelDB, RPC server, mgmtd registration, heartbeats, root,
// session reclaim, meta buddy mirroring.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { advertisedAddresses, loadAuthSecret, notifySystemdReady, cachedStore, logReopens, openLevelStore, writeFormat, type KvStore, type Logger } from '@hivefs/common';
import { indexPrefixes } from './store/prefix-index.js';
import { hivefs, MapView, RpcServer, startHeartbeats, type Heartbeats } from '@hivefs/protocol';
import { checkMetaConfig, listenPort, mgmtdPort, rootPattern, type MetaConfig } from './config.js';
import { prepareMetaDir, type MetaFormat } from './format.js';
import { registerHandlers } from './handlers/index.js';
import { storeSpace } from './heartbeat.js';
import { SpaceGuard } from './space-guard.js';
import { StripeChooser } from './layout/stripe-chooser.js';
import { MetaMirror } from './mirror/meta-mirror.js';
import { rootMovedOut } from './mirror/root-move.js';
import { StoreRouter } from './mirror/store-router.js';
import { Registration } from './registration.js';
import { ServedStore, type StoreServices } from './served-store.js';
import { RpcChunkService } from './storage-client.js';
import { RpcMetaPeers } from './peers.js';

/** What the daemon gets from its host process. */
export interface MetaDeps {
  log: Logger;
  /** The shared secret; loaded from connAuthFile when undefined. */
  secret?: Buffer | null;
  /** The config file that was read (for error messages). */
  cfgFile?: string;
}

/** A running metadata daemon. */
export interface RunningMeta {
  port: number;
  nodeId: number;
  stop(): Promise<void>;
}

const VERSION = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
/** Deadline of statTargets for statfs and of chunk lengths for a stat. */
const STORAGE_QUERY_TIMEOUT_MS = 2000;
/** How long a start waits for the intents a crash left pending before serving anyway. */
const START_RECOVERY_MS = 3000;
/** How often a meta buddy group's journal is compacted. */
const COMPACT_EVERY_MS = 30_000;

/** Owns the daemon's resources in start order, so stop (or a failed start) releases them. */
class MetaDaemon {
  private readonly aborter = new AbortController();
  private kv: KvStore | undefined;
  private server: RpcServer | undefined;
  private view: MapView | undefined;
  private heartbeats: Heartbeats | undefined;
  private own: ServedStore | undefined;
  private mirror: MetaMirror | undefined;
  private space: SpaceGuard | undefined;
  nodeId = 0;
  port = 0;

  constructor(private readonly cfg: MetaConfig, private readonly log: Logger) {}

  /**
   * 1. format + LevelDB, 2. listen, 3. register, 4. map, 5. own store + root (with its background
   * work), 6. meta buddy group member, 7. heartbeats (lease), ready.
   */
  async start(secret: Buffer | null): Promise<void> {
    const dir = this.cfg.storeMetaDirectory;
    const format = await prepareMetaDir(dir);
    // meta is the only writer of its store: reads are cached, sessions and xattr names are indexed in memory.
    this.kv = await indexPrefixes(cachedStore(await openLevelStore(join(dir, 'db'), { onReopen: logReopens(this.log), syncReads: this.cfg.tuneMetaSyncReads }), { maxEntries: this.cfg.tuneMetaCacheEntries }));
    this.space = new SpaceGuard({ dir, minFreeBytes: this.cfg.tuneMetaMinFreeSpace, log: this.log.child({ component: 'space' }) });
    await this.space.refresh();
    await this.listen(secret);
    const view = new MapView({ mgmtdHost: this.cfg.sysMgmtdHost, mgmtdPort: mgmtdPort(this.cfg), secret, log: this.log, timeoutMs: this.cfg.connRequestTimeoutMs, maxFrameBytes: this.cfg.connMaxFrameBytes });
    this.view = view;
    const registration = await this.register(view, format);
    await view.refresh().catch((e: Error) => this.log.warn({ err: e.message }, 'first map fetch failed; heartbeats will retry'));
    const services = this.storeServices(view);
    this.own = await ServedStore.open(services, this.kv!, this.nodeId, {}, async (store) => {
      // once the root moved into a group (or the map says it will), it is never made here again
      if (view.map?.rootGroupId || (await rootMovedOut(this.kv!))) return;
      if (await store.ensureRoot(rootPattern(this.cfg))) this.log.info({ chunkSize: this.cfg.tuneDefaultChunkSize, numTargets: this.cfg.tuneDefaultNumTargets }, 'root directory created');
    });
    this.mirror = this.startMirror(view, services);
    await this.mirror.sync();
    this.heartbeats = this.startHeartbeats(view, registration, this.mirror);
    this.log.info({ port: this.port, nodeId: this.nodeId }, 'ready');
    notifySystemdReady();
  }

  private async listen(secret: Buffer | null): Promise<void> {
    const server = new RpcServer({ service: 'meta', secret, log: this.log, maxFrameBytes: this.cfg.connMaxFrameBytes, mapVersion: () => this.view?.version ?? 0, nodeId: () => this.nodeId });
    const router = new StoreRouter({ view: () => this.view, own: () => this.own?.store, mirror: () => this.mirror });
    registerHandlers(server, {
      store: (routeId) => router.forRoute(routeId),
      stores: () => router.all(),
      mirror: () => router.mirror(),
      catchUp: (senderVersion) => this.catchUp(senderVersion),
      checkSpace: (op) => this.space?.check(op),
    });
    this.server = server;
    this.port = (await server.listen(listenPort(this.cfg), this.cfg.connListenHost)).port;
  }

  /** Fetches the map when a request was routed by a newer one than this node holds. */
  private async catchUp(senderVersion: number): Promise<void> {
    const view = this.view;
    if (!view || senderVersion <= view.version) return;
    await view.refresh().catch((e: Error) => this.log.warn({ err: e.message, senderVersion }, 'map refresh for a newer sender failed; using the cached map'));
  }

  /** Registers with mgmtd (retrying while it is down) and persists an assigned node id. */
  private async register(view: MapView, format: MetaFormat): Promise<Registration> {
    const addrs = advertisedAddresses(this.cfg.connListenHost, this.port);
    const reg = new Registration({ view, log: this.log, alias: this.cfg.sysNodeAlias, addrs, version: VERSION, signal: this.aborter.signal }, format.nodeNumID);
    await reg.register();
    this.nodeId = reg.nodeId;
    if (format.nodeNumID === 0) {
      await writeFormat(this.cfg.storeMetaDirectory, { ...format, nodeNumID: reg.nodeId });
      this.log.info({ nodeId: reg.nodeId }, 'node id assigned by mgmtd; saved in format.conf');
    }
    return reg;
  }

  /**
   * Heartbeats with the space of the store's file system; their replies grant the primary lease;
   * registers again when mgmtd forgot us.
   */
  private startHeartbeats(view: MapView, registration: Registration, mirror: MetaMirror): Heartbeats {
    const dir = this.cfg.storeMetaDirectory;
    const log = this.log.child({ component: 'heartbeat' });
    return startHeartbeats({
      client: view.mgmtd,
      type: hivefs.NodeType.META,
      nodeId: () => this.nodeId,
      space: () => storeSpace(dir, this.nodeId).then((s) => [s], (e: Error) => {
        log.warn({ err: e.message }, 'statfs of the store failed; left out of the heartbeat');
        return [];
      }),
      resyncing: () => mirror.resyncing(),
      onReply: (resp, sentAtMs) => mirror.onHeartbeatReply(resp, sentAtMs),
      intervalMs: this.cfg.sysHeartbeatIntervalSecs * 1000,
      requestTimeoutMs: this.cfg.connRequestTimeoutMs,
      log,
      onMapVersion: (v) => {
        if (v > view.version) for (const s of [this.own?.store, ...mirror.servedStores()]) s?.kickRecovery();
        view.noteVersion(v);
      },
      reRegister: () => registration.registerOnce(),
    });
  }

  /** What the node's own store and every group store share. */
  private storeServices(view: MapView): StoreServices {
    const chooser = new StripeChooser({ mode: this.cfg.tuneTargetChooser, map: () => view.map, log: this.log.child({ component: 'stripe-chooser' }) });
    return {
      view,
      chunks: new RpcChunkService(view, { timeoutMs: this.cfg.connRequestTimeoutMs, lengthsTimeoutMs: STORAGE_QUERY_TIMEOUT_MS, statTimeoutMs: STORAGE_QUERY_TIMEOUT_MS }),
      chooseTargets: (p) => chooser.choose(p),
      peers: new RpcMetaPeers(view, { dirOwner: this.cfg.tuneDirOwnerChooser, timeoutMs: this.cfg.connRequestTimeoutMs }),
      ledgerMaxAgeMs: this.cfg.sysRequestLedgerSecs * 1000,
      reclaimGraceMs: this.cfg.sysSessionReclaimSecs * 1000,
      startRecoveryMs: START_RECOVERY_MS,
      log: this.log,
    };
  }

  private startMirror(view: MapView, services: StoreServices): MetaMirror {
    const c = this.cfg;
    return new MetaMirror({
      view, nodeId: this.nodeId, kv: this.kv!, log: this.log.child({ component: 'meta-mirror' }), services,
      compaction: { keepSeconds: c.tuneMetaJournalKeepSecs, keepBytes: c.tuneMetaJournalKeepSize, hardCapBytes: c.tuneMetaJournalHardCap },
      compactEveryMs: COMPACT_EVERY_MS, timeoutMs: c.connRequestTimeoutMs, cacheEntries: c.tuneMetaCacheEntries,
    });
  }

  /** Stops timers, the server and the clients, then closes the store. Safe to call after a failed start. */
  async stop(): Promise<void> {
    this.aborter.abort();
    await this.mirror?.close().catch((e: Error) => this.log.warn({ err: e.message }, 'stopping meta buddy mirroring failed'));
    // Chunk removals still to do stay recorded on disk and resume at the next start.
    await this.own?.stop();
    await this.heartbeats?.stop();
    await this.server?.close();
    this.view?.close();
    this.own = undefined;
    this.mirror = undefined;
    await this.kv?.close();
  }
}

/**
 * Starts hivefs-meta with a loaded config. Resolves once it is registered, serving and has
 * logged 'ready'; rejects (after releasing what it opened) when it cannot start.
 */
export async function startMeta(cfg: MetaConfig, deps: MetaDeps): Promise<RunningMeta> {
  checkMetaConfig(cfg);
  const secret = deps.secret !== undefined ? deps.secret : await loadAuthSecret(cfg, deps.cfgFile);
  const d = new MetaDaemon(cfg, deps.log);
  try {
    await d.start(secret);
  } catch (e) {
    await d.stop().catch(() => undefined);
    throw e;
  }
  return { port: d.port, nodeId: d.nodeId, stop: () => d.stop() };
}
