#!/usr/bin/env node
// Benchmark: HiveFS through its FUSE mount of a local cluster, with each engine, beside other
// mounted file systems (--also, e.g. MooseFS and GlusterFS), the trivial fuse-native file system
// (bench/trivial-fuse.mjs, the reference ceiling of a fuse-native file system) and a local
// directory, all in one run with the same tests; medians of --rounds rounds in one table with a
// row per file system, and the CPU each HiveFS process spends per metadata operation.
// `node bench/fuse-bench.mjs --help` lists the options (bench/lib/options.mjs).
//
// Modules: bench/lib/options.mjs (command line), sides.mjs (what is measured, started and
// stopped), fs-tests.mjs (the tests and CPU sampling), report.mjs (the tables).
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { USAGE, UsageError, parseOptions, parseSize } from './lib/options.mjs';
import { WORKERS, cpuDelta, cpuSnapshot, metadata, randRead, removeSeqFiles, seqRead, seqWrite } from './lib/fs-tests.mjs';
import { openSides } from './lib/sides.mjs';
import { Results, mediansTable, metaCpuTable, rangesTable, ratiosTable, testCpuLines } from './lib/report.mjs';

let opts;
try {
  opts = parseOptions(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  process.stderr.write(`fuse-bench: ${e.message}\n`);
  process.exit(2);
}
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}

