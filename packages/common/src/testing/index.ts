// Test helpers exported as @hivefs/common/testing: polling without sleeps, temp directories, a tracking buffer pool.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMemoryStore, type KvStore } from '../kv/kv-store.js';

export { TrackingPool } from './tracking-pool.js';

/** Options of {@link waitFor}. */
export interface WaitForOptions {
  /** Give up after this long; default 5000 ms. */
  timeoutMs?: number;
  /** Pause between attempts; default 20 ms. */
  intervalMs?: number;
  /** What is awaited, for the timeout message; default 'condition'. */
  what?: string;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Call `fn` until it returns a truthy value (which is returned). A throw or a falsy result
 * means "not yet". On the deadline throws `timed out after Nms waiting for <what>` with the
 * last error message (or the last falsy result). Assertion-style callbacks must end with
 * `return true`.
 */
export async function waitFor<T>(fn: () => T | Promise<T>, opts: WaitForOptions = {}): Promise<T> {
  const { timeoutMs = 5000, intervalMs = 20, what = 'condition' } = opts;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let last: string;
    try {
      const value = await fn();
      if (value) return value;
      last = `last result: ${String(value)}`;
    } catch (err) {
      last = `last error: ${messageOf(err)}`;
    }
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs}ms waiting for ${what} (${last})`);
    await new Promise((resolve) => setTimeout(resolve, Math.min(intervalMs, Math.max(0, deadline - Date.now()))));
  }
}

/** Create a fresh directory under the OS temp dir (`mkdtemp`); default prefix `hivefs-test-`. */
export function tmpDir(prefix = 'hivefs-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Remove a directory tree; a missing directory is fine. */
export function removeDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** A fresh in-memory KV store (same as `openMemoryStore()`). */
export function memoryKv(): KvStore {
  return openMemoryStore();
}
