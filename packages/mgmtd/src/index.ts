// Public API of @hivefs/mgmtd: start the daemon in-process (tests, hivefs-local) and its config.
export { startMgmtd, type MgmtdDeps, type RunningMgmtd } from './app.js';
export type { MgmtdApp } from './app-context.js';
export { ManualClock, systemClock, type Clock } from './clock.js';
export { DEFAULT_CONF_FILE, defaultMgmtdConfig, mgmtdConfigSchema, type MgmtdConfig } from './config.js';
export { listenPort, validateMgmtdConfig } from './config-checks.js';
export { prepareMgmtdDir } from './format.js';
