// Starts the metadata daemon: data dir, LevelDB, RPC server, mgmtd registration, heartbeats, root, session reclaim.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { advertisedAddresses, loadAuthSecret, notifySystemdReady, cachedStore, openLevelStore, writeFormat, type KvStore, type Logger } from '@hivefs/common';
import { indexPrefixes } from './store/prefix-index.js';
import { ErrCode, fail, hivefs, MapView, RpcServer, startHeartbeats, type Heartbeats } from '@hivefs/protocol';
import { checkMetaConfig, listenPort, mgmtdPort, rootPattern, type MetaConfig } from './config.js';
import { prepareMetaDir, type MetaFormat } from './format.js';
import { registerHandlers } from './handlers/index.js';
import { storeSpace } from './heartbeat.js';
import { StripeChooser } from './layout/stripe-chooser.js';
import { mapClients } from './map-clients.js';
import { Registration } from './registration.js';
import { SessionReclaimer } from './session-reclaimer.js';
import { RpcChunkService } from './storage-client.js';
import { MetaStore } from './store/meta-store.js';
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

/** Owns the daemon's resources in start order, so stop (or a failed start) releases them. */
class MetaDaemon {
  private readonly aborter = new AbortController();
  private kv: KvStore | undefined;
  private server: RpcServer | undefined;
  private view: MapView | undefined;
  private heartbeats: Heartbeats | undefined;
  private reclaimer: SessionReclaimer | undefined;
  private store: MetaStore | undefined;
  nodeId = 0;
  port = 0;

  constructor(private readonly cfg: MetaConfig, private readonly log: Logger) {}

  /** 1. format + LevelDB, 2. listen, 3. register, 4. map, 5. store + root, 6. heartbeats + session reclaim, ready. */
  async start(secret: Buffer | null): Promise<void> {
    const dir = this.cfg.storeMetaDirectory;
    const format = await prepareMetaDir(dir);
    // meta is the only writer of its store: reads are cached, sessions and xattr names are indexed in memory.
    this.kv = await indexPrefixes(cachedStore(await openLevelStore(join(dir, 'db')), { maxEntries: this.cfg.tuneMetaCacheEntries }));
    await this.listen(secret);
    const view = new MapView({ mgmtdHost: this.cfg.sysMgmtdHost, mgmtdPort: mgmtdPort(this.cfg), secret, log: this.log, timeoutMs: this.cfg.connRequestTimeoutMs, maxFrameBytes: this.cfg.connMaxFrameBytes });
    this.view = view;
    const registration = await this.register(view, format);
    await view.refresh().catch((e: Error) => this.log.warn({ err: e.message }, 'first map fetch failed; heartbeats will retry'));
    const store = await this.openStore(view);
    this.heartbeats = this.startHeartbeats(view, registration);
    store.ledger.startSweeps(this.cfg.sysRequestLedgerSecs * 1000, this.log.child({ component: 'reply-ledger' }));
    this.reclaimer = new SessionReclaimer({ sessions: store, replies: store.ledger, clients: mapClients(view), graceMs: this.cfg.sysSessionReclaimSecs * 1000, log: this.log.child({ component: 'session-reclaim' }) });
    this.reclaimer.start();
    this.log.info({ port: this.port, nodeId: this.nodeId }, 'ready');
    notifySystemdReady();
  }

  private async listen(secret: Buffer | null): Promise<void> {
    const server = new RpcServer({ service: 'meta', secret, log: this.log, maxFrameBytes: this.cfg.connMaxFrameBytes, mapVersion: () => this.view?.version ?? 0, nodeId: () => this.nodeId });
    registerHandlers(server, { store: () => this.store ?? fail(ErrCode.BUSY, 'the meta service is still starting') });
    this.server = server;
    this.port = (await server.listen(listenPort(this.cfg), this.cfg.connListenHost)).port;
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

  /** Heartbeats with the space of the store's file system; registers again when mgmtd forgot us. */
  private startHeartbeats(view: MapView, registration: Registration): Heartbeats {
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
      intervalMs: this.cfg.sysHeartbeatIntervalSecs * 1000,
      requestTimeoutMs: this.cfg.connRequestTimeoutMs,
      log,
      onMapVersion: (v) => {
        if (v > view.version) this.store?.kickRecovery();
        view.noteVersion(v);
      },
      reRegister: () => registration.registerOnce(),
    });
  }

  private async openStore(view: MapView): Promise<MetaStore> {
    const chooser = new StripeChooser({ mode: this.cfg.tuneTargetChooser, map: () => view.map, log: this.log.child({ component: 'stripe-chooser' }) });
    const chunks = new RpcChunkService(view, { timeoutMs: this.cfg.connRequestTimeoutMs, lengthsTimeoutMs: STORAGE_QUERY_TIMEOUT_MS, statTimeoutMs: STORAGE_QUERY_TIMEOUT_MS });
    const peers = new RpcMetaPeers(view, { dirOwner: this.cfg.tuneDirOwnerChooser, timeoutMs: this.cfg.connRequestTimeoutMs });
    const store = await MetaStore.open({ kv: this.kv!, nodeId: this.nodeId, chunks, chooseTargets: (p) => chooser.choose(p), log: this.log.child({ component: 'store' }), peers });
    if (await store.ensureRoot(rootPattern(this.cfg))) this.log.info({ chunkSize: this.cfg.tuneDefaultChunkSize, numTargets: this.cfg.tuneDefaultNumTargets }, 'root directory created');
    const left = await store.recoverAtStart(START_RECOVERY_MS);
    if (left !== 0) this.log.warn({ left }, 'intents of operations across meta nodes still pending at start; the recovery runner goes on');
    this.store = store;
    store.startRecovery();
    void store.purgeOrphans().then(
      ({ purged, kept }) => purged + kept > 0 && this.log.info({ purged, kept }, 'orphan sweep: removed the unlinked inodes no session holds, kept the open ones'),
      (e: Error) => this.log.warn({ err: e.message }, 'orphan sweep failed'),
    );
    return store;
  }

  /** Stops timers, the server and the clients, then closes the store. Safe to call after a failed start. */
  async stop(): Promise<void> {
    this.aborter.abort();
    // Chunk removals still to do stay recorded on disk and resume at the next start.
    this.store?.stopDisposals();
    await this.store?.stopRecovery().catch(() => undefined);
    await this.reclaimer?.stop().catch(() => undefined);
    await this.store?.ledger.stop().catch(() => undefined);
    await this.heartbeats?.stop();
    await this.server?.close();
    this.view?.close();
    this.store = undefined;
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
