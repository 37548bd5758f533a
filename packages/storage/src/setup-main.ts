// Entry point of hivefs-setup-storage (bin/hivefs-setup-storage imports this file).
import { runSetup } from './setup-cli.js';

void runSetup(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }).then((code) => {
  process.exitCode = code;
});
