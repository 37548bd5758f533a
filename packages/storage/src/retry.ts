// Waiting for mgmtd: retry a call until mgmtd answers, with capped exponential backoff.
import { setTimeout as sleep } from 'node:timers/promises';
import { ErrCode, HiveError } from '@hivefs/protocol';
import type { Logger } from '@hivefs/common';

/** Delay before attempt `failures + 1`: base * 2^failures, capped at max(base, capMs). */
export function backoffMs(baseMs: number, failures: number, capMs = 2000): number {
  if (failures <= 0) return baseMs;
  return Math.min(baseMs * 2 ** Math.min(failures, 20), Math.max(baseMs, capMs));
}

/**
 * Whether a failed call may be retried while waiting for mgmtd: transport failures (2xxx,
 * including a refused or dropped connection during authentication) and retryable codes.
 * A definite answer from mgmtd (e.g. ID_CONFLICT, REGISTRATION_DISABLED) is not.
 */
export function isTransient(err: unknown): boolean {
  if (!(err instanceof HiveError)) return true;
  return err.retryable || (err.code >= 2000 && err.code < 3000 && err.code !== ErrCode.STALE_MAP);
}

/** Sleeps `ms`; rejects when `signal` aborts. */
export async function pause(ms: number, signal?: AbortSignal): Promise<void> {
  await sleep(ms, undefined, signal ? { signal } : undefined);
}

/**
 * Calls `fn` until it resolves. Transient failures are logged (each one) and retried after a
 * backoff; other failures are thrown. Rejects when `signal` aborts.
 */
export async function untilAnswered<T>(what: string, fn: () => Promise<T>, log: Logger, signal?: AbortSignal): Promise<T> {
  for (let failures = 0; ; failures++) {
    if (signal?.aborted) throw new Error(`stopped while waiting for mgmtd (${what})`);
    try {
      return await fn();
    } catch (e) {
      if (!isTransient(e)) throw new Error(`${what} refused by mgmtd: ${(e as Error).message}`, { cause: e });
      const delayMs = backoffMs(200, failures);
      log.warn({ err: (e as Error).message, attempt: failures + 1, retryInMs: delayMs }, `${what}: mgmtd not answering; retrying`);
      try {
        await pause(delayMs, signal);
      } catch {
        throw new Error(`stopped while waiting for mgmtd (${what})`);
      }
    }
  }
}
