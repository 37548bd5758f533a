// Failure modes: map-refresh-and-retry on routing errors, then failover (wait and retry) or failout (EIO, fast);
// buddy-mirrored requests (storage buddy groups and meta buddy groups alike) wait for a switchover to the secondary.
import { ErrCode, HiveError, REROUTE_CODES } from '@hivefs/protocol';
import type { OutageLog } from './outage-log.js';
import { serverKey, serverLabel, type Server, type ServerHealth } from './server-health.js';

/** Lustre's terms: `failover` waits for the target to return, `failout` fails with EIO at once. */
export type FailureMode = 'failover' | 'failout';

/** Codes that mean "routed by an outdated map": refresh the map and retry once. */
const MAP_CODES: ReadonlySet<number> = new Set([...REROUTE_CODES, ErrCode.UNKNOWN_TARGET_ID, ErrCode.UNKNOWN_NODE, ErrCode.UNKNOWN_GROUP]);

/**
 * The error of a failed attempt on buddy group `server.group`'s primary as the policy treats it:
 * an UNKNOWN_GROUP answer from the member means its map is older than ours (it does not know
 * the group yet), so it is re-routed like STALE_MAP (refresh, then wait for a newer map or the
 * member to catch up) instead of failing as a group that does not exist.
 */
function asGroupAnswer(server: Server, err: unknown): unknown {
  if (server.group === undefined || !(err instanceof HiveError) || err.code !== ErrCode.UNKNOWN_GROUP) return err;
  return new HiveError(ErrCode.STALE_MAP, `${serverLabel(server)} does not know buddy group ${server.group} yet: ${err.message}`);
}

/** What to do after a failed attempt. */
export type RetryDecision =
  | { action: 'refresh' }
  | { action: 'wait'; delayMs: number }
  | { action: 'fail'; error: unknown };

/** Backoff delays: base doubling per attempt, capped. */
export interface Backoff {
  baseMs: number;
  maxMs: number;
}

/** Default backoff of failover retries: 100 ms doubling to 2 s. */
export const DEFAULT_BACKOFF: Backoff = { baseMs: 100, maxMs: 2000 };

/** The delay before retry number `attempt` (0-based). */
export function backoffDelay(attempt: number, b: Backoff = DEFAULT_BACKOFF): number {
  return Math.min(b.maxMs, b.baseMs * 2 ** Math.min(attempt, 30));
}

/**
 * Decides how to go on after attempt number `attempt` (0-based) failed with `err`.
 * `refreshed` says whether this operation has already refreshed the map for a routing error.
 */
export function decideRetry(err: unknown, mode: FailureMode, attempt: number, refreshed: boolean, backoff: Backoff = DEFAULT_BACKOFF): RetryDecision {
  if (!(err instanceof HiveError)) return { action: 'fail', error: err };
  if (MAP_CODES.has(err.code) && !refreshed) return { action: 'refresh' };
  if (!err.retryable) {
    if (MAP_CODES.has(err.code)) return { action: 'fail', error: new HiveError(ErrCode.IO, `${err.message} (also after a map refresh)`) };
    return { action: 'fail', error: err };
  }
  if (mode === 'failout') return { action: 'fail', error: new HiveError(ErrCode.IO, `${err.message} (failout mode)`) };
  return { action: 'wait', delayMs: backoffDelay(attempt, backoff) };
}

/** The client's cluster map as the policy watches it (a MapView): its version and its 'map' event. */
export interface MapChanges {
  readonly version: number;
  on(event: 'map', fn: () => void): unknown;
  off(event: 'map', fn: () => void): unknown;
}

/** Per-attempt RPC options the policy adds (spread them into the call's options). */
export interface AttemptOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Sends one attempt to `server` with the policy's options. */
export type SendFn<T> = (server: Server, opts: AttemptOptions) => Promise<T>;

/** What a RetryPolicy needs. */
export interface RetryPolicyInit {
  mode: FailureMode;
  /**
   * Failout mode: what the map says of servers. An attempt on a server known to be down fails at
   * once without being sent, one in flight fails when the map reports its server down.
   */
  health?: ServerHealth;
  /** Failout mode: the deadline of every attempt (connFailoutTimeoutMs). */
  failoutTimeoutMs?: number;
  /** Fetches the cluster map again (errors are ignored). */
  refreshMap: () => Promise<unknown>;
  /** Aborted when the VFS closes: waiting operations end with SHUTTING_DOWN. */
  signal: AbortSignal;
  backoff?: Backoff;
  /** Injectable for tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Told of failed attempts on servers that do not answer and of their recovery. */
  outages?: OutageLog;
  /**
   * The map whose new versions end a wait early: a failover retry goes again as soon as the map
   * changed (a switchover reaches the new primary at once, not after the backoff step), and a
   * failout request of a buddy group waits for the switchover on it.
   */
  map?: MapChanges;
}

