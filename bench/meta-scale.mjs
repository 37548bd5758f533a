#!/usr/bin/env node
// Benchmark of metadata scale-out: the same metadata test on local clusters with 1 meta node and
// with 2 meta nodes (more with --configs), in one run. Each configuration is measured two ways:
//   - through the FUSE mount: 4 processes create (open O_EXCL, write 512 bytes, close), stat,
//     open-read-close and unlink their files, spread over --dirs directories under the root
//     (directories are what is spread over meta nodes: a directory's entries live on its owner);
//   - over RPC, without FUSE or the client: 4 loops per meta node drive create+close, lookup and
//     unlink against the owner of each directory, to show what the meta daemons alone sustain.
// Prints one Markdown table per way (ops/s, and the ratio to the 1-node configuration), where
// the directories landed, and the CPU seconds of every process. Asserts nothing.
//
//   node bench/meta-scale.mjs [--files 10000] [--dirs 16] [--configs 1,2] [--rpc-files 8000]
//
// On a 2-core machine every process of the cluster shares the same two cores, so a second meta
// node can only help where one meta daemon (one thread) was the bound.
import { fork } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAuthSecret } from '../packages/common/dist/index.js';
import { Rpc, RpcClient, ownerNodeOf } from '../packages/protocol/dist/index.js';
import { LocalCluster } from '../packages/ctl/dist/local/index.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const FILES = Number(arg('files', '10000'));
const RPC_FILES = Number(arg('rpc-files', '8000'));
const DIRS = Number(arg('dirs', '16'));
const CONFIGS = arg('configs', '1,2').split(',').map(Number);
const WORKERS = 4;
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
async function throughMount(mnt) {
  const top = join(mnt, 'scale');
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

/** The RPC test: per directory (routed to its owner) create+close, lookup, unlink. */
async function overRpc(cluster, secret) {
  const clients = new Map();
  const clientOf = (node) => {
    if (!clients.has(node)) clients.set(node, new RpcClient({ host: cluster.spec.host, port: cluster.spec.ports.meta[node - 1], secret, timeoutMs: 30_000 }));
    return clients.get(node);
  };
  const root = clientOf(1);
  try {
    const top = (await root.call(Rpc.mkdir, { cred, parentId: 'root', name: 'rpc-scale', mode: 0o755 })).attr.entryId;
    const topClient = clientOf(ownerNodeOf(top));
    const dirs = [];
    for (let d = 0; d < DIRS; d++) dirs.push((await topClient.call(Rpc.mkdir, { cred, parentId: top, name: `d${d}`, mode: 0o755 })).attr.entryId);
    const loops = WORKERS * cluster.spec.meta;
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
    return { out, owners: dirs.map(ownerNodeOf) };
  } finally {
    for (const c of clients.values()) c.close();
  }
}

console.log(`# meta-scale ${new Date().toISOString()}  node ${process.version}  ${cpus().length} CPUs  load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const base = await mkdtemp(join(tmpdir(), 'hivefs-meta-scale-'));
const results = [];
try {
  for (const meta of CONFIGS) {
    const cluster = await LocalCluster.create({ dir: join(base, `meta${meta}`), meta, storage: 2, targetsPerStorage: 2 });
    try {
      await cluster.setMount(join(base, `mnt${meta}`));
      await cluster.up(90_000);
      const secret = await loadAuthSecret({ connAuthFile: cluster.paths.secret, connDisableAuthentication: false });
      const pids = { client: (await cluster.clientStatus()).pid, ...Object.fromEntries((await cluster.status()).map((s) => [s.name, s.pid])) };
      const fuse = await withCpu(pids, () => throughMount(cluster.spec.mount));
      const rpc = await withCpu(pids, () => overRpc(cluster, secret));
      results.push({ meta, fuse, rpc });
      console.log(`## ${meta} meta node(s): directories of the RPC test per owner: ${JSON.stringify(rpc.r.owners.reduce((m, o) => ({ ...m, [o]: (m[o] ?? 0) + 1 }), {}))}`);
      console.log(`   CPU s (mount test): ${Object.entries(fuse.cpu).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
      console.log(`   CPU s (RPC test):   ${Object.entries(rpc.cpu).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
    } finally {
      await cluster.down().catch((e) => console.error(`down: ${e.message}`));
    }
  }
} finally {
  await rm(base, { recursive: true, force: true });
}

const ratio = (v, b) => (b ? `${(v / b).toFixed(2)}x` : '-');
/** One table: `value(result, phase)` is the ops/s of a configuration in a phase. */
const table = (title, phases, value) => {
  console.log(`\n${title}\n`);
  console.log(`| meta nodes | ${phases.join(' | ')} |`);
  console.log(`|---|${phases.map(() => '---:').join('|')}|`);
  const one = results.find((r) => r.meta === 1);
  for (const r of results) console.log(`| ${r.meta} | ${phases.map((p) => `${Math.round(value(r, p))} (${ratio(value(r, p), one && value(one, p))})`).join(' | ')} |`);
};
table(`Through the FUSE mount: ${FILES} files, ${WORKERS} processes, ${DIRS} directories (ops/s, ratio to 1 node)`, ['create', 'stat', 'read', 'unlink'], (r, p) => r.fuse.r[p]);
table(`Over RPC, meta daemons alone: ${RPC_FILES} files, ${WORKERS} loops per meta node, ${DIRS} directories (ops/s, ratio to 1 node)`, ['create', 'lookup', 'unlink'], (r, p) => r.rpc.r.out[p]);
