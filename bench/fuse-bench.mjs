#!/usr/bin/env node
// Benchmark: the HiveFS FUSE mount of a local cluster beside a trivial fuse-native file system
// (bench/trivial-fuse.mjs, the reference ceiling) and a plain local directory, in one run, with
// the same set on each: fio sequential write and read of 1 GiB in 1 MiB blocks (1 job, and
// 4 jobs x 256 MiB), fio 4 KiB random reads (4 jobs, O_DIRECT where the file system takes it),
// and a metadata test (create, stat, read, unlink 10,000 small files from 4 processes, one
// directory). Page cache, dentries and inodes are dropped before every read phase when run as
// root. Prints a table (Markdown) with the ratios, and the CPU seconds each side used; asserts nothing.
//
//   node bench/fuse-bench.mjs [--repeat 3] [--runtime 20] [--files 10000] [--only hivefs,trivial,local] [--keep]
//
// With --repeat N every test runs N rounds (the order of the three sides rotating) and the table
// shows the median with the range: on a shared 2-core machine single runs vary by up to 2x.
//
// Needs fio, a built tree (packages/*/dist) and FUSE (/dev/fuse; root for drop_caches).
import { execFile, fork, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { LocalCluster, lazyUnmount } from '../packages/ctl/dist/local/index.js';
import { readMountTable } from '../packages/ctl/dist/mount/index.js';

const run = promisify(execFile);
const HERE = fileURLToPath(new URL('.', import.meta.url));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const RUNTIME = Number(arg('runtime', '20'));
const FILES = Number(arg('files', '10000'));
const KEEP = process.argv.includes('--keep');
const ONLY = new Set(arg('only', 'hivefs,trivial,local').split(','));
const REPEAT = Number(arg('repeat', '1'));
const WORKERS = 4;
const MB = 1e6;

// ---- helpers ---------------------------------------------------------------------------------

/** Drops the page cache, dentries and inodes (root only); says whether it could. */
async function dropCaches() {
  try {
    await run('sync');
    await writeFile('/proc/sys/vm/drop_caches', '3\n');
    return true;
  } catch {
    return false;
  }
}

/** CPU seconds (user + system) a process has used so far; 0 when it is gone. */
async function cpuSeconds(pid) {
  try {
    const st = await readFile(`/proc/${pid}/stat`, 'utf8');
    const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return 0;
  }
}

/** Runs fio with JSON output; returns { bw: bytes/s, iops, wallS } of the (group-reported) job. */
async function fio(args) {
  const t = process.hrtime.bigint();
  const { stdout } = await run('fio', [...args, '--output-format=json', '--group_reporting', '--ioengine=psync', '--fallocate=none'], { maxBuffer: 64 << 20 });
  const wallS = Number(process.hrtime.bigint() - t) / 1e9;
  const job = JSON.parse(stdout.slice(stdout.indexOf('{'))).jobs[0];
  if (job.error) throw new Error(`fio ${args.join(' ')}: error ${job.error}`);
  const side = job.read.io_bytes > 0 ? job.read : job.write;
  return { bw: side.bw_bytes, iops: side.iops, wallS };
}

/** Sequential write of `jobs` files of `size` each (fsync at the end, counted), MB/s. */
async function seqWrite(dir, name, jobs, size) {
  const bytes = jobs * parseSize(size);
  const r = await fio([`--name=${name}`, `--directory=${dir}`, '--rw=write', '--bs=1M', `--size=${size}`, `--numjobs=${jobs}`, '--end_fsync=1']);
  return bytes / r.wallS / MB; // wall clock: includes the final fsync, file creation and fio's start-up
}

/** Sequential read of the files `seqWrite` left, MB/s. */
async function seqRead(dir, name, jobs, size) {
  const r = await fio([`--name=${name}`, `--directory=${dir}`, '--rw=read', '--bs=1M', `--size=${size}`, `--numjobs=${jobs}`]);
  return r.bw / MB;
}

/** 4 KiB random reads of one 64 MiB file by 4 jobs for RUNTIME s; O_DIRECT unless refused. */
async function randRead(dir) {
  const file = join(dir, 'randread.dat');
  await fio(['--name=layout', `--filename=${file}`, '--rw=write', '--bs=1M', '--size=64M', '--end_fsync=1']);
  const cold = await dropCaches();
  const base = ['--name=randread', `--filename=${file}`, '--rw=randread', '--bs=4k', '--size=64M', `--numjobs=${WORKERS}`, '--time_based', `--runtime=${RUNTIME}`];
  try {
    return { iops: (await fio([...base, '--direct=1'])).iops, direct: true, cold };
  } catch {
    return { iops: (await fio(base)).iops, direct: false, cold };
  }
}

/** Create/stat/read/unlink FILES small files from WORKERS processes in one directory; ops/s per phase and whether stat/read were cold. */
async function metadata(dir) {
  const d = join(dir, 'meta');
  await mkdir(d);
  const per = Math.ceil(FILES / WORKERS);
  const workers = Array.from({ length: WORKERS }, (_, i) => fork(join(HERE, 'meta-worker.mjs'), [d, String(i), String(per)], { stdio: 'inherit' }));
  const next = (w) => new Promise((resolve, reject) => {
    w.once('message', (m) => (m.error ? reject(new Error(`metadata worker: ${m.phase}: ${m.error}`)) : resolve(m)));
  });
  await Promise.all(workers.map(next));
  const result = {};
  for (const phase of ['create', 'stat', 'read', 'unlink']) {
    if (phase === 'stat' || phase === 'read') result.cold = await dropCaches();
    const t = process.hrtime.bigint();
    await Promise.all(workers.map((w) => {
      const done = next(w);
      w.send({ phase });
      return done;
    }));
    result[phase] = (per * WORKERS) / (Number(process.hrtime.bigint() - t) / 1e9);
  }
  await rm(d, { recursive: true, force: true });
  return result;
}

function parseSize(s) {
  const m = /^(\d+)([KMG])$/.exec(s);
  return Number(m[1]) * { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m[2]];
}

/** Waits for a `"msg":"mounted"` line on a child's stdout. */
function waitMounted(child, what) {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
      if (out.includes('"msg":"mounted"')) resolve();
    });
    child.on('exit', (c) => reject(new Error(`${what} exited ${c}: ${out}`)));
  });
}

