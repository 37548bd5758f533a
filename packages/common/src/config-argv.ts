// Splits a command line into the config file flag, config-key flags and the remaining arguments.

import { ConfigError, type ConfigSchema } from './config-schema.js';

/** The flag that names the config file. */
export const CFG_FLAG = 'cfgFile';

/** Result of {@link splitArgv}. */
export interface SplitArgv {
  /** Value of the last `--cfgFile`, if given. */
  cfgFile?: string;
  /** `[key, raw value]` for every schema-key flag, in order. */
  flags: [string, string][];
  /** Everything else, unparsed and in order. */
  rest: string[];
}

const BOOL_WORD = /^(true|false|yes|no|1|0)$/i;

/** Split `--name=value` / `--name` into its parts; undefined for anything that is not a long flag. */
function splitFlag(arg: string): { name: string; value?: string } | undefined {
  if (!arg.startsWith('--') || arg.length === 2) return undefined;
  const eq = arg.indexOf('=');
  return eq < 0 ? { name: arg.slice(2) } : { name: arg.slice(2, eq), value: arg.slice(eq + 1) };
}

/**
 * Pick `--cfgFile` and the flags naming schema keys out of `argv` (see `loadConfig` for the
 * rules). Values are not validated here. Throws {@link ConfigError} when a non-bool flag
 * has no value.
 */
export function splitArgv(argv: readonly string[], schema: ConfigSchema): SplitArgv {
  const out: SplitArgv = { flags: [], rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.rest.push(...argv.slice(i));
      break;
    }
    const flag = splitFlag(arg);
    if (!flag || (flag.name !== CFG_FLAG && !Object.hasOwn(schema, flag.name))) {
      out.rest.push(arg);
      continue;
    }
    let value = flag.value;
    if (value === undefined) {
      const next = argv[i + 1];
      if (flag.name !== CFG_FLAG && schema[flag.name]!.type === 'bool') {
        const takesNext = next !== undefined && BOOL_WORD.test(next);
        value = takesNext ? next! : 'true';
        if (takesNext) i++;
      } else if (next === undefined || next.startsWith('--')) {
        throw new ConfigError(`missing value for command-line flag --${flag.name}`, { key: flag.name });
      } else {
        value = next;
        i++;
      }
    }
    if (flag.name === CFG_FLAG) out.cfgFile = value;
    else out.flags.push([flag.name, value]);
  }
  return out;
}
