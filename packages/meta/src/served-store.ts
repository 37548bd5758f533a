// A MetaStore as the daemon serves it: opened, recovered, with its background work (intent
// recovery, reply-ledger sweeps, session reclaim, chunk disposal, orphan sweep) and its stop.
// The node's own store and each meta buddy group's store while this node is its primary are one.
import type { KvStore, Logger } from '@hivefs/common';
import type { MapView } from '@hivefs/protocol';
import { mapClients } from './map-clients.js';
import type { MetaPeers } from './intents/peers.js';
import { SessionReclaimer } from './session-reclaimer.js';
import type { ChunkService, TargetChooser } from './store/context.js';
import { MetaStore } from './store/meta-store.js';

/** What every served store shares (one set per daemon). */
export interface StoreServices {
  view: MapView;
  chunks: ChunkService;
  chooseTargets: TargetChooser;
  peers: MetaPeers;
  /** sysRequestLedgerSecs in ms. */
  ledgerMaxAgeMs: number;
  /** sysSessionReclaimSecs in ms. */
  reclaimGraceMs: number;
  /** How long a start waits for the intents a crash left pending before serving anyway. */
  startRecoveryMs: number;
  /** The daemon's logger (each store's parts log as children of it). */
  log: Logger;
}

/** A store with its background work running. */
export class ServedStore {
  private constructor(readonly store: MetaStore, readonly kv: KvStore, private readonly reclaimer: SessionReclaimer) {}

  /**
   * Opens a store over `kv` whose new entries name `owner` (a node id or a group owner number),
   * runs one recovery pass (at most startRecoveryMs) and starts the background work. `prepare`
   * runs on the store before that (e.g. ensureRoot). `fields` mark its log lines (e.g. the group).
   */
  static async open(s: StoreServices, kv: KvStore, owner: number, fields: Record<string, unknown>, prepare?: (store: MetaStore) => Promise<void>): Promise<ServedStore> {
    const log = s.log.child(fields);
    const store = await MetaStore.open({ kv, nodeId: owner, chunks: s.chunks, chooseTargets: s.chooseTargets, log: log.child({ component: 'store' }), peers: s.peers });
    try {
      await prepare?.(store);
      const left = await store.recoverAtStart(s.startRecoveryMs);
      if (left !== 0) log.warn({ left }, 'intents of operations across meta nodes still pending at start; the recovery runner goes on');
    } catch (e) {
      store.stopDisposals();
      throw e;
    }
    store.startRecovery();
    store.ledger.startSweeps(s.ledgerMaxAgeMs, log.child({ component: 'reply-ledger' }));
    const reclaimer = new SessionReclaimer({ sessions: store, replies: store.ledger, clients: mapClients(s.view), graceMs: s.reclaimGraceMs, log: log.child({ component: 'session-reclaim' }) });
    reclaimer.start();
    void store.purgeOrphans().then(
      ({ purged, kept }) => purged + kept > 0 && log.info({ purged, kept }, 'orphan sweep: removed the unlinked inodes no session holds, kept the open ones'),
      (e: Error) => log.warn({ err: e.message }, 'orphan sweep failed'),
    );
    return new ServedStore(store, kv, reclaimer);
  }

  /** Stops the background work; chunk removals still to do stay recorded and resume at the next open. */
  async stop(): Promise<void> {
    this.store.stopDisposals();
    await this.store.stopRecovery().catch(() => undefined);
    await this.reclaimer.stop().catch(() => undefined);
    await this.store.ledger.stop().catch(() => undefined);
  }
}
