// Command-line flags of hivefs-setup-mgmtd.
import { parseArgs } from 'node:util';
import { DEFAULT_CONF_FILE } from '../config.js';

/** Usage text of hivefs-setup-mgmtd. */
export const USAGE = `usage: hivefs-setup-mgmtd -p DIR [-c CONFFILE] [-f]

Prepares DIR as the data directory of hivefs-mgmtd (writes DIR/format.conf) and sets
storeMgmtdDirectory = DIR in the config file, keeping its other lines.

  -p DIR       data directory (created when missing)
  -c CONFFILE  config file to write or update (default ${DEFAULT_CONF_FILE})
  -f           use DIR even when it holds other files but no format.conf
  -h           show this help
`;

/** Parsed flags. */
export interface SetupArgs {
  dir: string;
  confFile: string;
  force: boolean;
  help: boolean;
}

/** A bad command line; the message says what is wrong. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parses `-p DIR [-c CONFFILE] [-f] [-h]`; throws UsageError on anything else. */
export function parseSetupArgs(argv: string[]): SetupArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]!);
  }
  const v = parsed.values;
  const help = v.help === true;
  if (!help && !v.path) throw new UsageError('missing -p DIR');
  if (v.path === '' || v.conf === '') throw new UsageError('empty value for -p or -c');
  return { dir: v.path ?? '', confFile: v.conf ?? DEFAULT_CONF_FILE, force: v.force === true, help };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      path: { type: 'string', short: 'p' },
      conf: { type: 'string', short: 'c' },
      force: { type: 'boolean', short: 'f' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
