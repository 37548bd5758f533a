// Config schema types and the ConfigError raised for any bad config file, flag or value.

/** The value types a config key may have. */
export type ConfigKeyType = 'string' | 'int' | 'number' | 'bool' | 'size' | 'list' | 'enum' | 'path';

/**
 * Declaration of one config key.
 *
 * - `int`: whole decimal number; `number`: decimal allowed (`1.5`).
 * - `bool`: true/false/yes/no/1/0 (any case).
 * - `size`: bytes, with optional binary unit (`512k`, `4G`), see {@link parseSize}.
 * - `list`: comma-separated, trimmed, empty items dropped, yields `string[]`.
 * - `enum`: one of `values` (matched case-insensitively, stored as declared).
 * - `string` / `path`: taken as is.
 *
 * `min`/`max` bound `int`, `number` and `size` values (inclusive).
 */
export interface ConfigKeySpec {
  type: ConfigKeyType;
  default: unknown;
  description: string;
  values?: readonly string[];
  min?: number;
  max?: number;
}

/** All keys a service accepts, by key name (BeeGFS spelling, e.g. `sysMgmtdHost`). */
export type ConfigSchema = Record<string, ConfigKeySpec>;

/** Where a config problem was found; every field is optional. */
export interface ConfigErrorOptions {
  key?: string;
  file?: string;
  line?: number;
  cause?: unknown;
}

/**
 * Raised for an unknown key, a bad value, a malformed line or a missing config file.
 * The message always names the key (when there is one) and the file (when there is one).
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** Stable error code for programmatic checks. */
  readonly code = 'ERR_CONFIG';
  /** The offending config key, if any. */
  readonly key?: string;
  /** The config file involved, if any. */
  readonly file?: string;
  /** 1-based line number in `file`, if known. */
  readonly line?: number;

  constructor(message: string, opts: ConfigErrorOptions = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    if (opts.key !== undefined) this.key = opts.key;
    if (opts.file !== undefined) this.file = opts.file;
    if (opts.line !== undefined) this.line = opts.line;
  }
}
