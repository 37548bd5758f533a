// The tests bench/fuse-bench.mjs runs on every side, and the CPU accounting around them: fio
// sequential and random I/O, the 4-process metadata test (bench/meta-worker.mjs), cache drops.
import { execFile, fork } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const WORKER = fileURLToPath(new URL('../meta-worker.mjs', import.meta.url));
const MB = 1e6;

/** Processes of the metadata test. */
export const WORKERS = 4;

/** Drops the page cache, dentries and inodes (root only); says whether it could. */
export async function dropCaches() {
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

/** CPU seconds so far of each named group of pids ({ name: [pid, ...] } to { name: seconds }). */
export async function cpuSnapshot(procs) {
  const out = {};
  for (const [name, pids] of Object.entries(procs)) out[name] = (await Promise.all(pids.map(cpuSeconds))).reduce((a, b) => a + b, 0);
  return out;
}

/** What each group used between two {@link cpuSnapshot}s. */
export const cpuDelta = (before, after) => Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - (before[k] ?? 0)]));

/**
 * Pids of processes given as names (every process whose /proc/PID/comm is that name) or as
 * numbers, each optionally after `LABEL:`; { label (default: the name or pid): [pid, ...] }.
 * A name or pid that matches no running process is an error.
 */
export async function resolveProcs(specs) {
  const comms = new Map();
  const running = new Set();
  for (const e of await readdir('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    const comm = (await readFile(`/proc/${e}/comm`, 'utf8').catch(() => '')).trim();
    if (!comm) continue;
    comms.set(comm, [...(comms.get(comm) ?? []), Number(e)]);
    running.add(Number(e));
  }
  const out = {};
  for (const item of specs) {
    const i = item.indexOf(':');
    const [label, s] = i > 0 ? [item.slice(0, i), item.slice(i + 1)] : [item, item];
    const pids = /^\d+$/.test(s) ? [Number(s)].filter((p) => running.has(p)) : comms.get(s);
    if (!pids?.length) throw new Error(`no running process ${/^\d+$/.test(s) ? 'with pid' : 'named'} '${s}'`);
    out[label] = [...(out[label] ?? []), ...pids];
  }
  return out;
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

/** Sequential write of `jobs` files of `bytes` each in 1 MiB blocks, fsync at the end (counted); MB/s by the wall clock. */
export async function seqWrite(dir, name, jobs, bytes) {
  const r = await fio([`--name=${name}`, `--directory=${dir}`, '--rw=write', '--bs=1M', `--size=${bytes}`, `--numjobs=${jobs}`, '--end_fsync=1']);
  return (jobs * bytes) / r.wallS / MB; // includes the final fsync, file creation and fio's start-up
}

/** Sequential read of the files {@link seqWrite} left, after a cache drop; { mbs, cold }. */
export async function seqRead(dir, name, jobs, bytes) {
  const cold = await dropCaches();
  const r = await fio([`--name=${name}`, `--directory=${dir}`, '--rw=read', '--bs=1M', `--size=${bytes}`, `--numjobs=${jobs}`]);
  return { mbs: r.bw / MB, cold };
}

/** Removes the files of the sequential tests. */
export async function removeSeqFiles(dir) {
  for (const f of ['seq1.0.0', 'seq4.0.0', 'seq4.1.0', 'seq4.2.0', 'seq4.3.0']) await rm(join(dir, f), { force: true });
}

/** 4 KiB random reads of one 64 MiB file by 4 jobs for `runtime` s; O_DIRECT unless refused. */
export async function randRead(dir, runtime) {
  const file = join(dir, 'randread.dat');
  await fio(['--name=layout', `--filename=${file}`, '--rw=write', '--bs=1M', '--size=64M', '--end_fsync=1']);
  const cold = await dropCaches();
  const base = ['--name=randread', `--filename=${file}`, '--rw=randread', '--bs=4k', '--size=64M', `--numjobs=${WORKERS}`, '--time_based', `--runtime=${runtime}`];
  try {
    return { iops: (await fio([...base, '--direct=1'])).iops, direct: true, cold };
  } catch {
    return { iops: (await fio(base)).iops, direct: false, cold };
  } finally {
    await rm(file, { force: true });
  }
}

/** The phases of the metadata test, in order. */
export const META_PHASES = ['create', 'stat', 'read', 'unlink'];

/**
 * Create, stat, read (open, read, close) and unlink `files` small files from `processes`
 * processes (default {@link WORKERS}) in one directory, each phase timed, caches dropped before stat and read. Returns
 * { ops: per-phase files, rate: { phase: ops/s }, cpu: { phase: { process: seconds } }, cold },
 * the CPU of `procs` (as {@link cpuSnapshot} takes) sampled around each phase.
 */
export async function metadata(dir, files, procs, processes = WORKERS) {
  const d = join(dir, 'meta');
  await mkdir(d);
  const per = Math.ceil(files / processes);
  const workers = Array.from({ length: processes }, (_, i) => fork(WORKER, [d, String(i), String(per)], { stdio: 'inherit' }));
  const next = (w) => new Promise((resolve, reject) => {
    const exited = (code, sig) => reject(new Error(`metadata worker exited (${sig ?? code}) before it answered`));
    w.once('exit', exited);
    w.once('message', (m) => {
      w.off('exit', exited);
      if (m.error) reject(new Error(`metadata worker: ${m.phase}: ${m.error}`));
      else resolve(m);
    });
  });
  const result = { ops: per * processes, rate: {}, cpu: {}, cold: true };
  try {
    await Promise.all(workers.map(next));
    for (const phase of META_PHASES) {
      if (phase === 'stat' || phase === 'read') result.cold = (await dropCaches()) && result.cold;
      const before = await cpuSnapshot(procs);
      const t = process.hrtime.bigint();
      await Promise.all(workers.map((w) => {
        const done = next(w);
        w.send({ phase });
        return done;
      }));
      result.rate[phase] = result.ops / (Number(process.hrtime.bigint() - t) / 1e9);
      result.cpu[phase] = cpuDelta(before, await cpuSnapshot(procs));
    }
  } finally {
    for (const w of workers) if (w.exitCode === null) w.kill();
    await rm(d, { recursive: true, force: true });
  }
  return result;
}
