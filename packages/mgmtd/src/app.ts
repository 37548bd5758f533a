// Starts mgmtd (data directory, store, cluster state, RPC server, state timer) and stops it.
import { join, resolve } from 'node:path';
import { loadAuthSecret, logReopens, openLevelStore, type KvStore, type Logger } from '@hivefs/common';
import { RpcServer } from '@hivefs/protocol';
import { createMgmtdApp, type MgmtdApp } from './app-context.js';
import type { Clock } from './clock.js';
import { listenPort, validateMgmtdConfig } from './config-checks.js';
import type { MgmtdConfig } from './config.js';
import { prepareMgmtdDir } from './format.js';
import { registerHandlers } from './handlers/index.js';
import { startStateTimer } from './timers.js';

/** What {@link startMgmtd} needs besides the config. */
export interface MgmtdDeps {
  log: Logger;
  clock?: Clock;
  /** Connection secret; default: read from connAuthFile (null when authentication is disabled). */
  secret?: Buffer | null;
  /** The config file the config came from, for error messages. */
  configFile?: string;
  /** A store to use instead of LevelDB in `<storeMgmtdDirectory>/db`; stop() leaves it open. */
  kv?: KvStore;
  /** Period of the state check (default 200 ms). */
  checkIntervalMs?: number;
}

/** A running mgmtd. */
export interface RunningMgmtd {
  /** The port it listens on (the real one when port 0 was asked for). */
  port: number;
  app: MgmtdApp;
  /** Stops the timer and the server, waits for commits under way, closes the store. */
  stop(): Promise<void>;
}

async function runAll(closers: (() => Promise<void>)[]): Promise<void> {
  for (const close of closers.splice(0)) await close();
}

/**
 * Starts the management daemon: checks the config and the data directory (creating format.conf
 * in a new one), loads the store, listens, and logs the readiness line `ready` with the port.
 */
export async function startMgmtd(config: MgmtdConfig, deps: MgmtdDeps): Promise<RunningMgmtd> {
  validateMgmtdConfig(config, deps.configFile);
  const log = deps.log;
  const secret = deps.secret !== undefined ? deps.secret : await loadAuthSecret(config, deps.configFile);
  const dir = resolve(config.storeMgmtdDirectory);
  if (await prepareMgmtdDir(dir)) log.info({ dir }, 'formatted new mgmtd data directory');
  const kv = deps.kv ?? (await openLevelStore(join(dir, 'db'), { sync: true, onReopen: logReopens(log) }));
  const closers: (() => Promise<void>)[] = deps.kv ? [] : [() => kv.close()];
  try {
    const app = await createMgmtdApp(config, { kv, log, ...(deps.clock ? { clock: deps.clock } : {}) });
    closers.unshift(() => app.serial.idle());
    const timer = startStateTimer(app, deps.checkIntervalMs);
    closers.unshift(() => timer.stop());
    const rpcLog = log.child({ component: 'rpc' });
    const server = registerHandlers(new RpcServer({ service: 'mgmtd', secret, log: rpcLog, mapVersion: () => app.registry.version, maxFrameBytes: config.connMaxFrameBytes }), app);
    closers.unshift(() => server.close());
    const { port } = await server.listen(listenPort(config), config.connListenHost);
    log.info({ ...(log.bindings().service ? {} : { service: 'mgmtd' }), port, mapVersion: app.registry.version }, 'ready');
    return { port, app, stop: () => runAll(closers) };
  } catch (err) {
    await runAll(closers).catch(() => undefined);
    throw err;
  }
}
