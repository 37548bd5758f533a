#!/usr/bin/env node
// Benchmark of storage buddy mirroring on a local cluster with DEFAULT timers (heartbeat 1 s,
// Probably-offline 3 s, Offline 6 s, lease 4 s): (1) sequential write through the FUSE mount into
// a buddy-mirrored directory and into a RAID0 directory, in alternating rounds, and their ratio;
// (2) the failover pause: a probe process rewrites and fsyncs one 64 KiB block of a mirrored
// file in a loop; the primary's storage daemon is killed (-9); the pause is the time from the
// kill to the first write completed afterwards (on the new primary): the longest gap between two
// completed writes around the kill. The daemon is started again,
// the bench waits until its target is resynced and Good, and repeats (--kills times). Prints
// figures; asserts nothing.
//
//   node bench/mirror-bench.mjs [--kills 5] [--size 1024] [--rounds 3] [--keep]
//
// Needs fio, a built tree (packages/*/dist), FUSE and root (drop_caches; fio's direct flag).
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { LocalCluster } from '../packages/ctl/dist/local/index.js';
import { MapView, hivefs } from '../packages/protocol/dist/index.js';

const run = promisify(execFile);
const HERE = fileURLToPath(new URL('.', import.meta.url));
const CTL = join(HERE, '..', 'bin', 'hivefs-ctl');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};

// ---- probe mode: a child process that rewrites one block and fsyncs, logging completions ------

if (process.argv[2] === '--probe') {
  const fh = await open(process.argv[3], 'w');
  const block = Buffer.alloc(64 * 1024, 0x5a);
  let stop = false;
  process.on('SIGTERM', () => (stop = true));
  while (!stop) {
    await fh.write(block, 0, block.length, 0);
    await fh.datasync();
    process.stdout.write(`${Date.now()}\n`);
  }
  await fh.close();
  process.exit(0);
}

const KILLS = Number(arg('kills', '5'));
const SIZE_MB = Number(arg('size', '1024'));
const ROUNDS = Number(arg('rounds', '3'));
const KEEP = process.argv.includes('--keep');
const QUIET = { debug() {}, info() {}, warn() {}, error() {} };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function ctl(cfg, ...args) {
  const { stdout } = await run(process.execPath, [CTL, `--cfgFile=${cfg}`, ...args]);
  return stdout;
}

async function dropCaches() {
  await run('sync');
  await writeFile('/proc/sys/vm/drop_caches', '3\n').catch(() => undefined);
}

/** fio sequential write of SIZE_MB in 1 MiB blocks, fsync at the end; MB/s. */
async function seqWrite(dir) {
  const file = join(dir, 'seq.fio');
  await dropCaches();
  const { stdout } = await run('fio', ['--name=seq', `--filename=${file}`, '--rw=write', '--bs=1M', `--size=${SIZE_MB}M`, '--end_fsync=1', '--output-format=json'], { maxBuffer: 1 << 24 });
  const job = JSON.parse(stdout).jobs[0];
  await rm(file, { force: true });
  return job.write.bw_bytes / 1e6;
}

async function until(what, fn, timeoutMs) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

