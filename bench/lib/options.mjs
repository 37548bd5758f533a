// Command line of bench/fuse-bench.mjs: the usage text and a parser that checks every option
// before anything is started, so that a typo fails at once with a clear message.
import { statSync } from 'node:fs';

export const USAGE = `usage: node bench/fuse-bench.mjs [options]

Measures, in one run and with the same tests, HiveFS through its FUSE mount of a local cluster
(1 meta, 2 storage daemons, 4 targets; once per engine), other mounted file systems given with
--also, the trivial fuse-native file system (bench/trivial-fuse.mjs) and a local directory.
Tests: fio sequential write (fsync at the end, counted) and cold read in 1 MiB blocks by 1 job
and by 4 jobs, 4 KiB random reads by 4 jobs, and a metadata test (4 processes, --meta-procs,
create, stat, open-read-close and unlink --files small files in one directory), with the CPU each HiveFS
process spends per metadata operation. Prints Markdown tables of the medians; asserts nothing.
Needs fio, a built tree (packages/*/dist), /dev/fuse, and root to drop caches.

options:
  --engines LIST     HiveFS engines to measure, each with its own client mounting the same
                     cluster: lowlevel, native or both (default: lowlevel,native)
  --also NAME=PATH   also measure the file system mounted at PATH under the name NAME (a
                     directory there is written to; it is created and removed by the run);
                     repeatable, e.g. --also moosefs=/mnt/mfs/g1 --also glusterfs=/mnt/gvdist
  --also-cpu NAME=P,P  processes whose CPU is counted for the --also file system NAME: process
                     names (every process of that name, summed) or pids, each optionally
                     after LABEL: (the same label sums), e.g. --also-cpu
                     moosefs=mfsmount,mfsmaster,mfschunkserver or --also-cpu
                     glusterfs=client:PID,glusterfsd; repeatable
  --only LIST        which built-in sides to run: hivefs, trivial, local (default: all three)
  --tests LIST       which tests to run: seq, rand, meta (default: all three)
  --rounds N         rounds of every test, the order of the sides rotating; medians are
                     printed (default 3; --repeat N is the same)
  --seq-size SIZE    bytes of the 1-job sequential test; the 4 jobs write a quarter each
                     (default 1G; K, M, G suffixes)
  --runtime S        seconds of the random-read test (default 20)
  --files N          files of the metadata test, split over its processes (default 10000)
  --meta-procs N     processes of the metadata test, each working on its own files one
                     operation at a time (default 4; 1 shows the latency of one program, as
                     tar x has it)
  --keep             keep the temporary directory (cluster, logs) and print its path
  --help, -h         print this text`;

const ENGINES = ['lowlevel', 'native'];
const BUILTIN = ['hivefs', 'trivial', 'local'];
const TEST_GROUPS = ['seq', 'rand', 'meta'];
const NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,31}$/;

/** Thrown for a bad command line; the message says what is wrong. */
export class UsageError extends Error {}

/** Bytes of a size like 512K, 64M or 1G. */
export function parseSize(s) {
  const m = /^(\d+)([KMG])$/.exec(s ?? '');
  if (!m || Number(m[1]) === 0) throw new UsageError(`bad size '${s}': expected a positive number with K, M or G (e.g. 1G)`);
  return Number(m[1]) * { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m[2]];
}

function positiveInt(name, v) {
  if (!/^\d+$/.test(v ?? '') || Number(v) < 1) throw new UsageError(`--${name} ${v ?? ''}: expected a positive integer`);
  return Number(v);
}

function list(name, v, allowed) {
  const items = (v ?? '').split(',').filter(Boolean);
  const bad = items.filter((x) => !allowed.includes(x));
  if (items.length === 0 || bad.length) throw new UsageError(`--${name} ${v ?? ''}: expected a comma-separated list of ${allowed.join(', ')}`);
  return [...new Set(items)];
}

/** Splits NAME=VALUE and checks NAME. */
function named(opt, v) {
  const i = (v ?? '').indexOf('=');
  const name = i > 0 ? v.slice(0, i) : '';
  if (!NAME.test(name) || i === v.length - 1) throw new UsageError(`--${opt} ${v ?? ''}: expected NAME=VALUE, NAME a letter then letters, digits, '.', '_' or '-'`);
  return [name, v.slice(i + 1)];
}

function alsoDir(name, path) {
  if (!path.startsWith('/')) throw new UsageError(`--also ${name}=${path}: the path must be absolute`);
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw new UsageError(`--also ${name}=${path}: ${e.code === 'ENOENT' ? 'no such directory (is the file system mounted?)' : e.message}`);
  }
  if (!st.isDirectory()) throw new UsageError(`--also ${name}=${path}: not a directory`);
  return path;
}

/**
 * Parses argv (without node and the script). Returns the options, or `{ help: true }`.
 * Throws {@link UsageError} on an unknown option, a missing or bad value, or a bad --also.
 */
export function parseOptions(argv) {
  const o = { engines: ENGINES, also: [], alsoCpu: new Map(), only: BUILTIN, tests: TEST_GROUPS, rounds: 3, seqSize: '1G', runtime: 20, files: 10000, metaProcs: 4, keep: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const [flag, inline] = a.startsWith('--') && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value (see --help)`);
      return v;
    };
    switch (flag) {
      case '--help': case '-h': o.help = true; break;
      case '--keep': o.keep = true; break;
      case '--engines': o.engines = list('engines', value(), ENGINES); break;
      case '--only': o.only = list('only', value(), BUILTIN); break;
      case '--tests': o.tests = list('tests', value(), TEST_GROUPS); break;
      case '--rounds': case '--repeat': o.rounds = positiveInt('rounds', value()); break;
      case '--runtime': o.runtime = positiveInt('runtime', value()); break;
      case '--files': o.files = positiveInt('files', value()); break;
      case '--meta-procs': o.metaProcs = positiveInt('meta-procs', value()); break;
      case '--seq-size': o.seqSize = value(); parseSize(o.seqSize); break;
      case '--also': {
        const [name, path] = named('also', value());
        if (o.also.some((x) => x.name === name)) throw new UsageError(`--also ${name}: given twice`);
        o.also.push({ name, path: alsoDir(name, path) });
        break;
      }
      case '--also-cpu': {
        const [name, procs] = named('also-cpu', value());
        o.alsoCpu.set(name, procs.split(',').filter(Boolean));
        break;
      }
      default: throw new UsageError(`unknown option '${a}' (see --help)`);
    }
  }
  for (const name of o.alsoCpu.keys()) {
    if (!o.also.some((x) => x.name === name)) throw new UsageError(`--also-cpu ${name}: no --also ${name}=PATH`);
  }
  if (parseSize(o.seqSize) % (4 * 1024 * 1024) !== 0) throw new UsageError(`--seq-size ${o.seqSize}: must be a multiple of 4M (4 jobs of whole 1 MiB blocks)`);
  return o;
}