const SEQ1 = parseSize(opts.seqSize);
const SEQ4 = SEQ1 / 4;
const mib = (b) => (b >= 1024 ** 3 ? `${b / 1024 ** 3} GiB` : `${b / 1024 ** 2} MiB`);
const fioVersion = (await promisify(execFile)('fio', ['--version'])).stdout.trim();
const [load1] = loadavg();
console.log(`# fuse-bench ${new Date().toISOString()}  node ${process.version}  ${fioVersion}  ${cpus().length} CPUs  load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
if (load1 > 1.5) console.log(`# WARNING: 1-minute load ${load1.toFixed(2)} > 1.5: other work competes for the CPUs; numbers will be low and noisy`);

const base = await mkdtemp(join(tmpdir(), 'hivefs-fuse-bench-'));
let stopSignal;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (stopSignal) process.exit(130); // a second signal: leave at once (mounts may be left behind)
    stopSignal = sig;
    console.log(`# ${sig}: stopping after the current test, then unmounting and stopping what the run started`);
  });
}
let sides, close;
try {
  ({ sides, close } = await openSides(base, opts, console.log));
} catch (e) {
  process.stderr.write(`fuse-bench: ${e.message}\n`);
  if (!opts.keep) await rm(base, { recursive: true, force: true });
  process.exit(1);
}
const results = new Results();
const loads = [];
const direct = {};
let cold = true;
try {
  /** Runs one test on every side in `order`; `fn(side)` records its values. Adds the CPU the side's processes used. */
  async function each(test, order, fn) {
    for (const s of order) {
      if (stopSignal) throw new Error(`stopped by ${stopSignal}`);
      const before = await cpuSnapshot(s.procs);
      await fn(s);
      results.addTestCpu(test, s.label, cpuDelta(before, await cpuSnapshot(s.procs)));
    }
    loads.push(loadavg()[0]);
    console.log(`# done (load ${loadavg()[0].toFixed(2)}): ${test}`);
  }
  for (let round = 0; round < opts.rounds; round++) {
    // rotate the order each round, so that no side always runs right after the same other one
    const order = sides.map((_, i) => sides[(i + round) % sides.length]);
    console.log(`# round ${round + 1} of ${opts.rounds}: ${order.map((s) => s.label).join(', ')}`);
    if (opts.tests.includes('seq')) {
      await each('seq write 1 job', order, async (s) => results.add('w1', s.key, await seqWrite(s.dir, 'seq1', 1, SEQ1)));
      await each('seq write 4 jobs', order, async (s) => results.add('w4', s.key, await seqWrite(s.dir, 'seq4', 4, SEQ4)));
      await each('seq read 1 job', order, async (s) => {
        const r = await seqRead(s.dir, 'seq1', 1, SEQ1);
        cold = r.cold && cold;
        results.add('r1', s.key, r.mbs);
      });
      await each('seq read 4 jobs', order, async (s) => {
        const r = await seqRead(s.dir, 'seq4', 4, SEQ4);
        cold = r.cold && cold;
        results.add('r4', s.key, r.mbs);
      });
      for (const s of sides) await removeSeqFiles(s.dir);
    }
    if (opts.tests.includes('rand')) {
      await each('random read', order, async (s) => {
        const r = await randRead(s.dir, opts.runtime);
        direct[s.label] = r.direct;
        cold = r.cold && cold;
        results.add('rand', s.key, r.iops);
      });
    }
    if (opts.tests.includes('meta')) {
      await each('metadata', order, async (s) => {
        const m = await metadata(s.dir, opts.files, s.procs, opts.metaProcs);
        cold = m.cold && cold;
        for (const [phase, rate] of Object.entries(m.rate)) results.add(phase, s.key, rate);
        results.addMetaCpu(s.key, m.ops, m.cpu);
      });
    }
  }

  const n = opts.rounds;
  console.log('');
  console.log(`Sequential: 1 job x ${mib(SEQ1)} and 4 jobs x ${mib(SEQ4)} in 1 MiB blocks (writes: fsync at the end, counted; wall clock). Random: 4 KiB, ${WORKERS} jobs, ${opts.runtime} s, 64 MiB file. Metadata: ${results.metaOps} files, ${opts.metaProcs} process(es), one directory; create = open O_EXCL, write 512 B, close.`);
  console.log(n > 1 ? `Median of ${n} rounds:` : 'One round:');
  console.log('');
  console.log(mediansTable(results, sides));
  if (n > 1) {
    console.log('');
    console.log(`Lowest–highest of the ${n} rounds:`);
    console.log('');
    console.log(rangesTable(results, sides));
  }
  const ratios = ratiosTable(results, sides);
  if (ratios) console.log(`\n${ratios}`);
  console.log('');
  console.log(`Cold: ${cold ? 'page cache, dentries and inodes dropped (drop_caches=3) before every seq read, the random reads and the stat and read phases' : 'NOT cold (not root: reads may come from the page cache)'}.`);
  console.log(`1-minute load after each test: ${loads.map((l) => l.toFixed(2)).join(', ')} (${cpus().length} CPUs; the run itself adds about 2).`);
  if (Object.keys(direct).length) console.log(`Random reads with O_DIRECT: ${Object.entries(direct).map(([k, d]) => `${k} ${d ? 'yes' : 'no (refused; buffered)'}`).join(', ')}.`);
  const cpuTable = metaCpuTable(results, sides);
  if (cpuTable) {
    console.log('');
    console.log(`CPU per metadata operation (user+system of each process during the phase / ${results.metaOps} files${n > 1 ? `, median of ${n} rounds` : ''}):`);
    console.log('');
    console.log(cpuTable);
  }
  const lines = testCpuLines(results, n);
  if (lines.length) {
    console.log('');
    console.log(`CPU seconds (user+system) per process during each test${n > 1 ? ', mean of the rounds' : ''}:`);
    for (const l of lines) console.log(l);
  }
} catch (e) {
  // a signal ends the run with the usual 128 + signal number, anything else with 1 and its stack
  process.exitCode = stopSignal ? 128 + { SIGINT: 2, SIGTERM: 15 }[stopSignal] : 1;
  process.stderr.write(`fuse-bench: ${stopSignal ? e.message : e.stack}\n`);
} finally {
  await close();
  if (!opts.keep) await rm(base, { recursive: true, force: true });
  else console.log(`kept ${base}`);
}