/** Resolves after `ms`, or rejects with SHUTTING_DOWN when `signal` aborts first. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(closedError());
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(closedError());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Resolves true as soon as `map`'s version is above `since` (at once when it already is), false
 * after `ms`; rejects with SHUTTING_DOWN when `signal` aborts first. Without `map`: a sleep.
 */
export async function mapChangeOrSleep(map: MapChanges | undefined, since: number, ms: number, signal: AbortSignal, sleep = abortableSleep): Promise<boolean> {
  if (!map) {
    await sleep(ms, signal);
    return false;
  }
  if (map.version > since) return true;
  const changed = new AbortController();
  const onMap = (): void => {
    if (map.version > since) changed.abort();
  };
  map.on('map', onMap);
  try {
    await sleep(ms, AbortSignal.any([signal, changed.signal]));
    return changed.signal.aborted;
  } catch (e) {
    if (changed.signal.aborted && !signal.aborted) return true;
    throw e;
  } finally {
    map.off('map', onMap);
  }
}

/** Settles when `p` settles (ignoring its outcome) or when `signal` aborts, whichever is first. */
function untilAborted(p: Promise<unknown>, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done, { once: true });
    p.then(done, done);
  });
}

function closedError(): HiveError {
  return new HiveError(ErrCode.SHUTTING_DOWN, 'the client was closed');
}

/** The error of an operation whose own signal aborted (the process waiting for it got a signal). */
export function interruptedError(what: string): HiveError {
  return new HiveError(ErrCode.INTERRUPTED, `${what}: interrupted while waiting for a server`);
}

/** Whether `e` is an {@link interruptedError}. */
export function isInterrupted(e: unknown): boolean {
  return e instanceof HiveError && e.code === ErrCode.INTERRUPTED;
}

/**
 * Settles as `p` does, or rejects with {@link interruptedError} as soon as `op` aborts (`p` goes on
 * unobserved). Without `op` it is `p` itself.
 */
export function unlessInterrupted<T>(p: Promise<T>, op: AbortSignal | undefined, what: string): Promise<T> {
  if (!op) return p;
  if (op.aborted) return Promise.reject(interruptedError(what));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(interruptedError(what));
    op.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => (op.removeEventListener('abort', onAbort), resolve(v)),
      (e: unknown) => (op.removeEventListener('abort', onAbort), reject(e)),
    );
  });
}

/** Whether a failed attempt says its server did not answer (or is known to be down). */
function serverDown(err: unknown): err is HiveError {
  return err instanceof HiveError && err.retryable && !MAP_CODES.has(err.code);
}

const NO_OPTIONS: AttemptOptions = Object.freeze({});

/** Runs RPC attempts under the mount's failure mode. */
export class RetryPolicy {
  /** What failout mode adds to every request (undefined in failover mode). */
  private readonly failoutOpts: AttemptOptions | undefined;

  constructor(private readonly init: RetryPolicyInit) {
    if (init.mode === 'failout') this.failoutOpts = init.failoutTimeoutMs ? { timeoutMs: init.failoutTimeoutMs } : {};
  }

  get mode(): FailureMode {
    return this.init.mode;
  }