console.log(`# mirror-bench ${new Date().toISOString()}  node ${process.version}  ${cpus().length} CPUs  load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const base = await mkdtemp(join(tmpdir(), 'hivefs-mirror-bench-'));
const cluster = await LocalCluster.create({ dir: join(base, 'cluster'), meta: 1, storage: 2, targetsPerStorage: 2 });
const mnt = join(base, 'mnt');
let view;
let probe;
try {
  await cluster.setMount(mnt);
  await cluster.up(60_000);
  const cfg = cluster.paths.clientConf;
  view = new MapView({ mgmtdHost: cluster.mgmtd.host, mgmtdPort: cluster.mgmtd.port, secret: await cluster.secret(), log: QUIET, timeoutMs: 2000 });
  await ctl(cfg, '--addmirrorgroup', '--automatic', '--nodetype=storage');
  const mirrored = join(mnt, 'mirrored');
  const plain = join(mnt, 'plain');
  await mkdir(mirrored);
  await mkdir(plain);
  await ctl(cfg, '--setpattern', mirrored, '--buddymirror', '--numtargets=2');
  console.log((await ctl(cfg, '--listmirrorgroups', '--nodetype=storage')).trimEnd());

  // (1) mirrored vs unmirrored sequential write.
  const w = { mirrored: [], plain: [] };
  for (let r = 0; r < ROUNDS; r++) {
    for (const [key, dir] of r % 2 ? [['plain', plain], ['mirrored', mirrored]] : [['mirrored', mirrored], ['plain', plain]]) w[key].push(await seqWrite(dir));
  }
  const fmt = (xs) => `${median(xs).toFixed(0)} MB/s (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  console.log(`\nsequential write ${SIZE_MB} MiB, 1 MiB blocks, fsync at end, ${ROUNDS} rounds (median, min–max):`);
  console.log(`  RAID0, 4 targets:           ${fmt(w.plain)}`);
  console.log(`  buddy mirror, 2 groups:     ${fmt(w.mirrored)}`);
  console.log(`  mirrored / unmirrored:      ${(median(w.mirrored) / median(w.plain)).toFixed(2)}x`);

  // (2) failover pauses.
  const probeFile = join(mirrored, 'probe');
  probe = spawn(process.execPath, [fileURLToPath(import.meta.url), '--probe', probeFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  const done = [];
  let partial = '';
  probe.stdout.on('data', (d) => {
    const lines = (partial + d).split('\n');
    partial = lines.pop();
    for (const l of lines) done.push(Number(l));
  });
  await until('the probe to write', async () => done.length > 10, 30_000);
  const groupOfProbe = async () => {
    const map = await view.refresh();
    const [g] = map.groups.filter((x) => x.nodeType === hivefs.NodeType.STORAGE).sort((a, b) => a.groupId - b.groupId);
    return g;
  };
  const pauses = [];
  console.log(`\nfailover: kill -9 of the storage daemon holding the primary, ${KILLS} times (probe: 64 KiB write + fdatasync in a loop)`);
  for (let k = 0; k < KILLS; k++) {
    // The probe's block 0 lies on the file's first stripe; find its group's primary and daemon.
    const attr = JSON.parse(await ctl(cfg, '--getentryinfo', probeFile, '--json'));
    const groupId = attr.pattern?.stripeIds?.[0] ?? (await groupOfProbe()).groupId;
    const map = await view.refresh();
    const g = map.groups.find((x) => x.groupId === groupId && x.nodeType === hivefs.NodeType.STORAGE);
    const slot = cluster.slots.find((s) => s.targetIds.includes(g.primaryId));
    const killedAt = Date.now();
    await cluster.stop(slot.name, 'SIGKILL');
    const after = await until('the switchover', async () => {
      const now = (await view.refresh()).groups.find((x) => x.groupId === groupId && x.nodeType === hivefs.NodeType.STORAGE);
      return now?.primaryId !== g.primaryId && now;
    }, 60_000);
    const switchedAt = Date.now();
    const resumed = await until('a write after the switchover', async () => done.find((t) => t > switchedAt), 60_000);
    // The pause the application saw: the longest gap between two completed writes around the kill.
    const around = [...done.filter((t) => t <= killedAt).slice(-1), ...done.filter((t) => t > killedAt && t <= resumed)];
    const pause = Math.max(...around.map((t, i) => (i ? t - around[i - 1] : 0))) / 1000;
    pauses.push(pause);
    console.log(`  kill ${k + 1}: group ${groupId} primary ${g.primaryId} (${slot.name}) -> ${after.primaryId}; writes paused ${pause.toFixed(2)} s`);
    await cluster.start(slot.name);
    const t0 = Date.now();
    await until(`target ${g.primaryId} to be resynced and Good`, async () => {
      const t = (await view.refresh()).targets.find((x) => x.targetId === g.primaryId && x.nodeType === hivefs.NodeType.STORAGE);
      return t?.reachability === hivefs.Reachability.ONLINE && t.consistency === hivefs.Consistency.GOOD && !t.resyncing;
    }, 120_000);
    console.log(`          ${slot.name} back; target ${g.primaryId} Good again after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  console.log(`  median pause over ${pauses.length} kills: ${median(pauses).toFixed(2)} s (min ${Math.min(...pauses).toFixed(2)}, max ${Math.max(...pauses).toFixed(2)})`);
} finally {
  if (probe && probe.exitCode === null) {
    probe.kill('SIGTERM');
    await new Promise((r) => probe.once('exit', r));
  }
  view?.close();
  await cluster.down().catch((e) => console.error(`cluster down failed: ${e.message}`));
  if (!KEEP) await rm(base, { recursive: true, force: true });
  else console.log(`kept ${base}`);
}
