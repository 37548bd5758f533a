// A daemon's command line: --help, --cfgFile, --key=value flags; one message for anything else.
import { ConfigError, type ConfigSchema } from './config-schema.js';
import { describeConfig, loadConfig, type LoadedConfig } from './config.js';

/** What `loadDaemonConfig` does with a command line; `help` means print `usage` and exit 0. */
export type DaemonArgs<T> = { help: true; usage: string } | ({ help: false } & LoadedConfig<T>);

/**
 * Loads a daemon's configuration: defaults < conf file (`--cfgFile` or `defaultFile`) < flags.
 * `--help`/`-h` asks for the usage text (every key with its default and meaning). Throws
 * ConfigError for an argument that is not a config key, naming it.
 */
export function loadDaemonConfig<T>(opts: { service: string; schema: ConfigSchema; argv: string[]; defaultFile: string }): DaemonArgs<T> {
  const bin = `hivefs-${opts.service}`;
  if (opts.argv.includes('--help') || opts.argv.includes('-h')) {
    const usage = `usage: ${bin} [--cfgFile=PATH] [--<key>=<value> ...]\n(default config file: ${opts.defaultFile})\n\n${describeConfig(opts.schema)}`;
    return { help: true, usage };
  }
  const loaded = loadConfig<T>({ schema: opts.schema, argv: opts.argv, defaultFile: opts.defaultFile });
  const extra = loaded.rest[0];
  if (extra !== undefined) {
    const name = extra.replace(/^-+/, '').split('=')[0];
    throw new ConfigError(`unknown option '${extra}': '${name}' is not a config key of ${bin} (${bin} --help lists them)`);
  }
  return { help: false, ...loaded };
}
