// Helpers shared by the protocol package's unit tests (not built into dist).
import { HiveError } from '../errors.js';
import type { LoggerLike } from '../rpc/server.js';

/** Polls `cond` every 5 ms until it holds; throws naming `what` after `timeoutMs` (no fixed sleeps). */
export async function until(cond: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** `n` bytes of a simple pattern that differs per `seed`. */
export function fill(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31 + seed * 7) & 0xff;
  return b;
}

/** The HiveError `p` rejects with; throws when it resolves or rejects with anything else. */
export async function rejection(p: Promise<unknown>): Promise<HiveError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof HiveError) return e;
    throw new Error(`expected a HiveError, got ${String(e)}`);
  }
  throw new Error('expected the call to fail');
}

/** A logger that records what it is given. */
export function recordingLog(): LoggerLike & { lines: { level: string; obj: object; msg: string | undefined }[] } {
  const lines: { level: string; obj: object; msg: string | undefined }[] = [];
  const at = (level: string) => (obj: object, msg?: string) => void lines.push({ level, obj, msg });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
