// Entry point of hivefs-setup-mgmtd (see setup/run-setup.ts).
import { runSetup } from './setup/run-setup.js';

runSetup(process.argv.slice(2), {
  out: (line) => process.stdout.write(line.endsWith('\n') ? line : `${line}\n`),
  err: (line) => process.stderr.write(line.endsWith('\n') ? line : `${line}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`hivefs-setup-mgmtd: ${(err as Error).message ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
