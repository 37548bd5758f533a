// The file systems bench/fuse-bench.mjs measures ("sides"), each a directory to run the tests in
// and the processes whose CPU is counted: HiveFS once per engine (one hivefs-client per engine,
// all mounting the same local cluster), file systems already mounted (--also), the trivial
// fuse-native file system, and a local directory. `openSides` starts what it needs; `close`
// stops only that.
import { spawn } from 'node:child_process';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  LocalCluster, binPath, isMounted, isMountedLine, lazyUnmount, prepareMountDir, removeStaleRegistration, startDetached, stopByPidFile, waitForReady,
} from '../../packages/ctl/dist/local/index.js';
import { resolveProcs } from './fs-tests.mjs';

const TRIVIAL = fileURLToPath(new URL('../trivial-fuse.mjs', import.meta.url));
const START_MS = 60_000;

/** Row label of a HiveFS engine. */
export const hivefsLabel = (engine) => `HiveFS ${engine}`;

/**
 * Starts and mounts what the options ask for under `base` and returns
 * { sides: [{ key, label, dir, procs, kind }], close() }, sides in table order: HiveFS engines,
 * --also file systems, trivial FUSE, local disk. `kind` is hivefs, also, trivial or local.
 * On a failure everything started so far is stopped again.
 */
export async function openSides(base, opts, log) {
  const sides = [];
  const closers = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch((e) => log(`# cleanup: ${e.message}`));
  };
  try {
    const also = [];
    for (const a of opts.also) { // first: a wrong --also-cpu fails before the cluster starts
      let procs = {};
      try {
        procs = opts.alsoCpu.has(a.name) ? await resolveProcs(opts.alsoCpu.get(a.name)) : {};
      } catch (e) {
        throw new Error(`--also-cpu ${a.name}: ${e.message}`);
      }
      if ((await stat(a.path)).dev === (await stat('/')).dev) log(`# WARNING: ${a.path} (--also ${a.name}) is on the root file system: is the file system mounted?`);
      const dir = join(a.path, `hivefs-fuse-bench-${process.pid}`);
      await mkdir(dir);
      closers.push(() => rm(dir, { recursive: true, force: true }));
      also.push({ key: a.name, label: a.name, dir, procs, kind: 'also' });
    }
    if (opts.only.includes('hivefs')) await openHivefs(base, opts.engines, sides, closers, log);
    sides.push(...also);
    if (opts.only.includes('trivial')) sides.push(await openTrivial(join(base, 'mnt-trivial'), closers));
    if (opts.only.includes('local')) {
      await mkdir(join(base, 'local'));
      sides.push({ key: 'local', label: 'local disk', dir: join(base, 'local'), procs: {}, kind: 'local' });
    }
  } catch (e) {
    await close();
    throw e;
  }
  return { sides, close };
}

/** A local cluster (1 meta, 2 storage daemons, 4 targets) and one client per engine, each on its own mount point and working directory. */
async function openHivefs(base, engines, sides, closers, log) {
  const cluster = await LocalCluster.create({ dir: join(base, 'cluster'), meta: 1, storage: 2, targetsPerStorage: 2 });
  closers.push(() => cluster.down());
  await cluster.up(START_MS);
  const daemons = Object.fromEntries((await cluster.status()).filter((s) => s.pid).map((s) => [s.name, [s.pid]]));
  for (const engine of engines) {
    const { pid, mount } = await startEngineClient(cluster, join(base, `mnt-${engine}`), engine, closers);
    log(`# HiveFS ${engine}: client pid ${pid} mounted on ${mount}`);
    const dir = join(mount, `bench-${engine}`);
    await mkdir(dir);
    sides.push({ key: `hivefs-${engine}`, label: hivefsLabel(engine), dir, procs: { client: [pid], ...daemons }, kind: 'hivefs' });
  }
}

/** Starts `hivefs-client --engine=<engine>` on the cluster's client config and waits until it says it mounted with that engine. */
async function startEngineClient(cluster, dir, engine, closers) {
  const mount = await prepareMountDir(dir);
  const name = `client-${engine}`;
  const [pidFile, logFile, outFile] = [cluster.paths.pid(name), cluster.paths.log(name), cluster.paths.out(name)];
  closers.push(async () => {
    await stopByPidFile(pidFile, 'SIGTERM', 10_000);
    if (await isMounted(mount)) await lazyUnmount(mount);
    await removeStaleRegistration(mount);
  });
  const args = [`--mount=${mount}`, `--cfgFile=${cluster.paths.clientConf}`, `--logStdFile=${logFile}`, `--engine=${engine}`];
  const pid = await startDetached(binPath('hivefs-client'), args, outFile, pidFile);
  const line = await waitForReady({ pid, logFile, from: 0, outFile, timeoutMs: START_MS, name: `hivefs-client --engine=${engine}`, match: isMountedLine });
  if (line.engine !== engine) throw new Error(`hivefs-client --engine=${engine} mounted with engine ${String(line.engine)} (see ${logFile})`);
  return { pid, mount };
}

/** bench/trivial-fuse.mjs mounted at `mnt`. */
async function openTrivial(mnt, closers) {
  const child = spawn(process.execPath, [TRIVIAL, mnt], { stdio: ['ignore', 'pipe', 'inherit'] });
  closers.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await gone;
    }
    if (await isMounted(mnt)) await lazyUnmount(mnt);
  });
  await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
      if (out.includes('"msg":"mounted"')) resolve();
    });
    child.once('exit', (c) => reject(new Error(`trivial-fuse exited ${c}: ${out}`)));
  });
  return { key: 'trivial', label: 'trivial FUSE', dir: mnt, procs: { trivial: [child.pid] }, kind: 'trivial' };
}
