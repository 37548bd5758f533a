// hivefs-setup-storage as a function: parse flags, run the setup, map outcomes to exit codes.
import { SETUP_USAGE, UsageError, parseSetupArgs } from './setup-args.js';
import { setupStorage } from './setup.js';

/** Runs the setup tool; resolves the exit code (0 done, 1 usage error or refusal). */
export async function runSetup(argv: string[], io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  let opts;
  try {
    opts = parseSetupArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`hivefs-setup-storage: ${e.message}\n${SETUP_USAGE}`);
    return 1;
  }
  if (opts === 'help') {
    io.out(SETUP_USAGE);
    return 0;
  }
  try {
    for (const line of await setupStorage(opts)) io.out(`${line}\n`);
    return 0;
  } catch (e) {
    io.err(`hivefs-setup-storage: ${(e as Error).message}\n`);
    return 1;
  }
}
