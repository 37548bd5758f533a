// Daemon lifecycle: start, report startup failures, stop once on SIGTERM/SIGINT, systemd readiness.

import { spawn } from 'node:child_process';
import { flushLogger, type Logger } from './logger.js';

/** A started service: `stop` closes listeners and stores. */
export interface Stoppable {
  stop: () => Promise<void>;
  /**
   * Resolves with an exit code when the service ended on its own (the client: its last mount was
   * unmounted from outside), after it cleaned up; the daemon then exits with that code. Ignored
   * once a signal started the stop.
   */
  ended?: Promise<number>;
}

/** Options of {@link runDaemon}. */
export interface RunDaemonOptions {
  /** Service name without prefix (`'meta'`); stderr lines read `hivefs-<name>: ...`. */
  name: string;
  log: Logger;
  /** Start the service; resolve once it serves (after the readiness line is logged). */
  start: () => Promise<Stoppable>;
}

/** The parts of `process` that {@link runDaemon} uses; tests pass a fake. */
export interface DaemonHost {
  on(event: 'SIGTERM' | 'SIGINT' | 'uncaughtException' | 'unhandledRejection', listener: (arg: any) => void): unknown;
  exit(code: number): void;
  stderr: { write(s: string): unknown };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Report a startup failure and exit 1: log it (when a logger is given), print one line
 * `hivefs-<name>: <message>` to stderr, flush the logger. Use it for errors raised before
 * {@link runDaemon} runs, e.g. a ConfigError from `loadConfig`.
 */
export function exitWithStartupError(name: string, err: unknown, log?: Logger, host: DaemonHost = process): void {
  log?.error({ err }, `hivefs-${name} failed to start`);
  host.stderr.write(`hivefs-${name}: ${messageOf(err)}\n`);
  if (log) flushLogger(log);
  host.exit(1);
}

/**
 * Run a daemon: call `start`; if it fails, log, print `hivefs-<name>: <message>` to stderr and
 * exit 1. On the first SIGTERM/SIGINT call `stop` once, flush the logger and exit 0 (exit 1 if
 * stop fails); a second signal exits 1 at once. A service whose `ended` resolves exits with its
 * code. An uncaught exception or unhandled rejection is logged as fatal and exits 1.
 */
export function runDaemon(opts: RunDaemonOptions): void {
  runDaemonOn(process, opts);
}

/** {@link runDaemon} against an explicit host (the real `process` or a test fake). */
export function runDaemonOn(host: DaemonHost, opts: RunDaemonOptions): void {
  const { name, log } = opts;
  let exited = false;
  const exit = (code: number): void => {
    if (exited) return;
    exited = true;
    flushLogger(log);
    host.exit(code);
  };
  const fatal = (what: string) => (err: unknown) => {
    log.fatal({ err }, what);
    exit(1);
  };
  host.on('uncaughtException', fatal('uncaught exception'));
  host.on('unhandledRejection', fatal('unhandled promise rejection'));

  // 1. Start; a synchronous throw counts as a failed start too.
  const started = new Promise<Stoppable>((resolve) => resolve(opts.start()));
  started.catch((err: unknown) => {
    if (exited) return;
    exited = true;
    exitWithStartupError(name, err, log, host);
  });

  // 2. A service that ends on its own exits with its code (unless a signal's stop runs).
  let stopping = false;
  started.then(
    (service) =>
      service.ended?.then(
        (code) => {
          if (stopping || exited) return;
          stopping = true;
          log.info({ code }, 'ended');
          exit(code);
        },
        (err: unknown) => {
          if (stopping || exited) return;
          fatal('the service failed')(err);
        },
      ),
    () => undefined,
  );

  // 3. Stop once on the first signal (waiting for start to finish); exit at once on the second.
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      log.warn({ signal }, 'second signal, exiting immediately');
      exit(1);
      return;
    }
    stopping = true;
    log.info({ signal }, 'shutting down');
    started.then(
      async (service) => {
        try {
          await service.stop();
          log.info('stopped');
          exit(0);
        } catch (err) {
          log.error({ err }, 'shutdown failed');
          exit(1);
        }
      },
      () => undefined, // a failed start is reported above
    );
  };
  host.on('SIGTERM', onSignal);
  host.on('SIGINT', onSignal);
}

/**
 * Tell systemd (Type=notify) that the service is ready: when NOTIFY_SOCKET is set, run
 * `systemd-notify --ready`; errors are ignored. The unit needs `NotifyAccess=all` because
 * the message comes from a child process. Without NOTIFY_SOCKET this does nothing.
 */
export function notifySystemdReady(): void {
  if (!process.env.NOTIFY_SOCKET) return;
  try {
    const child = spawn('systemd-notify', ['--ready'], { stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No systemd-notify binary or spawn refused: readiness is best effort.
  }
}
