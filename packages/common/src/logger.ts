// Creates the pino logger of a service (stdout or a log file) and flushes it before exit.

import { hostname } from 'node:os';
import pino from 'pino';

/** The logger type used throughout HiveFS (a pino logger; use `log.child({component})`). */
export type Logger = import('pino').Logger;

/** Options of {@link createLogger}. */
export interface CreateLoggerOptions {
  /** Service name, bound to every line as `service` (e.g. `'meta'`). */
  service: string;
  /** pino level name; default `'info'`. */
  level?: string;
  /** Log file path (directories are created); empty or absent means stdout. */
  file?: string;
  /** Node id, bound to every line as `nodeId` when given. */
  nodeId?: number;
}

/**
 * Create a service logger. With `file` it writes asynchronously to that file (call
 * {@link flushLogger} before exiting); otherwise it writes synchronously to stdout, so a
 * readiness line is visible to a parent process as soon as it is logged.
 */
export function createLogger(opts: CreateLoggerOptions): Logger {
  const dest = opts.file
    ? pino.destination({ dest: opts.file, mkdir: true, sync: false })
    : pino.destination({ dest: 1, sync: true });
  const bindings: Record<string, unknown> = { service: opts.service };
  if (opts.nodeId !== undefined) bindings.nodeId = opts.nodeId;
  return pino({ level: opts.level || 'info', base: { pid: process.pid, hostname: hostname(), ...bindings } }, dest);
}

/**
 * Write out everything the logger (or its parent) has buffered, where the destination
 * supports `flushSync`. Never throws.
 */
export function flushLogger(log: Logger): void {
  const stream = (log as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] as { flushSync?: () => void } | undefined;
  try {
    if (typeof stream?.flushSync === 'function') stream.flushSync();
  } catch {
    // Destination not ready yet (file still opening) or already closed: nothing to flush.
  }
}
