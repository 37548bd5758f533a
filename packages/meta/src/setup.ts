// hivefs-setup-meta: formats a meta directory for a node id and points the conf file at it.
import { resolve } from 'node:path';
import { checkFormatService, isEmptyDir, parseHostPort, readFormat, setConfKeys, writeFormat } from '@hivefs/common';
import { isValidNumericId } from '@hivefs/protocol';
import { DEFAULT_META_CONF } from './config.js';

/** First line of a config file the setup tool creates. */
const CONF_HEADER = '# HiveFS metadata daemon configuration (written by hivefs-setup-meta)';

/** Usage text of the setup tool. */
export const SETUP_USAGE = `usage: hivefs-setup-meta -p DIR -s NODEID -m HOST[:PORT] [-c CONFFILE] [-f]
  -p DIR       metadata directory to format (storeMetaDirectory)
  -s NODEID    numeric node id of this meta node (1..65535)
  -m HOST      management host (sysMgmtdHost); with :PORT also connMgmtdPort
  -c CONFFILE  config file to write or update (default ${DEFAULT_META_CONF})
  -f           force: reformat a directory formatted for another node id or service
`;

/** Parsed command line. */
export interface SetupArgs {
  dir: string;
  nodeId: number;
  mgmtdHost: string;
  mgmtdPort: number | undefined;
  confFile: string;
  force: boolean;
}

/** A bad command line; the message says what is wrong. */
export class UsageError extends Error {}

/** Parses the flags; throws UsageError. Returns undefined for -h. */
export function parseSetupArgs(argv: string[]): SetupArgs | undefined {
  const v: Record<string, string> = {};
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') return undefined;
    if (a === '-f') force = true;
    else if (['-p', '-s', '-m', '-c'].includes(a)) {
      const val = argv[++i];
      if (val === undefined || val === '') throw new UsageError(`option ${a} needs a value`);
      v[a] = val;
    } else throw new UsageError(`unknown argument '${a}'`);
  }
  for (const f of ['-p', '-s', '-m']) if (!v[f]) throw new UsageError(`option ${f} is required`);
  const nodeId = Number(v['-s']);
  if (!/^\d+$/.test(v['-s']!) || !isValidNumericId(nodeId)) throw new UsageError(`-s ${v['-s']}: node id must be 1..65535`);
  let hp;
  try {
    hp = parseHostPort(v['-m']!, 0);
  } catch (e) {
    throw new UsageError(`-m ${v['-m']}: ${(e as Error).message}`);
  }
  return { dir: resolve(v['-p']!), nodeId, mgmtdHost: hp.host, mgmtdPort: hp.port || undefined, confFile: v['-c'] ?? DEFAULT_META_CONF, force };
}

/** Formats the directory and updates the conf file; throws when the directory belongs to something else. */
export async function setupMeta(a: SetupArgs): Promise<string[]> {
  const f = await readFormat(a.dir);
  const hint = ' (use -f to reformat)';
  if (f && !a.force) checkFormatService(f, 'meta', a.dir, hint);
  if (f && f.service === 'meta' && f.nodeNumID && f.nodeNumID !== a.nodeId && !a.force) throw new Error(`${a.dir} is formatted for meta node ${f.nodeNumID}, not ${a.nodeId}${hint}`);
  if (!f && !a.force && !(await isEmptyDir(a.dir))) throw new Error(`${a.dir} is not empty and has no format.conf${hint}`);
  await writeFormat(a.dir, { service: 'meta', formatVersion: 1, nodeNumID: a.nodeId });
  const keys: Record<string, string | number> = { storeMetaDirectory: a.dir, sysMgmtdHost: a.mgmtdHost };
  if (a.mgmtdPort) keys.connMgmtdPort = a.mgmtdPort;
  await setConfKeys(a.confFile, keys, { header: CONF_HEADER });
  return [`formatted ${a.dir} for meta node ${a.nodeId}`, `updated ${a.confFile}: ${Object.entries(keys).map(([k, x]) => `${k} = ${x}`).join(', ')}`];
}

/** Output streams of the tool (tests pass their own). */
export interface SetupIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: SetupIo = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

/** Runs the tool; resolves with the exit code (0 ok, 1 bad usage or failure). */
export async function runSetup(argv: string[], io: SetupIo = stdio): Promise<number> {
  let args: SetupArgs | undefined;
  try {
    args = parseSetupArgs(argv);
  } catch (e) {
    io.err(`hivefs-setup-meta: ${(e as Error).message}\n${SETUP_USAGE}`);
    return 1;
  }
  if (!args) {
    io.out(SETUP_USAGE);
    return 0;
  }
  try {
    for (const line of await setupMeta(args)) io.out(`${line}\n`);
    return 0;
  } catch (e) {
    io.err(`hivefs-setup-meta: ${(e as Error).message}\n`);
    return 1;
  }
}
