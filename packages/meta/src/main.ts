// Entry point of hivefs-meta: load the config, create the logger, run the daemon.
import { createLogger, exitWithStartupError, loadConfig, runDaemon } from '@hivefs/common';
import { startMeta } from './app.js';
import { checkMetaConfig, DEFAULT_META_CONF, metaConfigSchema, type MetaConfig } from './config.js';

function main(argv: string[]): void {
  let cfg: MetaConfig;
  let file: string | undefined;
  try {
    const loaded = loadConfig<MetaConfig>({ schema: metaConfigSchema, argv, defaultFile: DEFAULT_META_CONF });
    if (loaded.rest.length > 0) throw new Error(`unexpected argument '${loaded.rest[0]}' (options are --key=value)`);
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
