// Entry point of hivefs-mgmtd: load the config, then run the daemon until a signal stops it.
import { ConfigError, createLogger, exitWithStartupError, loadConfig, notifySystemdReady, runDaemon } from '@hivefs/common';
import { startMgmtd } from './app.js';
import { validateMgmtdConfig } from './config-checks.js';
import { DEFAULT_CONF_FILE, mgmtdConfigSchema, type MgmtdConfig } from './config.js';

function load(): { config: MgmtdConfig; file?: string } {
  const { config, file, rest } = loadConfig<MgmtdConfig>({ schema: mgmtdConfigSchema, argv: process.argv.slice(2), defaultFile: DEFAULT_CONF_FILE });
  if (rest.length > 0) throw new ConfigError(`unknown command-line argument '${rest[0]}' (config keys are given as --key=value)`);
  validateMgmtdConfig(config, file);
  return file ? { config, file } : { config };
}

function main(): void {
  let loaded: ReturnType<typeof load>;
  try {
    loaded = load();
  } catch (err) {
    exitWithStartupError('mgmtd', err);
    return;
  }
  const { config, file } = loaded;
  const log = createLogger({ service: 'mgmtd', level: config.logLevel, file: config.logStdFile });
  runDaemon({
    name: 'mgmtd',
    log,
    start: async () => {
      const running = await startMgmtd(config, { log, ...(file ? { configFile: file } : {}) });
      notifySystemdReady();
      return running;
    },
  });
}

main();
