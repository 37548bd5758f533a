// Entry point of hivefs-storage: load the config, create the logger, run the daemon.
import { createLogger, exitWithStartupError, loadDaemonConfig, runDaemon } from '@hivefs/common';
import { startStorage } from './app.js';
import { storageConfigSchema, type StorageConfig } from './config.js';

/** Default config file of the storage daemon. */
export const DEFAULT_CONF_FILE = '/etc/hivefs/hivefs-storage.conf';

function main(argv: string[]): void {
  let config: StorageConfig;
  try {
    const loaded = loadDaemonConfig<StorageConfig>({ service: 'storage', schema: storageConfigSchema, argv, defaultFile: DEFAULT_CONF_FILE });
    if (loaded.help) {
      process.stdout.write(loaded.usage);
      return;
    }
    config = loaded.config;
  } catch (e) {
    exitWithStartupError('storage', e);
    return;
  }
  const log = createLogger({ service: 'storage', level: config.logLevel, file: config.logStdFile });
  // A signal while start-up still waits for mgmtd aborts the start (runDaemon then exits 1).
  const startup = new AbortController();
  const abortStart = (): void => startup.abort();
  process.once('SIGTERM', abortStart).once('SIGINT', abortStart);
  runDaemon({
    name: 'storage',
    log,
    start: async () => {
      const service = await startStorage(config, { log, signal: startup.signal });
      process.off('SIGTERM', abortStart).off('SIGINT', abortStart);
      return service;
    },
  });
}

main(process.argv.slice(2));
