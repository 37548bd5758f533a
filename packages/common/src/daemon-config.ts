// A daemon's command line: --help, --cfgFile, --key=value flags, optional one-shot modes (--dump FILE); one message for anything else.
import { ConfigError, type ConfigSchema } from './config-schema.js';
import { describeConfig, loadConfig, type LoadedConfig } from './config.js';

/** A one-shot mode of a daemon binary (`--dump FILE`): it runs a task with the config instead of serving. */
export interface DaemonMode {
  /** Flag name without dashes (`dump`). */
  name: string;
  /** Placeholder of its argument in the usage text (`FILE`). */
  arg: string;
  /** One line (or a few) for the usage text. */
  description: string;
}

/** The mode a command line asked for, with its argument. */
export interface ChosenMode {
  name: string;
  value: string;
}

/** What `loadDaemonConfig` does with a command line; `help` means print `usage` and exit 0. */
export type DaemonArgs<T> = { help: true; usage: string } | ({ help: false; mode?: ChosenMode } & LoadedConfig<T>);

/** Options of {@link loadDaemonConfig}. */
export interface DaemonConfigOptions {
  service: string;
  schema: ConfigSchema;
  argv: string[];
  defaultFile: string;
  /** One-shot modes the binary has besides serving (at most one per command line). */
  modes?: readonly DaemonMode[];
}

/** The usage text: the command lines, the modes, then every config key. */
function usageOf(opts: DaemonConfigOptions): string {
  const bin = `hivefs-${opts.service}`;
  const modes = opts.modes ?? [];
  const lines = [`usage: ${bin} [--cfgFile=PATH] [--<key>=<value> ...]`];
  for (const m of modes) lines.push(`       ${bin} --${m.name} ${m.arg} [--cfgFile=PATH] [--<key>=<value> ...]`);
  lines.push(`(default config file: ${opts.defaultFile})`, '');
  if (modes.length > 0) {
    lines.push('Modes (run once with the configuration, then exit; without one the daemon starts):');
    for (const m of modes) {
      lines.push(`  --${m.name} ${m.arg}`);
      for (const d of m.description.split('\n')) lines.push(`      ${d}`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n${describeConfig(opts.schema)}`;
}

/** Takes the mode flags (`--name VALUE` or `--name=VALUE`) out of `argv`. */
function takeModes(argv: string[], modes: readonly DaemonMode[], bin: string): { mode?: ChosenMode; rest: string[] } {
  const rest: string[] = [];
  let mode: ChosenMode | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const m = modes.find((x) => arg === `--${x.name}` || arg.startsWith(`--${x.name}=`));
    if (!m) {
      rest.push(arg);
      continue;
    }
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
    if (value === undefined || value === '' || (!arg.includes('=') && value.startsWith('--'))) throw new ConfigError(`--${m.name} needs a ${m.arg} argument (${bin} --help)`);
    if (mode) throw new ConfigError(`--${mode.name} and --${m.name} cannot be combined: give one mode`);
    mode = { name: m.name, value };
  }
  return mode ? { mode, rest } : { rest };
}

/**
 * Loads a daemon's configuration: defaults < conf file (`--cfgFile` or `defaultFile`) < flags.
 * `--help`/`-h` asks for the usage text (the modes, then every key with its default and meaning).
 * A mode flag (`--dump FILE`) is returned as `mode`. Throws ConfigError for an argument that is
 * not a config key, naming it, and for a mode without its argument or two modes.
 */
export function loadDaemonConfig<T>(opts: DaemonConfigOptions): DaemonArgs<T> {
  const bin = `hivefs-${opts.service}`;
  if (opts.argv.includes('--help') || opts.argv.includes('-h')) return { help: true, usage: usageOf(opts) };
  const { mode, rest: argv } = takeModes(opts.argv, opts.modes ?? [], bin);
  const loaded = loadConfig<T>({ schema: opts.schema, argv, defaultFile: opts.defaultFile });
  const extra = loaded.rest[0];
  if (extra !== undefined) {
    const name = extra.replace(/^-+/, '').split('=')[0];
    throw new ConfigError(`unknown option '${extra}': '${name}' is not a config key of ${bin} (${bin} --help lists them)`);
  }
  return mode ? { help: false, mode, ...loaded } : { help: false, ...loaded };
}
