// Entry point of hivefs-mgmtd: load the config, then run the daemon until a signal stops it.
import { createLogger, exitWithStartupError, loadDaemonConfig, notifySystemdReady, runDaemon } from '@hivefs/common';
import { startMgmtd } from './app.js';
import { validateMgmtdConfig } from './config-checks.js';
import { DEFAULT_CONF_FILE, mgmtdConfigSchema, type MgmtdConfig } from './config.js';

function load(): { config: MgmtdConfig; file?: string } | undefined {
  const args = loadDaemonConfig<MgmtdConfig>({ service: 'mgmtd', schema: mgmtdConfigSchema, argv: process.argv.slice(2), defaultFile: DEFAULT_CONF_FILE });
  if (args.help) {
    process.stdout.write(args.usage);
    return undefined;
  }
  validateMgmtdConfig(args.config, args.file);
  return args.file ? { config: args.config, file: args.file } : { config: args.config };
}

function main(): void {
  let loaded: ReturnType<typeof load>;
  try {
    loaded = load();
  } catch (err) {
    exitWithStartupError('mgmtd', err);
    return;
  }
  if (!loaded) return;
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
