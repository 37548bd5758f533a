// BeeGFS-style config loading: defaults < `key = value` config file < command-line flags.

import { readFileSync } from 'node:fs';
import { ConfigError, type ConfigSchema } from './config-schema.js';
import { splitArgv, CFG_FLAG } from './config-argv.js';
import { formatValue, parseValue } from './config-values.js';

export { ConfigError, type ConfigErrorOptions, type ConfigKeySpec, type ConfigKeyType, type ConfigSchema } from './config-schema.js';
export { formatSize, parseSize } from './config-values.js';
export { commonConfigSchema, type CommonConfig } from './config-common.js';

/** Result of {@link loadConfig}. */
export interface LoadedConfig<T> {
  /** Every schema key: default, overridden by the file, overridden by flags. */
  config: T;
  /** The config file that was read, if any. */
  file?: string;
  /** Arguments that were not config flags, in their original order. */
  rest: string[];
}


/** Every schema key set to its declared default. */
function defaultsOf(schema: ConfigSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(schema)) out[k] = Array.isArray(spec.default) ? [...spec.default] : spec.default;
  return out;
}

function typedValue(schema: ConfigSchema, key: string, raw: string, where: string, file?: string, line?: number): unknown {
  try {
    return parseValue(schema[key]!, raw);
  } catch (err) {
    const reason = (err as Error).message;
    throw new ConfigError(`bad value '${raw.trim()}' for config key '${key}' ${where}: ${reason}`, { key, file, line });
  }
}

/**
 * Parse the text of a config file against `schema`: `key = value` lines, `#` comments (whole
 * lines, or after whitespace), blank lines; an empty value keeps the default; the last
 * occurrence of a key wins. Returns all schema keys (defaults filled in).
 * Throws {@link ConfigError} (naming key, file and line) on an unknown key, a bad value or a
 * line without `=`.
 */
export function parseConfigText(text: string, schema: ConfigSchema, file: string): Record<string, unknown> {
  const out = defaultsOf(schema);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((rawLine, i) => {
    const line = i + 1;
    const body = rawLine.replace(/(^|\s)#.*$/, '').trim();
    if (body === '') return;
    const eq = body.indexOf('=');
    const where = `in ${file} line ${line}`;
    if (eq < 0) throw new ConfigError(`expected 'key = value' ${where}: '${body}'`, { file, line });
    const key = body.slice(0, eq).trim();
    const raw = body.slice(eq + 1).trim();
    if (key === '') throw new ConfigError(`missing config key before '=' ${where}`, { file, line });
    if (!Object.hasOwn(schema, key)) throw new ConfigError(`unknown config key '${key}' ${where}`, { key, file, line });
    if (raw === '') return;
    out[key] = typedValue(schema, key, raw, where, file, line);
  });
  return out;
}

function readConfigFile(path: string, explicit: boolean): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !explicit) return undefined;
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (err as Error).message})`;
    throw new ConfigError(`config file ${path} ${why}`, { key: CFG_FLAG, file: path, cause: err });
  }
}

/**
 * Load a service config. `argv` is the argument list without node and script
 * (`process.argv.slice(2)`).
 *
 * 1. `--cfgFile=PATH` / `--cfgFile PATH` picks the file; otherwise `defaultFile` if it exists.
 *    A missing explicitly given file is an error.
 * 2. `--<key>=<value>` / `--<key> <value>` for schema keys override the file. A bool flag may be
 *    bare (`--connDisableAuthentication` = true); it takes the next argument only if that is a
 *    bool word (true/false/yes/no/1/0). An empty flag value (`--key=`) resets the key to its default.
 * 3. Anything else, and everything after a lone `--` (included), goes to `rest` unparsed, in order.
 *
 * Throws {@link ConfigError} on an unknown file key, a bad value, or a missing file.
 */
export function loadConfig<T = Record<string, any>>(opts: { schema: ConfigSchema; argv: string[]; defaultFile?: string }): LoadedConfig<T> {
  const { schema, argv } = opts;
  const { cfgFile, flags, rest } = splitArgv(argv, schema);
  const explicit = cfgFile !== undefined && cfgFile !== '';
  const path = explicit ? cfgFile : opts.defaultFile;
  const text = path ? readConfigFile(path, explicit) : undefined;
  const config = text !== undefined && path ? parseConfigText(text, schema, path) : defaultsOf(schema);
  const defaults = defaultsOf(schema);
  for (const [key, raw] of flags) {
    config[key] = raw.trim() === '' ? defaults[key] : typedValue(schema, key, raw, `on the command line (--${key})`);
  }
  return text !== undefined ? { config: config as T, file: path!, rest } : { config: config as T, rest };
}

/**
 * A commented sample config file listing every key with its description, type and default.
 * Pass `values` (e.g. a loaded config) to print those instead of the defaults, to dump the
 * effective configuration. The output parses back with {@link parseConfigText}.
 */
export function describeConfig(schema: ConfigSchema, values?: Record<string, unknown>): string {
  const out: string[] = [
    '# HiveFS configuration file: one `key = value` per line; `#` starts a comment.',
    '# An empty value keeps the default. Command-line flags (--key=value) override this file.',
  ];
  for (const [key, spec] of Object.entries(schema)) {
    const kind = spec.type === 'enum' ? `enum: ${(spec.values ?? []).join('|')}` : spec.type;
    const range = [spec.min !== undefined ? `min ${spec.min}` : '', spec.max !== undefined ? `max ${spec.max}` : ''].filter(Boolean);
    out.push('');
    for (const d of spec.description.split('\n')) out.push(`# ${d}`.trimEnd());
    out.push(`# (${[kind, ...range].join(', ')}; default: ${formatValue(spec, spec.default) || 'empty'})`);
    const value = values && Object.hasOwn(values, key) ? values[key] : spec.default;
    out.push(`${key} = ${formatValue(spec, value)}`.trimEnd());
  }
  return out.join('\n') + '\n';
}