// ---- the run ---------------------------------------------------------------------------------

const fioVersion = (await run('fio', ['--version'])).stdout.trim();
const [load1] = loadavg();
console.log(`# fuse-bench ${new Date().toISOString()}  node ${process.version}  ${fioVersion}  ${cpus().length} CPUs  load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
if (load1 > 1.5) console.log(`# WARNING: 1-minute load ${load1.toFixed(2)} > 1.5: other work competes for the CPUs; numbers will be low and noisy`);

const base = await mkdtemp(join(tmpdir(), 'hivefs-fuse-bench-'));
const cluster = await LocalCluster.create({ dir: join(base, 'cluster'), meta: 1, storage: 2, targetsPerStorage: 2 });
const trivialMnt = join(base, 'mnt-trivial');
let trivial;
try {
  const targets = [];
  if (ONLY.has('hivefs')) {
    await cluster.setMount(join(base, 'mnt-hivefs'));
    await cluster.up(60_000);
    const pids = { client: (await cluster.clientStatus()).pid, ...Object.fromEntries((await cluster.status()).map((s) => [s.name, s.pid])) };
    targets.push({ key: 'hivefs', dir: cluster.spec.mount, pids });
  }
  if (ONLY.has('trivial')) {
    trivial = spawn(process.execPath, [join(HERE, 'trivial-fuse.mjs'), trivialMnt], { stdio: ['ignore', 'pipe', 'inherit'] });
    await waitMounted(trivial, 'trivial-fuse');
    targets.push({ key: 'trivial', dir: trivialMnt, pids: { trivial: trivial.pid } });
  }
  if (ONLY.has('local')) {
    await mkdir(join(base, 'local'));
    targets.push({ key: 'local', dir: join(base, 'local'), pids: {} });
  }
  const rows = new Map(); // label -> { unit, values: { target: number[] } }
  const cpu = new Map(); // `${test}|${target}` -> { test, target, by: { process: seconds summed over repeats } }
  const loads = [];
  const direct = {};
  let cold = true;
  const record = (label, unit, key, value) => {
    if (!rows.has(label)) rows.set(label, { label, unit, values: {} });
    (rows.get(label).values[key] ??= []).push(value);
  };
  /** Runs one test on every target (in `order`); `fn` returns [label, unit, value] rows. Adds the CPU each FUSE side used. */
  async function each(test, order, fn) {
    for (const t of order) {
      const before = await Promise.all(Object.values(t.pids).map(cpuSeconds));
      for (const [label, unit, value] of await fn(t)) record(label, unit, t.key, value);
      const after = await Promise.all(Object.values(t.pids).map(cpuSeconds));
      if (t.key === 'local') continue;
      const c = cpu.get(`${test}|${t.key}`) ?? { test, target: t.key, by: {} };
      Object.keys(t.pids).forEach((k, i) => (c.by[k] = (c.by[k] ?? 0) + after[i] - before[i]));
      cpu.set(`${test}|${t.key}`, c);
    }
    loads.push(loadavg()[0]);
    console.log(`# done (load ${loadavg()[0].toFixed(2)}): ${test}`);
  }
  const SEQ_W1 = 'seq write 1 job x 1 GiB (1 MiB blocks, fsync at end)';
  const SEQ_W4 = 'seq write 4 jobs x 256 MiB';
  const SEQ_R1 = 'seq read 1 job x 1 GiB';
  const SEQ_R4 = 'seq read 4 jobs x 256 MiB';
  const RAND = `4 KiB random read, 4 jobs, ${RUNTIME} s, 64 MiB file`;
  for (let rep = 0; rep < REPEAT; rep++) {
    // rotate the order each round, so that no side always runs right after the same other one
    const order = targets.map((_, i) => targets[(i + rep) % targets.length]);
    console.log(`# round ${rep + 1} of ${REPEAT}: ${order.map((t) => t.key).join(', ')}`);
    await each(SEQ_W1, order, async (t) => [[SEQ_W1, 'MB/s', await seqWrite(t.dir, 'seq1', 1, '1G')]]);
    await each(SEQ_W4, order, async (t) => [[SEQ_W4, 'MB/s', await seqWrite(t.dir, 'seq4', 4, '256M')]]);
    await each(SEQ_R1, order, async (t) => {
      cold = (await dropCaches()) && cold;
      return [[SEQ_R1, 'MB/s', await seqRead(t.dir, 'seq1', 1, '1G')]];
    });
    await each(SEQ_R4, order, async (t) => {
      cold = (await dropCaches()) && cold;
      return [[SEQ_R4, 'MB/s', await seqRead(t.dir, 'seq4', 4, '256M')]];
    });
    for (const t of targets) {
      for (const f of ['seq1.0.0', 'seq4.0.0', 'seq4.1.0', 'seq4.2.0', 'seq4.3.0']) await rm(join(t.dir, f), { force: true });
    }
    await each(RAND, order, async (t) => {
      const r = await randRead(t.dir);
      direct[t.key] = r.direct;
      cold = r.cold && cold;
      await rm(join(t.dir, 'randread.dat'), { force: true });
      return [[RAND, 'IOPS', r.iops]];
    });
    await each(`metadata: ${FILES} files, ${WORKERS} processes`, order, async (t) => {
      const m = await metadata(t.dir);
      cold = m.cold && cold;
      return [['create (open O_EXCL, write 512 B, close)', 'ops/s', m.create], ['stat', 'ops/s', m.stat], ['read (open, read, close)', 'ops/s', m.read], ['unlink', 'ops/s', m.unlink]];
    });
  }

  // ---- report --------------------------------------------------------------------------------
  const median = (a) => {
    if (!a?.length) return undefined;
    const s = [...a].sort((x, y) => x - y);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const num = (v) => (v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1));
  const cell = (a) => {
    if (!a?.length) return '-';
    return a.length === 1 ? num(a[0]) : `${num(median(a))} (${num(Math.min(...a))}–${num(Math.max(...a))})`;
  };
  const ratio = (a, b) => (a && b ? (median(a) / median(b)).toFixed(2) : '-');
  console.log('');
  if (REPEAT > 1) console.log(`Median of ${REPEAT} rounds (min–max in brackets); ratios of the medians.`);
  console.log('| test | unit | HiveFS mount | trivial FUSE | local dir | HiveFS / trivial | HiveFS / local |');
  console.log('|---|---|---:|---:|---:|---:|---:|');
  for (const r of rows.values()) {
    const v = r.values;
    console.log(`| ${r.label} | ${r.unit} | ${cell(v.hivefs)} | ${cell(v.trivial)} | ${cell(v.local)} | ${ratio(v.hivefs, v.trivial)} | ${ratio(v.hivefs, v.local)} |`);
  }
  console.log('');
  console.log(`Cold: ${cold ? 'page cache, dentries and inodes dropped (drop_caches=3) before every seq read, the random reads and the stat and read phases' : 'NOT cold (not root: reads may come from the page cache)'}.`);
  console.log(`1-minute load after each test: ${loads.map((l) => l.toFixed(2)).join(', ')} (2 CPUs; the run itself adds about 2).`);
  console.log(`Random reads with O_DIRECT: ${Object.entries(direct).map(([k, d]) => `${k} ${d ? 'yes' : 'no (refused; buffered)'}`).join(', ')}.`);
  const aim = [...rows.values()].map((r) => {
    const need = r.unit === 'ops/s' ? 1 / 3 : r.unit === 'MB/s' ? 0.5 : undefined;
    if (need === undefined || !r.values.hivefs || !r.values.trivial) return undefined;
    const x = median(r.values.hivefs) / median(r.values.trivial);
    return `${r.label.split(' (')[0]}: ${x.toFixed(2)} ${x >= need ? '>=' : '<'} ${need.toFixed(2)}`;
  }).filter(Boolean);
  console.log(`Aim (seq I/O >= 0.50x trivial FUSE, metadata >= 0.33x): ${aim.join('; ')}.`);
  console.log('');
  console.log(`CPU seconds (user+system) per process during each test${REPEAT > 1 ? ', mean of the rounds' : ''}:`);
  for (const c of cpu.values()) console.log(`  ${c.test.split(' (')[0].padEnd(44)} ${c.target.padEnd(8)} ${Object.entries(c.by).map(([k, s]) => `${k} ${(s / REPEAT).toFixed(2)}`).join('  ')}`);
} finally {
  if (trivial?.exitCode === null) {
    trivial.kill('SIGTERM');
    await new Promise((r) => trivial.once('exit', r));
  }
  if ((await readMountTable()).some((m) => m.mountpoint === trivialMnt)) await lazyUnmount(trivialMnt);
  await cluster.down();
  if (!KEEP) await rm(base, { recursive: true, force: true });
  else console.log(`kept ${base}`);
}