  /**
   * Sends attempts until one succeeds or the policy gives up. `route` names the server of the
   * next attempt and runs anew each time (the map may have changed); `send` gets that server and
   * the options to give the RPC. `op`, the operation's own signal, ends the attempt in flight and
   * any waiting with INTERRUPTED (EINTR) when it aborts: a process waiting in failover mode can
   * be interrupted and killed.
   */
  async run<T>(what: string, route: () => Server, send: SendFn<T>, op?: AbortSignal): Promise<T> {
    const { signal, outages, map } = this.init;
    let waitSignal: AbortSignal | undefined; // made when first needed: most operations never wait
    let refreshed = false;
    let waitingOn: number | undefined;
    let switchDeadline: number | undefined; // failout: until when a buddy group's request waits for its switchover
    try {
      for (let waits = 0; ; ) {
        if (signal.aborted) throw closedError();
        if (op?.aborted) throw interruptedError(what);
        let server: Server | undefined;
        const routedBy = map?.version ?? 0;
        try {
          server = route();
          const r = await (server.group !== undefined && map ? this.attemptUntilMoved(map, server, route, send, op) : this.attempt(server, send, op));
          outages?.answered(serverKey(server));
          return r;
        } catch (caught) {
          const err = server ? asGroupAnswer(server, caught) : caught;
          if (signal.aborted) throw closedError();
          if (op?.aborted) throw interruptedError(what);
          let d = decideRetry(err, this.init.mode, waits, refreshed, this.init.backoff);
          if (d.action === 'fail' && server && this.switchMayCome(server, err)) {
            switchDeadline ??= performance.now() + (this.init.failoutTimeoutMs ?? 0);
            const left = Math.ceil(switchDeadline - performance.now());
            if (left > 0) d = { action: 'wait', delayMs: left };
          }
          if (server && outages && serverDown(err)) {
            const key = serverKey(server);
            const joined = d.action === 'wait' && waitingOn !== key;
            if (joined && waitingOn !== undefined) outages.left(waitingOn);
            if (joined) waitingOn = key;
            outages.failed(key, serverLabel(server), what, err, joined);
          }
          if (d.action === 'fail') throw d.error;
          waitSignal ??= op ? AbortSignal.any([signal, op]) : signal;
          if (d.action === 'wait') {
            waits++;
            // A newer map (a switchover, a server back) ends the wait: route again at once, no refresh needed.
            const changed = await mapChangeOrSleep(map, routedBy, d.delayMs, waitSignal, this.init.sleep).catch((e: unknown) => {
              throw op?.aborted && !signal.aborted ? interruptedError(what) : e;
            });
            if (changed) continue;
          } else refreshed = true;
          await untilAborted(this.init.refreshMap(), waitSignal);
        }
      }
    } finally {
      if (waitingOn !== undefined) outages?.left(waitingOn);
    }
  }

  /**
   * Failout mode: whether an attempt on a buddy group's primary that failed as a down server
   * does (not GROUP_DOWN) may still succeed after a switchover mgmtd can make (the secondary is
   * Online and Good). The request then waits for the map to change, up to the failout deadline.
   */
  private switchMayCome(server: Server, err: unknown): boolean {
    if (this.init.mode !== 'failout' || server.group === undefined) return false;
    if (!(err instanceof HiveError) || !err.retryable || err.code === ErrCode.GROUP_DOWN) return false;
    return this.init.health?.canSwitch(server) ?? false;
  }

  /**
   * One attempt on a buddy group's primary that also ends (NOT_PRIMARY, so it is re-routed at
   * once) when a newer map names another primary: a request stuck on a paused or cut-off former
   * primary does not wait for its timeout after the switchover.
   */
  private async attemptUntilMoved<T>(map: MapChanges, server: Server, route: () => Server, send: SendFn<T>, op?: AbortSignal): Promise<T> {
    const moved = new AbortController();
    const onMap = (): void => {
      let now: Server;
      try {
        now = route();
      } catch {
        return; // the group left the map: the attempt's own answer decides
      }
      if (now.id !== server.id) moved.abort(new HiveError(ErrCode.NOT_PRIMARY, `buddy group ${server.group}: the map (version ${map.version}) moved its primary from ${serverLabel(server)} to ${serverLabel(now)}`));
    };
    map.on('map', onMap);
    try {
      return await this.attempt(server, send, op ? AbortSignal.any([op, moved.signal]) : moved.signal);
    } catch (err) {
      throw moved.signal.aborted && !op?.aborted ? moved.signal.reason : err;
    } finally {
      map.off('map', onMap);
    }
  }

  /** One attempt under the failure mode (failout's checks and deadline apply), never retried: for speculative requests. */
  async once<T>(route: () => Server, send: SendFn<T>): Promise<T> {
    return this.attempt(route(), send);
  }

  /**
   * One attempt. In failout mode: fails at once (TARGET_OFFLINE) when the map has the server
   * down, gives the RPC the failout deadline, and ends it (TARGET_OFFLINE) when the map reports
   * the server down while it is in flight.
   */
  private async attempt<T>(server: Server, send: SendFn<T>, op?: AbortSignal): Promise<T> {
    if (!this.failoutOpts) return send(server, op ? { signal: op } : NO_OPTIONS);
    const health = this.init.health;
    if (!health) return send(server, op ? { ...this.failoutOpts, signal: op } : this.failoutOpts);
    const why = health.downReason(server);
    if (why !== undefined) throw new HiveError(ErrCode.TARGET_OFFLINE, why);
    const ac = new AbortController();
    const unwatch = health.watch(server, ac);
    const onOp = (): void => ac.abort(op?.reason);
    op?.addEventListener('abort', onOp, { once: true });
    try {
      return await send(server, { ...this.failoutOpts, signal: ac.signal });
    } catch (err) {
      throw ac.signal.aborted && ac.signal.reason instanceof HiveError ? ac.signal.reason : err;
    } finally {
      op?.removeEventListener('abort', onOp);
      unwatch();
    }
  }
}
