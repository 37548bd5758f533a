// Failure modes: map-refresh-and-retry on routing errors, then failover (wait and retry) or failout (EIO).
import { ErrCode, HiveError } from '@hivefs/protocol';

/** Lustre's terms: `failover` waits for the target to return, `failout` fails with EIO at once. */
export type FailureMode = 'failover' | 'failout';

/** Codes that mean "routed by an outdated map": refresh the map and retry once. */
const MAP_CODES: ReadonlySet<number> = new Set([ErrCode.STALE_MAP, ErrCode.UNKNOWN_TARGET_ID, ErrCode.UNKNOWN_NODE, ErrCode.UNKNOWN_GROUP]);

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

/** What a RetryPolicy needs. */
export interface RetryPolicyInit {
  mode: FailureMode;
  /** Fetches the cluster map again (errors are ignored). */
  refreshMap: () => Promise<unknown>;
  /** Aborted when the VFS closes: waiting operations end with SHUTTING_DOWN. */
  signal: AbortSignal;
  backoff?: Backoff;
  /** Injectable for tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Called before each wait, for logging. */
  onRetry?: (what: string, err: HiveError, delayMs: number) => void;
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

/** Runs RPC attempts under the mount's failure mode. */
export class RetryPolicy {
  constructor(private readonly init: RetryPolicyInit) {}

  get mode(): FailureMode {
    return this.init.mode;
  }

  /**
   * Calls `attempt` until it succeeds or the policy gives up; `attempt` gets the attempt
   * number (0-based) and must resolve its routing anew each time (the map may have changed).
   */
  async run<T>(what: string, attempt: (n: number) => Promise<T>): Promise<T> {
    const { signal } = this.init;
    let refreshed = false;
    for (let n = 0, waits = 0; ; n++) {
      if (signal.aborted) throw closedError();
      try {
        return await attempt(n);
      } catch (err) {
        if (signal.aborted) throw closedError();
        const d = decideRetry(err, this.init.mode, waits, refreshed, this.init.backoff);
        if (d.action === 'fail') throw d.error;
        if (d.action === 'wait') {
          waits++;
          this.init.onRetry?.(what, err as HiveError, d.delayMs);
          await (this.init.sleep ?? abortableSleep)(d.delayMs, signal);
        } else refreshed = true;
        await untilAborted(this.init.refreshMap(), signal);
      }
    }
  }
}
