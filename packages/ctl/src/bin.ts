// Entry point of the hivefs-ctl binary.
import { main } from './run.js';

const io = { out: (t: string) => void process.stdout.write(t), err: (t: string) => void process.stderr.write(t), tty: process.stdout.isTTY === true };

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`hivefs-ctl: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 3;
  },
);
