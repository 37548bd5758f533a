#!/usr/bin/env node
// One metadata worker of bench/fuse-bench.mjs (forked 4 times): on each {phase} message from the
// parent it runs that phase over its own files in a shared directory, with synchronous calls
// (one op in flight per process, like an ordinary program), and replies {phase, ms}.
//
//   fork('bench/meta-worker.mjs', [dir, workerId, count, subdirs])
// With subdirs > 0 the files are spread round-robin over dir/d0 .. dir/d<subdirs-1> (which the
// parent creates), so that with several meta nodes they land on the owners of those directories.
//   phases: create (open O_CREAT|O_EXCL, write 512 bytes, close), stat, read (open, read, close), unlink
import { closeSync, openSync, readSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const [dir, id, countArg, subdirsArg] = process.argv.slice(2);
const count = Number(countArg);
const subdirs = Number(subdirsArg ?? '0');
const parentOf = (i) => (subdirs > 0 ? join(dir, `d${(i + Number(id)) % subdirs}`) : dir);
const names = Array.from({ length: count }, (_, i) => join(parentOf(i), `w${id}-${String(i).padStart(6, '0')}`));
const data = Buffer.alloc(512, 0x61 + Number(id));
const buf = Buffer.alloc(4096);

const phases = {
  create() {
    for (const n of names) {
      const fd = openSync(n, 'wx', 0o644);
      writeSync(fd, data);
      closeSync(fd);
    }
  },
  stat() {
    for (const n of names) if (statSync(n).size !== data.length) throw new Error(`${n}: wrong size`);
  },
  read() {
    for (const n of names) {
      const fd = openSync(n, 'r');
      const got = readSync(fd, buf, 0, buf.length, 0);
      closeSync(fd);
      if (got !== data.length || buf[0] !== data[0]) throw new Error(`${n}: read ${got} bytes, expected ${data.length}`);
    }
  },
  unlink() {
    for (const n of names) unlinkSync(n);
  },
};

process.on('message', (m) => {
  const t = process.hrtime.bigint();
  try {
    phases[m.phase]();
    process.send({ phase: m.phase, ms: Number(process.hrtime.bigint() - t) / 1e6 });
  } catch (e) {
    process.send({ phase: m.phase, error: e.message });
  }
  if (m.phase === 'unlink') process.disconnect();
});
process.send({ phase: 'ready' });
