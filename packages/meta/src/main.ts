// Entry point of hivefs-meta: load the config, then run the daemon, or one mode (--dump, --restore) and exit.
import { createLogger, exitWithStartupError, loadDaemonConfig, runDaemon, type ChosenMode } from '@hivefs/common';
import { startMeta } from './app.js';
import { checkMetaConfig, DEFAULT_META_CONF, metaConfigSchema, type MetaConfig } from './config.js';
import { META_MODES, runMetaMode } from './dump/modes.js';

/** Runs a one-shot mode: its summary on stdout and exit 0, or `hivefs-meta: <reason>` and exit 1. */
function runMode(mode: ChosenMode, cfg: MetaConfig): void {
  runMetaMode(mode, cfg.storeMetaDirectory).then(
    (line) => process.stdout.write(`${line}\n`),
    (e: unknown) => exitWithStartupError('meta', e),
  );
}

function main(argv: string[]): void {
  let cfg: MetaConfig;
  let file: string | undefined;
  let mode: ChosenMode | undefined;
  try {
    const loaded = loadDaemonConfig<MetaConfig>({ service: 'meta', schema: metaConfigSchema, argv, defaultFile: DEFAULT_META_CONF, modes: META_MODES });
    if (loaded.help) {
      process.stdout.write(loaded.usage);
      return;
    }
    cfg = loaded.config;
    file = loaded.file;
    mode = loaded.mode;
    checkMetaConfig(cfg);
  } catch (e) {
    exitWithStartupError('meta', e);
    return;
  }
  if (mode) return runMode(mode, cfg);
  const log = createLogger({ service: 'meta', level: cfg.logLevel, file: cfg.logStdFile });
  runDaemon({ name: 'meta', log, start: () => startMeta(cfg, { log, ...(file ? { cfgFile: file } : {}) }) });
}

main(process.argv.slice(2));
