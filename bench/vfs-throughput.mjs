#!/usr/bin/env node
// Benchmark: sequential write and read of one large file through the HiveFS VFS (a local cluster
// of real daemons on loopback, file striped over 4 targets) beside the same on a plain local
// directory, in one run. Prints MB/s; asserts nothing.
//
//   node bench/vfs-throughput.mjs [--size 1G] [--block 1M] [--keep]
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomFillSync } from 'node:crypto';
import { LocalCluster } from '../packages/ctl/dist/local/index.js';
import { Vfs } from '../packages/client-fuse/dist/index.js';
import { createLogger, parseSize } from '../packages/common/dist/index.js';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const SIZE = parseSize(arg('size', '1G'));
const BLOCK = parseSize(arg('block', '1M'));
const ROOT = { uid: 0, gid: 0, gids: [] };
const MB = 1e6;

async function dropCaches() {
  // Cold reads for both sides when we may (root); otherwise both read from the page cache.
  try {
    await writeFile('/proc/sys/vm/drop_caches', '3\n');
    return true;
  } catch {
    return false;
  }
}

async function timed(fn) {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

function makeBlock() {
  const b = Buffer.allocUnsafe(BLOCK);
  randomFillSync(b);
  return b;
}

async function hivefs(dir, block) {
  const cluster = await LocalCluster.create({ dir: join(dir, 'cluster'), meta: 1, storage: 2, targetsPerStorage: 2 });
  await cluster.up();
  const vfs = await Vfs.connect({ mgmtdHost: cluster.mgmtd.host, mgmtdPort: cluster.mgmtd.port, secret: await cluster.secret(), log: createLogger({ service: 'bench', level: 'warn' }) });
  try {
    const path = '/bench.dat';
    const write = await timed(async () => {
      const fh = await vfs.create(path, 0o644, 0o1 /* O_WRONLY */, ROOT);
      for (let off = 0; off < SIZE; off += BLOCK) await vfs.write(fh, block, Math.min(BLOCK, SIZE - off), off);
      await vfs.fsync(fh, false);
      await vfs.release(fh);
    });
    const cold = await dropCaches();
    const buf = Buffer.allocUnsafe(BLOCK);
    const read = await timed(async () => {
      const fh = await vfs.open(path, 0 /* O_RDONLY */, ROOT);
      for (let off = 0; off < SIZE; off += BLOCK) {
        const n = await vfs.read(fh, buf, Math.min(BLOCK, SIZE - off), off);
        if (n !== Math.min(BLOCK, SIZE - off)) throw new Error(`short read at ${off}: ${n}`);
      }
      await vfs.release(fh);
    });
    const st = await vfs.getattr(path, ROOT);
    if (st.size !== SIZE) throw new Error(`size ${st.size} != ${SIZE}`);
    return { write, read, cold };
  } finally {
    await vfs.close();
    await cluster.down();
  }
}

async function local(dir, block) {
  const path = join(dir, 'local.dat');
  const write = await timed(async () => {
    const fh = await open(path, 'w');
    for (let off = 0; off < SIZE; off += BLOCK) await fh.write(block, 0, Math.min(BLOCK, SIZE - off), off);
    await fh.sync();
    await fh.close();
  });
  const cold = await dropCaches();
  const buf = Buffer.allocUnsafe(BLOCK);
  const read = await timed(async () => {
    const fh = await open(path, 'r');
    for (let off = 0; off < SIZE; off += BLOCK) await fh.read(buf, 0, Math.min(BLOCK, SIZE - off), off);
    await fh.close();
  });
  return { write, read, cold };
}

const dir = await mkdtemp(join(tmpdir(), 'hivefs-bench-'));
try {
  const block = makeBlock();
  const h = await hivefs(dir, block);
  const l = await local(dir, block);
  const rate = (s) => (SIZE / MB / s).toFixed(0).padStart(8);
  const ratio = (a, b) => (b / a).toFixed(2).padStart(6);
  console.log(`size ${SIZE / 2 ** 20} MiB, block ${BLOCK / 2 ** 10} KiB, reads ${h.cold && l.cold ? 'cold (caches dropped)' : 'from page cache'}; MB/s`);
  console.log('| test       | HiveFS VFS (4 targets) | local disk | ratio |');
  console.log('|------------|------------------------|------------|-------|');
  console.log(`| seq write  |               ${rate(h.write)} |   ${rate(l.write)} | ${ratio(h.write, l.write)} |`);
  console.log(`| seq read   |               ${rate(h.read)} |   ${rate(l.read)} | ${ratio(h.read, l.read)} |`);
} finally {
  if (!process.argv.includes('--keep')) await rm(dir, { recursive: true, force: true });
}
