// Waiting for mgmtd: retry a call until mgmtd answers, with capped exponential backoff; an
// authentication refusal (wrong secret) is an answer, not a silence.
import { setTimeout as sleep } from 'node:timers/promises';
import { ErrCode, HiveError } from '../errors.js';
import type { LoggerLike } from '../rpc/server.js';

/** Delay before attempt `failures + 1`: base * 2^failures, capped at max(base, capMs). */
export function backoffMs(baseMs: number, failures: number, capMs = 2000): number {
  if (failures <= 0) return baseMs;
  return Math.min(baseMs * 2 ** Math.min(failures, 20), Math.max(baseMs, capMs));
}

/** Whether `err` says the two sides do not share the secret (mgmtd refused us, or could not prove it). */
export function isAuthFailure(err: unknown): boolean {
  return err instanceof HiveError && err.code === ErrCode.AUTH_FAILED;
}

/**
 * Whether a failed call may be retried while waiting for mgmtd: transport failures (2xxx:
 * unreachable, timed out, connection lost) and retryable codes. A definite answer from mgmtd
 * (e.g. ID_CONFLICT, REGISTRATION_DISABLED) is not, and neither is a failed authentication: a
 * wrong secret does not fix itself.
 */
export function isTransient(err: unknown): boolean {
  if (!(err instanceof HiveError)) return true;
  if (err.code === ErrCode.AUTH_FAILED || err.code === ErrCode.STALE_MAP) return false;
  return err.retryable || (err.code >= 2000 && err.code < 3000);
}

/**
 * What went wrong with mgmtd, for logs: `authentication with mgmtd failed (wrong connAuthFile
 * secret?)` or `mgmtd not answering`.
 */
export function mgmtdTrouble(err: unknown): string {
  return isAuthFailure(err) ? 'authentication with mgmtd failed (wrong connAuthFile secret?)' : 'mgmtd not answering';
}

/** Sleeps `ms`; rejects when `signal` aborts. `ref: false`: the timer does not keep the process alive. */
export async function pause(ms: number, signal?: AbortSignal, ref = true): Promise<void> {
  await sleep(ms, undefined, { ...(signal ? { signal } : {}), ref });
}

/**
 * Calls `fn` until it resolves. Transient failures are logged (each one) and retried after a
 * backoff; other failures are thrown: an authentication failure as AUTH_FAILED
 * (`<what>: authentication with mgmtd failed: <why>`), any other refusal as
 * `<what> refused by mgmtd: <why>`. Rejects when `signal` aborts.
 */
export async function untilAnswered<T>(what: string, fn: () => Promise<T>, log: LoggerLike, signal?: AbortSignal): Promise<T> {
  for (let failures = 0; ; failures++) {
    if (signal?.aborted) throw new Error(`stopped while waiting for mgmtd (${what})`);
    try {
      return await fn();
    } catch (e) {
      const why = (e as Error).message;
      if (isAuthFailure(e)) {
        log.error({ err: why }, `${what}: ${mgmtdTrouble(e)}; giving up`);
        throw new HiveError(ErrCode.AUTH_FAILED, `${what}: authentication with mgmtd failed: ${why}`);
      }
      if (!isTransient(e)) throw new Error(`${what} refused by mgmtd: ${why}`, { cause: e });
      const delayMs = backoffMs(200, failures);
      log.warn({ err: why, attempt: failures + 1, retryInMs: delayMs }, `${what}: ${mgmtdTrouble(e)}; retrying`);
      try {
        await pause(delayMs, signal);
      } catch {
        throw new Error(`stopped while waiting for mgmtd (${what})`);
      }
    }
  }
}
