// hivefs-setup-mgmtd: formats the mgmtd data directory and points the config file at it.
import { resolve } from 'node:path';
import { setConfKeys } from '@hivefs/common';
import { prepareMgmtdDir } from '../format.js';
import { USAGE, UsageError, parseSetupArgs } from './args.js';

/** Where the tool writes its messages. */
export interface SetupIo {
  out(line: string): void;
  err(line: string): void;
}

const NAME = 'hivefs-setup-mgmtd';
/** First line of a config file the tool creates. */
const CONF_HEADER = '# hivefs-mgmtd configuration (key = value); see hivefs-mgmtd for all keys.';

/** Runs the tool on `argv` (without node and script); resolves with the exit code. */
export async function runSetup(argv: string[], io: SetupIo): Promise<number> {
  let args: ReturnType<typeof parseSetupArgs>;
  try {
    args = parseSetupArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`${NAME}: ${err.message}\n\n${USAGE}`);
    return 1;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const dir = resolve(args.dir);
  if (/[\r\n]|\s#/.test(dir)) {
    io.err(`${NAME}: directory '${dir}' cannot be written to a config file (newline or ' #' in the path)`);
    return 1;
  }
  try {
    const created = await prepareMgmtdDir(dir, args.force);
    io.out(created ? `formatted ${dir} as the mgmtd data directory` : `${dir} is already a mgmtd data directory; keeping it`);
    const newConf = await setConfKeys(args.confFile, { storeMgmtdDirectory: dir }, { header: CONF_HEADER });
    io.out(`${newConf ? 'wrote' : 'updated'} ${args.confFile}: storeMgmtdDirectory = ${dir}`);
    return 0;
  } catch (err) {
    io.err(`${NAME}: ${(err as Error).message}`);
    return 1;
  }
}
