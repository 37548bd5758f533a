// Command line of hivefs-setup-storage: -p DIR -s NODEID -i TARGETID -m HOST [-c CONFFILE] [-f].
import { parseHostPort } from '@hivefs/common';
import { isValidNumericId } from '@hivefs/protocol';
import type { SetupOptions } from './setup.js';

/** Default config file updated by the setup tool. */
export const DEFAULT_SETUP_CONF = '/etc/hivefs/hivefs-storage.conf';

/** Usage text of hivefs-setup-storage. */
export const SETUP_USAGE = `usage: hivefs-setup-storage -p DIR -s NODEID -i TARGETID -m HOST[:PORT] [-c CONFFILE] [-f]
  -p DIR       storage target directory to format
  -s NODEID    numeric id of the storage node (1..65535)
  -i TARGETID  numeric id of the storage target (1..65535)
  -m HOST      management daemon host, optionally host:port
  -c CONFFILE  config file to update (default ${DEFAULT_SETUP_CONF})
  -f           force: overwrite a directory formatted differently or holding other files
  -h           show this help
`;

/** A bad command line; the tool prints the message and the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const WITH_VALUE = new Set(['-p', '-s', '-i', '-m', '-c']);

/** Parses the arguments; 'help' for -h/--help; throws UsageError on anything wrong. */
export function parseSetupArgs(argv: readonly string[]): SetupOptions | 'help' {
  const v = new Map<string, string>();
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') return 'help';
    if (a === '-f') force = true;
    else if (WITH_VALUE.has(a)) {
      const value = argv[++i];
      if (value === undefined || value === '') throw new UsageError(`option ${a} needs a value`);
      v.set(a, value);
    } else throw new UsageError(`unknown argument '${a}'`);
  }
  for (const f of ['-p', '-s', '-i', '-m']) if (!v.has(f)) throw new UsageError(`missing option ${f}`);
  let mgmt: { host: string; port: number };
  try {
    mgmt = parseHostPort(v.get('-m')!, -1);
  } catch (e) {
    throw new UsageError(`-m: ${(e as Error).message}`);
  }
  return {
    dir: v.get('-p')!, nodeId: numericId('-s', v.get('-s')!), targetId: numericId('-i', v.get('-i')!),
    mgmtdHost: mgmt.host, ...(mgmt.port >= 0 ? { mgmtdPort: mgmt.port } : {}),
    confFile: v.get('-c') ?? DEFAULT_SETUP_CONF, force,
  };
}

function numericId(flag: string, raw: string): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !isValidNumericId(n)) throw new UsageError(`${flag} ${raw} is not a valid id (1..65535)`);
  return n;
}
