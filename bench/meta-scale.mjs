#!/usr/bin/env node
// Benchmark of metadata scale-out and of meta buddy mirroring: the same metadata test on local
// clusters with 1 meta node, with 2 unmirrored meta nodes and with a mirrored meta pair (2 meta
// nodes in one meta buddy group holding the root, set up as `hivefs-local up --mirror` does; the
// directories below it belong to the group, served by its primary, journaled to the secondary),
// in one run (other configurations with --configs: N meta nodes, or `2m` for the mirrored pair).
// Each configuration is measured two ways:
//   - through the FUSE mount: 4 processes create (open O_EXCL, write 512 bytes, close), stat,
//     open-read-close and unlink their files, spread over --dirs directories under the root
//     (directories are what is spread over meta nodes: a directory's entries live on its owner);
//   - over RPC, without FUSE or the client: 4 loops per meta node drive create+close, lookup and
//     unlink against the owner of each directory (a group's entries: its primary), to show what
//     the meta daemons alone sustain (the mirrored pair gets the loops of one node: one serves).
// Prints one Markdown table per way (ops/s, the median of --rounds rounds, and the ratio to the
// 1-node configuration), where the directories landed, and the CPU microseconds every process
// spent per file (all phases of a file together). Asserts nothing.
//
//   node bench/meta-scale.mjs [--files 10000] [--dirs 16] [--configs 1,2,2m] [--rpc-files 8000] [--ways mount,rpc] [--rounds 3] [--keep]
//
// On a 2-core machine every process of the cluster shares the same two cores, so a second meta
// node can only help where one meta daemon (one thread) was the bound, and a mirrored pair pays
// for the secondary's work on the same cores. The mirrored configuration needs meta daemons that
// serve meta buddy groups (without them the root is mirrored in the map only).
import { fork } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAuthSecret } from '../packages/common/dist/index.js';
import { MapView, Rpc, describeOwner, hivefs, metaNodeOfOwner, ownerNodeOf, rootOwnerOf } from '../packages/protocol/dist/index.js';

