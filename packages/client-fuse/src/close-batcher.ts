// The meta closes of released handles that have nothing left to report: gathered per owner (meta
// node or buddy group) while one closeSessions request to it is in flight, then sent together.
import type { LoggerLike } from '@hivefs/protocol';
import { Rpc } from '@hivefs/protocol';
import type { MetaClient } from './meta-client.js';

/** Most sessions in one closeSessions request (meta takes up to 1024). */
export const CLOSES_PER_REQUEST = 256;

/**
 * How long a close waits for company when no request to its owner is in flight (ms). Nobody
 * waits for these closes; a session only stays open this much longer at meta.
 */
export const CLOSE_LINGER_MS = 10;

interface SessionRef {
  entryId: string;
  handleId: number;
}

interface OwnerQueue {
  waiting: SessionRef[];
  /** The request in flight to this owner, if any. */
  sending?: Promise<void>;
  /** Runs out the linger of the first waiting close (set only while nothing is in flight). */
  timer?: NodeJS.Timeout;
}

/**
 * Ends meta sessions in the background. A release whose writes meta has already been told of
 * (the flush before it reported them) only needs its session ended: the kernel does not wait for
 * it, and nothing about the file changes. A close to an owner with no request in flight lingers
 * `lingerMs` for company, then goes with every close that came meanwhile; those that come while a
 * request is in flight go together in the next one, as soon as it is answered. Under load many
 * closes so cost meta one request and one store write (for a buddy group, one journal entry).
 * A request that fails (in failout mode, or on the mount going away) leaves its sessions open at
 * meta until this client leaves the cluster; it is logged.
 */
export class CloseBatcher {
  private readonly owners = new Map<number, OwnerQueue>();
  private requests = 0;
  private sessions = 0;

  private readonly lingerMs: number;

  constructor(private readonly meta: MetaClient, private readonly clientId: () => number, private readonly log: LoggerLike, opts: { lingerMs?: number } = {}) {
    this.lingerMs = opts.lingerMs ?? CLOSE_LINGER_MS;
  }

  /** Closes waiting to be sent, plus one per request in flight (0: nothing left to do). */
  get pending(): number {
    let n = 0;
    for (const q of this.owners.values()) n += q.waiting.length + (q.sending ? 1 : 0);
    return n;
  }

  /** Requests sent and sessions handed in so far (the unmount log shows them). */
  stats(): { requests: number; sessions: number } {
    return { requests: this.requests, sessions: this.sessions };
  }

  /** Ends session `handleId` of `entryId` soon (see the class comment for when). */
  close(entryId: string, handleId: number): void {
    const owner = this.meta.ownerOf(entryId);
    let q = this.owners.get(owner);
    if (!q) {
      q = { waiting: [] };
      this.owners.set(owner, q);
    }
    q.waiting.push({ entryId, handleId });
    this.sessions++;
    if (q.sending) return;
    if (this.lingerMs <= 0 || q.waiting.length >= CLOSES_PER_REQUEST) this.send(owner, q);
    else q.timer ??= setTimeout(() => this.send(owner, q!), this.lingerMs).unref();
  }

  /** Sends the lingering closes now and resolves once every close handed in so far was answered (or failed). */
  async settle(): Promise<void> {
    for (;;) {
      for (const [owner, q] of this.owners) if (q.timer) this.send(owner, q);
      const sending = [...this.owners.values()].flatMap((q) => (q.sending ? [q.sending] : []));
      if (sending.length === 0) return;
      await Promise.all(sending);
    }
  }

  private send(owner: number, q: OwnerQueue): void {
    clearTimeout(q.timer);
    q.timer = undefined;
    const sessions = q.waiting.splice(0, CLOSES_PER_REQUEST);
    this.requests++;
    q.sending = this.meta.call(Rpc.closeSessions, sessions[0]!.entryId, { clientId: this.clientId(), sessions })
      .then((r) => {
        if (r.gone) this.log.debug({ owner, sessions: sessions.length, gone: r.gone }, 'closeSessions: some sessions were no longer open');
      }, (e: unknown) => {
        this.log.warn({ owner, sessions: sessions.length, err: (e as Error).message }, 'ending sessions at meta failed; they stay open there until this client leaves the cluster');
      })
      .finally(() => {
        q.sending = undefined;
        if (q.waiting.length > 0) this.send(owner, q);
        else this.owners.delete(owner);
      });
  }
}
