// Periodically closes the open-file sessions (and drops the stored replies) of clients that have been missing from the cluster map for a grace period.
import type { LoggerLike } from '@hivefs/protocol';

/** Where the reclaimer learns which clients exist: the CLIENT nodes of the cluster map. */
export interface ClientDirectory {
  /** Client ids of the cached map (may lag mgmtd by a heartbeat); undefined before any map. */
  cached(): ReadonlySet<number> | undefined;
  /** Client ids of a map fetched from mgmtd now; rejects when mgmtd cannot be reached. */
  fresh(): Promise<ReadonlySet<number>>;
}

/** The store operations the reclaimer uses (MetaStore has them). */
export interface SessionTable {
  /** Open sessions per client id. */
  sessionCounts(): Promise<Map<number, number>>;
  /** Closes every session of these clients as a close without size hint; counts per client. */
  closeSessionsOf(clientIds: ReadonlySet<number>): Promise<Map<number, number>>;
}

/** The reply ledger as the reclaimer uses it (ReplyLedger has it): clients' stored replies. */
export interface ClientReplies {
  /** Client ids that have stored replies. */
  clients(): number[];
  /** Deletes every stored reply of these clients; resolves how many. */
  dropClients(clientIds: Iterable<number>): Promise<number>;
}

/** What a {@link SessionReclaimer} needs. */
export interface SessionReclaimerInit {
  sessions: SessionTable;
  clients: ClientDirectory;
  /** The stored replies (exactly once) of clients: a reclaimed client's are dropped too. */
  replies?: ClientReplies;
  /** How long a client must be missing from fresh maps before its sessions are closed. */
  graceMs: number;
  log: LoggerLike;
  /** Period of the check; default {@link reclaimIntervalMs} of the grace period. */
  intervalMs?: number;
  /** Monotonic milliseconds; default performance.now. */
  now?: () => number;
}

/** The check period for a grace period: half of it, at least 250 ms, at most 5 s. */
export function reclaimIntervalMs(graceMs: number): number {
  return Math.min(5000, Math.max(250, Math.floor(graceMs / 2)));
}

/**
 * Reclaims the sessions and stored replies of clients that are gone. Each check counts the sessions per client
 * (client id 0, used by requests without a client, is never reclaimed); clients missing from
 * the cached map are checked against a map fetched from mgmtd right then. A client missing
 * from fresh maps for at least the grace period has its sessions closed; one that shows up
 * again starts over. Without a fresh map (mgmtd unreachable) nothing is reclaimed; that is
 * logged once, and once more when maps come again.
 */
export class SessionReclaimer {
  /** Client id -> time it was first seen missing from a fresh map. */
  private readonly missingSince = new Map<number, number>();
  private readonly now: () => number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private closing: Promise<unknown> | undefined;
  private stopped = false;
  private noMap = false;

  constructor(private readonly init: SessionReclaimerInit) {
    this.now = init.now ?? (() => performance.now());
  }

  /** Checks every interval on an unref'd timer; checks never overlap. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.check()
        .catch((e: Error) => this.stopped || this.init.log.warn({ err: e.message }, 'session reclaim check failed; retrying on the next one'))
        .finally(() => (this.running = undefined));
    }, this.init.intervalMs ?? reclaimIntervalMs(this.init.graceMs));
    this.timer.unref();
  }

  /**
   * Stops the timer and waits for closes under way; a check still waiting for the map or
   * counting sessions closes nothing any more.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.closing?.catch(() => undefined);
  }

  /** One check; returns the client ids whose sessions it closed. */
  async check(): Promise<number[]> {
    const counts = await this.init.sessions.sessionCounts();
    for (const id of this.init.replies?.clients() ?? []) if (!counts.has(id)) counts.set(id, 0);
    counts.delete(0);
    const cached = this.init.clients.cached();
    for (const id of this.missingSince.keys()) if (!counts.has(id) || cached?.has(id)) this.missingSince.delete(id);
    const suspects = [...counts.keys()].filter((id) => !cached?.has(id));
    if (suspects.length === 0) return [];
    const present = await this.freshClients();
    if (!present) return [];
    const now = this.now();
    const due = new Set<number>();
    for (const id of suspects) {
      if (present.has(id)) {
        this.missingSince.delete(id);
        continue;
      }
      const since = this.missingSince.get(id) ?? now;
      this.missingSince.set(id, since);
      if (now - since >= this.init.graceMs) due.add(id);
    }
    if (due.size === 0 || this.stopped) return [];
    const closing = this.init.sessions.closeSessionsOf(due);
    this.closing = closing;
    const closed = await closing.finally(() => (this.closing = undefined));
    for (const id of due) {
      const missingSecs = Math.round((now - this.missingSince.get(id)!) / 100) / 10;
      this.missingSince.delete(id);
      const sessions = closed.get(id) ?? 0;
      const replies = (await this.init.replies?.dropClients([id])) ?? 0;
      this.init.log.info({ clientId: id, sessions, replies, missingSecs }, `reclaimed ${sessions} open session(s) and ${replies} stored repl(ies) of client ${id}: missing from the cluster map for ${missingSecs} s`);
    }
    return [...due];
  }

  /** Client ids of a fresh map, or undefined (logged once per outage) when there is none. */
  private async freshClients(): Promise<ReadonlySet<number> | undefined> {
    try {
      const ids = await this.init.clients.fresh();
      if (this.noMap) this.init.log.info({}, 'cluster map from mgmtd available again; session reclaim resumes');
      this.noMap = false;
      return ids;
    } catch (e) {
      if (!this.noMap && !this.stopped) this.init.log.warn({ err: (e as Error).message }, 'no fresh cluster map from mgmtd; sessions of missing clients are not reclaimed until there is one');
      this.noMap = true;
      return undefined;
    }
  }
}
