// The app object that handlers and timers receive: config, logs, clock, registry, runtime, queue.
import type { KvStore, Logger } from '@hivefs/common';
import { systemClock, type Clock } from './clock.js';
import { commit } from './commit.js';
import { stateLimitsOf } from './config-checks.js';
import type { MgmtdConfig } from './config.js';
import { SerialQueue } from './serial.js';
import type { StateLimits } from './state/limits.js';
import { Runtime } from './state/runtime.js';
import { DEFAULT_POOL, DEFAULT_POOL_ID, type Change } from './store/records.js';
import { Registry } from './store/registry.js';

/** Everything a handler may use; there is no module-level state. */
export interface MgmtdApp {
  readonly config: MgmtdConfig;
  readonly limits: StateLimits;
  readonly log: Logger;
  /** Logger of the state machine (reachability, pools, versions). */
  readonly stateLog: Logger;
  readonly clock: Clock;
  readonly registry: Registry;
  readonly runtime: Runtime;
  /** Every read-modify-commit runs in this queue. */
  readonly serial: SerialQueue;
}

/** What {@link createMgmtdApp} needs besides the config. */
export interface AppDeps {
  kv: KvStore;
  log: Logger;
  clock?: Clock;
}

/**
 * Loads the registry from `deps.kv` and publishes the start state in one commit: the Default
 * pool if it is missing, and every server and target Probably-offline until it reports.
 */
export async function createMgmtdApp(config: MgmtdConfig, deps: AppDeps): Promise<MgmtdApp> {
  const clock = deps.clock ?? systemClock;
  const registry = await Registry.load(deps.kv);
  const app: MgmtdApp = {
    config,
    limits: stateLimitsOf(config),
    log: deps.log,
    stateLog: deps.log.child({ component: 'state' }),
    clock,
    registry,
    runtime: new Runtime(clock.now()),
    serial: new SerialQueue(),
  };
  const start: Change[] = registry.pool(DEFAULT_POOL_ID) ? [] : [{ kind: 'putPool', pool: DEFAULT_POOL }];
  await app.serial.run(() => commit(app, start));
  app.stateLog.info({ mapVersion: registry.version, nodes: registry.nodes().length, targets: registry.targets().length }, 'cluster state loaded');
  return app;
}
