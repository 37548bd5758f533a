#!/usr/bin/env node
// Benchmark of the metadata service alone: starts a local cluster (bin/hivefs-local) in a temp
// dir and drives its meta daemon over RPC, without FUSE or the client: `--workers` loops each
// create (with a session) + reportWrite + close, then lookup, then open + close, then unlink
// their own files in one directory. open+close runs twice each way, alternating: with one close
// request per open, and with the closes gathered as the FUSE client gathers them (closeSessions:
// the loops do not wait for a close; the phase ends when all were answered). Prints ops/s per phase and the CPU microseconds per op of
// meta and of the storage daemons (chunk removals after unlink). Asserts nothing.
//
//   node bench/meta-rpc.mjs [--files 4000] [--workers 4] [--tagged] [--mirror]
//   --tagged: mutating requests carry a RequestTag (exactly once), as the FUSE client's do
//   --mirror: 2 meta nodes in a meta buddy group holding the root (hivefs-local up --meta 2
//             --mirror); the loops drive the primary, the secondary's CPU gets its own column
//   --phases create,unlink: only these phases (create always runs: the others use its files)
//   SERVER_PROF=1 node bench/meta-rpc.mjs    # also CPU-profiles the daemons (bench/cpu-prof-hook.cjs)
//   SERVER_PROF=1 KEEP_PROF=/tmp/prof node bench/meta-rpc.mjs   # and keeps the .cpuprofile files there
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadAuthSecret } from '../packages/common/dist/index.js';
import { CloseBatcher } from '../packages/client-fuse/dist/close-batcher.js';
import { Rpc, RpcClient } from '../packages/protocol/dist/index.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const FILES = Number(arg('files', '4000'));
const WORKERS = Number(arg('workers', '4'));
const TAGGED = process.argv.includes('--tagged');
const MIRROR = process.argv.includes('--mirror');
const PHASES = arg('phases', '');
const cred = { uid: 0, gid: 0, gids: [] };
const O_WRONLY_CREAT_EXCL = 0o1 | 0o100 | 0o200;