const { NodeType } = hivefs;
import { LocalCluster, createMetaMirror } from '../packages/ctl/dist/local/index.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const USAGE = `usage: node bench/meta-scale.mjs [--files N] [--dirs N] [--configs LIST] [--rpc-files N] [--ways mount,rpc] [--rounds N] [--keep]

  --files N       files of the through-the-mount test, over 4 processes (default 10000)
  --dirs N        directories under the root the files are spread over (default 16)
  --configs LIST  clusters to measure: N (N meta nodes) or Nm (N meta nodes, the root's in a
                  meta buddy group), comma-separated (default 1,2,2m)
  --rpc-files N   files of the over-RPC test (default 8000)
  --ways LIST     mount, rpc or both (default mount,rpc)
  --rounds N      rounds per configuration; tables show medians (default 1)
  --keep          leave the clusters' directories (logs, stores) and print where
  --help, -h      print this text`;
{
  const VALUED = new Set(['--files', '--rpc-files', '--dirs', '--configs', '--ways', '--rounds']);
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--help' || argv[i] === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (VALUED.has(argv[i]) && argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) i++;
    else if (argv[i] !== '--keep') {
      console.error(`meta-scale: ${VALUED.has(argv[i]) ? `${argv[i]} needs a value` : `unknown option '${argv[i]}'`}\n${USAGE}`);
      process.exit(2);
    }
  }
}
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const FILES = Number(arg('files', '10000'));
const RPC_FILES = Number(arg('rpc-files', '8000'));
const DIRS = Number(arg('dirs', '16'));
/** Configurations: `N` meta nodes unmirrored, `Nm` N meta nodes with the root's node and another in a meta buddy group. */
const CONFIGS = arg('configs', '1,2,2m').split(',').map((c) => {
  const m = /^(\d+)(m?)$/.exec(c.trim());
  if (!m || Number(m[1]) < 1 || (m[2] && Number(m[1]) < 2)) throw new Error(`--configs: '${c}' is not N or Nm (N meta nodes; m: a mirrored pair, N >= 2)`);
  return { meta: Number(m[1]), mirrored: m[2] === 'm', label: m[2] ? `${m[1]} (mirrored pair)` : m[1] };
});
/** Which tests run: `mount` (through FUSE), `rpc` (meta daemons alone), or both. */
const WAYS = new Set(arg('ways', 'mount,rpc').split(','));
for (const w of WAYS) if (w !== 'mount' && w !== 'rpc') throw new Error(`--ways: '${w}' is not mount or rpc`);
/** Rounds of each test per configuration; the tables show the median of each phase. */
const ROUNDS = Number(arg('rounds', '1'));
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`--rounds: '${arg('rounds')}' is not a positive integer`);
const WORKERS = 4;
/** --keep: leave the clusters' directories (logs, stores) for a look afterwards. */
const KEEP = process.argv.includes('--keep');
const cred = { uid: 0, gid: 0, gids: [] };
const O_WRONLY_CREAT_EXCL = 0o1 | 0o100 | 0o200;

async function cpuSeconds(pid) {
  try {
    const f = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return 0;
  }
}

/** CPU seconds per process name used while `fn` ran. */
async function withCpu(pids, fn) {
  const before = await Promise.all(Object.values(pids).map(cpuSeconds));
  const r = await fn();
  const after = await Promise.all(Object.values(pids).map(cpuSeconds));
  return { r, cpu: Object.fromEntries(Object.keys(pids).map((k, i) => [k, after[i] - before[i]])) };
}

/** The FUSE test: ops/s per phase over DIRS directories. */
async function throughMount(mnt, round) {
  const top = join(mnt, `scale-${round}`);
  await mkdir(top);
  for (let d = 0; d < DIRS; d++) await mkdir(join(top, `d${d}`));
  const per = Math.ceil(FILES / WORKERS);
  const workers = Array.from({ length: WORKERS }, (_, i) => fork(join(HERE, 'meta-worker.mjs'), [top, String(i), String(per), String(DIRS)], { stdio: 'inherit' }));
  const next = (w) => new Promise((resolve, reject) => w.once('message', (m) => (m.error ? reject(new Error(`metadata worker: ${m.phase}: ${m.error}`)) : resolve(m))));
  await Promise.all(workers.map(next));
  const out = {};
  for (const phase of ['create', 'stat', 'read', 'unlink']) {
    const t = performance.now();
    await Promise.all(workers.map((w) => {
      const done = next(w);
      w.send({ phase });
      return done;
    }));
    out[phase] = (per * WORKERS) / ((performance.now() - t) / 1000);
  }
  await rm(top, { recursive: true, force: true });
  return out;
}

/**
 * The RPC test: per directory (routed to its owner: a node, or its group's current primary, by a
 * MapView as the client routes) create+close, lookup, unlink. WORKERS loops for each of the
 * `serving` meta nodes (a mirrored pair: one).
 */
async function overRpc(cluster, secret, serving, round) {
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const view = new MapView({ mgmtdHost: cluster.spec.host, mgmtdPort: cluster.spec.ports.mgmtd, secret, log: quiet, timeoutMs: 30_000 });
  await view.refresh();
  const clientOf = (owner) => view.nodeClient(NodeType.META, metaNodeOfOwner(view.map, owner));
  const root = clientOf(rootOwnerOf(view.map));
  try {
    const top = (await root.call(Rpc.mkdir, { cred, parentId: 'root', name: `rpc-scale-${round}`, mode: 0o755 })).attr.entryId;
    const topClient = clientOf(ownerNodeOf(top));
    const dirs = [];
    for (let d = 0; d < DIRS; d++) dirs.push((await topClient.call(Rpc.mkdir, { cred, parentId: top, name: `d${d}`, mode: 0o755 })).attr.entryId);
    const loops = WORKERS * serving;
    const per = Math.ceil(RPC_FILES / loops);
    const at = (w, i) => {
      const dirId = dirs[(w + i) % dirs.length];
      return { dirId, c: clientOf(ownerNodeOf(dirId)), name: `w${w}-${i}` };
    };
    const phases = {
      create: async (w, i) => {
        const { dirId, c, name } = at(w, i);
        const r = await c.call(Rpc.create, { cred, parentId: dirId, name, mode: 0o644, flags: O_WRONLY_CREAT_EXCL, clientId: 1, open: true });
        await c.call(Rpc.close, { entryId: r.attr.entryId, handleId: r.handleId, clientId: 1, sizeHint: 0 });
      },
      lookup: (w, i) => {
        const { dirId, c, name } = at(w, i);
        return c.call(Rpc.lookup, { cred, parentId: dirId, name });
      },
      unlink: (w, i) => {
        const { dirId, c, name } = at(w, i);
        return c.call(Rpc.unlink, { cred, parentId: dirId, name });
      },
    };
    const out = {};
    for (const [phase, fn] of Object.entries(phases)) {
      const t = performance.now();
      await Promise.all(Array.from({ length: loops }, async (_, w) => {
        for (let i = 0; i < per; i++) await fn(w, i);
      }));
      out[phase] = (loops * per) / ((performance.now() - t) / 1000);
    }
    return { out, owners: dirs.map((d) => describeOwner(ownerNodeOf(d))) };
  } finally {
    view.close();
  }
}

console.log(`# meta-scale ${new Date().toISOString()}  node ${process.version}  ${cpus().length} CPUs  load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const base = await mkdtemp(join(tmpdir(), 'hivefs-meta-scale-'));
const results = [];
try {
  for (const config of CONFIGS) {
    const { meta, mirrored, label } = config;
    const name = `meta${meta}${mirrored ? 'm' : ''}`;
    const cluster = await LocalCluster.create({ dir: join(base, name), meta, storage: 2, targetsPerStorage: 2 });
    try {
      await cluster.setMount(join(base, `mnt-${name}`));
      await cluster.up(90_000);
      if (mirrored) {
        const mm = await createMetaMirror(cluster, 60_000);
        console.log(`## ${label}: meta buddy group ${mm.groupId} (primary ${mm.primaryId}, secondary ${mm.secondaryId}) holds the root`);
      }
      const secret = await loadAuthSecret({ connAuthFile: cluster.paths.secret, connDisableAuthentication: false });
      const pids = { client: (await cluster.clientStatus()).pid, ...Object.fromEntries((await cluster.status()).map((s) => [s.name, s.pid])) };
      const fuse = [];
      const rpc = [];
      for (let round = 0; round < ROUNDS; round++) {
        if (WAYS.has('mount')) fuse.push(await withCpu(pids, () => throughMount(cluster.spec.mount, round)));
        if (WAYS.has('rpc')) rpc.push(await withCpu({ ...pids, bench: process.pid }, () => overRpc(cluster, secret, mirrored ? meta - 1 : meta, round)));
      }
      results.push({ config, fuse: fuse.map((f) => f.r), rpc: rpc.map((x) => x.r.out) });
      const cpuLine = (runs, ops) => Object.keys(runs[0].cpu).map((k) => `${k} ${Math.round((median(runs.map((x) => x.cpu[k])) / ops) * 1e6)}`).join(', ');
      if (fuse.length) console.log(`   CPU us per file (mount test: create, stat, read, unlink; median of ${ROUNDS}): ${cpuLine(fuse, Math.ceil(FILES / WORKERS) * WORKERS)}`);
      if (rpc.length) {
        const loops = WORKERS * (mirrored ? meta - 1 : meta);
        console.log(`## ${label} meta node(s): directories of the RPC test per owner: ${JSON.stringify(rpc[0].r.owners.reduce((m, o) => ({ ...m, [o]: (m[o] ?? 0) + 1 }), {}))}`);
        console.log(`   CPU us per file (RPC test: create+close, lookup, unlink; median of ${ROUNDS}): ${cpuLine(rpc, Math.ceil(RPC_FILES / loops) * loops)}`);
      }
    } finally {
      await cluster.down().catch((e) => console.error(`down: ${e.message}`));
    }
  }
} finally {
  if (KEEP) console.log(`# kept ${base} (daemon logs under <config>/log)`);
  else await rm(base, { recursive: true, force: true });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
const ratio = (v, b) => (b ? `${(v / b).toFixed(2)}x` : '-');
/** One table: `value(result, phase)` is the ops/s of a configuration in a phase. */
const table = (title, phases, value) => {
  console.log(`\n${title}\n`);
  console.log(`| meta nodes | ${phases.join(' | ')} |`);
  console.log(`|---|${phases.map(() => '---:').join('|')}|`);
  const one = results.find((r) => r.config.meta === 1 && !r.config.mirrored);
  for (const r of results) console.log(`| ${r.config.label} | ${phases.map((p) => `${Math.round(value(r, p))} (${ratio(value(r, p), one && value(one, p))})`).join(' | ')} |`);
};
if (WAYS.has('mount')) table(`Through the FUSE mount: ${FILES} files, ${WORKERS} processes, ${DIRS} directories (ops/s, ratio to 1 node)`, ['create', 'stat', 'read', 'unlink'], (r, p) => median(r.fuse.map((f) => f[p])));
if (WAYS.has('rpc')) table(`Over RPC, meta daemons alone: ${RPC_FILES} files, ${WORKERS} loops per serving meta node, ${DIRS} directories (ops/s, ratio to 1 node)`, ['create', 'lookup', 'unlink'], (r, p) => median(r.rpc.map((x) => x[p])));
