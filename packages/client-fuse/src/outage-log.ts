// Client log lines about servers that do not answer: the first failure, a summary per interval, the recovery; never one per retry.
import type { FailureMode } from './retry.js';

/** The two levels the outage log writes at (a pino logger fits). */
export interface OutageLogger {
  warn(fields: Record<string, unknown>, msg: string): void;
  info(fields: Record<string, unknown>, msg: string): void;
}

/** What an OutageLog needs. */
export interface OutageLogInit {
  log: OutageLogger;
  mode: FailureMode;
  /** Least time between two summary lines of one outage (default 10 s). */
  intervalMs?: number;
  /** Milliseconds clock; injectable for tests. */
  now?: () => number;
}

/** Default least time between summary lines of one outage. */
export const OUTAGE_SUMMARY_MS = 10_000;

interface Outage {
  label: string;
  since: number;
  lastLine: number;
  /** Failed attempts in total, and since the last line. */
  failures: number;
  recent: number;
  /** Operations waiting for the server now (failover). */
  waiting: number;
}

const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * Per server (by a numeric key, with a label for messages): warns at its first failed attempt,
 * then at most once per interval with how long it has been out, how many attempts failed since
 * the last line and how many operations wait for it; says when it answers again. Summaries are
 * written when a failure comes in, so an outage nobody runs into stays quiet.
 */
export class OutageLog {
  private readonly outages = new Map<number, Outage>();
  private readonly intervalMs: number;
  private readonly now: () => number;

  constructor(private readonly init: OutageLogInit) {
    this.intervalMs = init.intervalMs ?? OUTAGE_SUMMARY_MS;
    this.now = init.now ?? Date.now;
  }

  /** Servers in an outage now (tests, stats). */
  get size(): number {
    return this.outages.size;
  }

  /**
   * An attempt of `op` on the server failed because the server did not answer (or is known to be
   * down). `joined`: the operation now starts waiting for this server (see {@link left}).
   */
  failed(key: number, label: string, op: string, err: Error, joined: boolean): void {
    const now = this.now();
    let o = this.outages.get(key);
    const first = !o;
    if (!o) this.outages.set(key, (o = { label, since: now, lastLine: now, failures: 0, recent: 0, waiting: 0 }));
    o.failures++;
    o.recent++;
    if (joined) o.waiting++;
    if (first) {
      const then = this.init.mode === 'failover' ? 'operations wait for it and retry' : 'operations fail with EIO (failout mode)';
      this.init.log.warn({ server: label, op, err: err.message }, `${label} does not answer; ${then}`);
    } else if (now - o.lastLine >= this.intervalMs) {
      const fields = { server: label, downMs: now - o.since, failedAttempts: o.recent, waiting: o.waiting, err: err.message };
      this.init.log.warn(fields, `${label} still does not answer after ${secs(now - o.since)}: ${o.recent} failed attempts in the last ${secs(now - o.lastLine)}, ${o.waiting} operations waiting`);
    } else return;
    o.lastLine = now;
    o.recent = 0;
  }

  /** An operation that waited for the server ended (answered, failed or moved elsewhere). */
  left(key: number): void {
    const o = this.outages.get(key);
    if (o && o.waiting > 0) o.waiting--;
  }

  /** The server answered an attempt: ends its outage, if any. Cheap when there is none. */
  answered(key: number): void {
    if (this.outages.size === 0) return;
    const o = this.outages.get(key);
    if (!o) return;
    this.outages.delete(key);
    const downMs = this.now() - o.since;
    this.init.log.info({ server: o.label, downMs, failedAttempts: o.failures }, `${o.label} answers again after ${secs(downMs)} (${o.failures} failed attempts)`);
  }
}
