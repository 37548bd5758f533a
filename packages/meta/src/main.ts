// Entry point of hivefs-meta: load the config, create the logger, run the daemon.
import { createLogger, exitWithStartupError, loadDaemonConfig, runDaemon } from '@hivefs/common';
import { startMeta } from './app.js';
import { checkMetaConfig, DEFAULT_META_CONF, metaConfigSchema, type MetaConfig } from './config.js';

function main(argv: string[]): void {
  let cfg: MetaConfig;
  let file: string | undefined;
  try {
    const loaded = loadDaemonConfig<MetaConfig>({ service: 'meta', schema: metaConfigSchema, argv, defaultFile: DEFAULT_META_CONF });
    if (loaded.help) {
      process.stdout.write(loaded.usage);
      return;
    }
    cfg = loaded.config;
    file = loaded.file;
    checkMetaConfig(cfg);
  } catch (e) {
    exitWithStartupError('meta', e);
    return;
  }
  const log = createLogger({ service: 'meta', level: cfg.logLevel, file: cfg.logStdFile });
  runDaemon({ name: 'meta', log, start: () => startMeta(cfg, { log, ...(file ? { cfgFile: file } : {}) }) });
}

main(process.argv.slice(2));