async function cpu(pid) {
  const f = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

const dir = await mkdtemp(join(tmpdir(), 'hivefs-meta-rpc-'));
const cluster = join(dir, 'cluster');
const env = { ...process.env };
if (process.env.SERVER_PROF) Object.assign(env, { HIVEFS_PROF_DIR: join(dir, 'prof'), NODE_OPTIONS: `--require ${join(ROOT, 'bench/cpu-prof-hook.cjs')}` });
await run(process.execPath, [join(ROOT, 'bin/hivefs-local'), 'up', '--dir', cluster, ...(MIRROR ? ['--meta', '2', '--mirror'] : [])], { env });
let client;
try {
  const c = JSON.parse(await readFile(join(cluster, 'cluster.json'), 'utf8'));
  const secret = await loadAuthSecret({ connAuthFile: join(cluster, 'conf/auth.secret'), connDisableAuthentication: false });
  const pids = {};
  for (const name of ['meta01', 'storage01', 'storage02', ...(MIRROR ? ['meta02'] : [])]) pids[name] = Number(await readFile(join(cluster, 'run', `${name}.pid`), 'utf8'));
  const rpc = new RpcClient({ host: c.host, port: c.ports.meta[0], secret, timeoutMs: 30_000 });
  client = rpc;
  // --tagged: a tag per mutating request, done_below = the lowest id in flight (client-fuse/src/request-tags.ts)
  const mutating = new Set([Rpc.mkdir, Rpc.create, Rpc.reportWrite, Rpc.close, Rpc.open, Rpc.unlink]);
  const inFlight = new Set();
  let nextId = 1;
  const call = async (def, req) => {
    if (!TAGGED || !mutating.has(def)) return rpc.call(def, req);
    const requestId = nextId++;
    inFlight.add(requestId);
    try {
      return await rpc.call(def, { ...req, tag: { clientId: 1, requestId, doneBelow: inFlight.values().next().value } });
    } finally {
      inFlight.delete(requestId);
    }
  };
  const d = await call(Rpc.mkdir, { cred, parentId: 'root', name: 'bench', mode: 0o755 });
  const dirId = d.attr.entryId;
  const per = Math.ceil(FILES / WORKERS);
  const ids = new Map();
  const name = (w, i) => `w${w}-${i}`;
  const gatherer = new CloseBatcher({ ownerOf: () => 1, call: (def, _routeId, req) => rpc.call(def, req) }, () => 1, { debug() {}, warn: (o, m) => console.error(m, o) });
  const openClose = async (w, i) => {
    const entryId = ids.get(name(w, i));
    const r = await call(Rpc.open, { cred, entryId, flags: 0, clientId: 1 });
    await call(Rpc.close, { entryId, handleId: r.handleId, clientId: 1, sizeHint: 0 });
  };
  const openGathered = async (w, i) => {
    const entryId = ids.get(name(w, i));
    const r = await call(Rpc.open, { cred, entryId, flags: 0, clientId: 1 });
    gatherer.close(entryId, Number(r.handleId));
  };
  const phases = {
    create: async (w, i) => {
      const r = await call(Rpc.create, { cred, parentId: dirId, name: name(w, i), mode: 0o644, flags: O_WRONLY_CREAT_EXCL, clientId: 1, open: true });
      ids.set(name(w, i), r.attr.entryId);
      const h = { entryId: r.attr.entryId, handleId: r.handleId, clientId: 1, sizeHint: 512, mtime: { sec: Math.floor(Date.now() / 1000), nsec: 0 } };
      await call(Rpc.reportWrite, h);
      await call(Rpc.close, { ...h, sizeHint: 0, mtime: null });
    },
    lookup: (w, i) => call(Rpc.lookup, { cred, parentId: dirId, name: name(w, i) }),
    'open+close': openClose,
    'open+close, gathered closes': openGathered,
    'open+close ': openClose,
    'open+close, gathered closes ': openGathered,
    unlink: (w, i) => call(Rpc.unlink, { cred, parentId: dirId, name: name(w, i) }),
  };
  console.log(`meta over RPC: ${WORKERS} workers x ${per} files, one directory (${MIRROR ? 'a mirrored meta pair' : '1 meta'}, 2 storage daemons, 4 targets)${TAGGED ? ', tagged requests (exactly once)' : ''}`);
  console.log(`| phase | ops/s | meta CPU µs/op |${MIRROR ? ' secondary CPU µs/op |' : ''} storage CPU µs/op |`);
  console.log(`|---|---:|---:|${MIRROR ? '---:|' : ''}---:|`);
  const chosen = PHASES ? new Set(['create', ...PHASES.split(',')]) : undefined;
  for (const p of chosen ?? []) if (!(p in phases)) throw new Error(`--phases: no phase '${p}' (${Object.keys(phases).join(', ')})`);
  for (const [phase, fn] of Object.entries(phases)) {
    if (chosen && !chosen.has(phase)) continue;
    const c0 = await Promise.all(Object.values(pids).map(cpu));
    const t0 = performance.now();
    await Promise.all(Array.from({ length: WORKERS }, async (_, w) => {
      for (let i = 0; i < per; i++) await fn(w, i);
    }));
    await gatherer.settle();
    if (phase === 'unlink') await new Promise((r) => setTimeout(r, 500)); // background chunk removal
    const secs = (performance.now() - t0) / 1000;
    const c1 = await Promise.all(Object.values(pids).map(cpu));
    const n = WORKERS * per;
    const us = (k) => Math.round(((c1[k] - c0[k]) * 1e6) / n);
    console.log(`| ${phase} | ${Math.round(n / (phase === 'unlink' ? secs - 0.5 : secs))} | ${us(0)} |${MIRROR ? ` ${us(3)} |` : ''} ${us(1) + us(2)} |`);
  }
} finally {
  client?.close();
  await run(process.execPath, [join(ROOT, 'bin/hivefs-local'), 'down', '--dir', cluster], { env: process.env }).catch((e) => console.error(e.message));
  if (process.env.SERVER_PROF) {
    for (const f of await readdir(join(dir, 'prof')).catch(() => [])) {
      if (!/^hivefs-(meta|storage)-/.test(f)) continue;
      const { stdout } = await run(process.execPath, [join(ROOT, 'bench/cpuprofile-top.mjs'), join(dir, 'prof', f), '--top', '25', ...(process.env.PROF_ARGS ?? '').split(' ').filter(Boolean)]);
      console.log(`== ${f}\n${stdout}`);
    }
  }
  // KEEP_PROF=DIR: copy the profiles there (for bench/cpuprofile-top.mjs --last, --total) before the temp dir goes
  if (process.env.SERVER_PROF && process.env.KEEP_PROF) await run('cp', ['-r', join(dir, 'prof'), process.env.KEEP_PROF]).catch((e) => console.error(e.message));
  await rm(dir, { recursive: true, force: true });
}
