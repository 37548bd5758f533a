// Benchmark: write then read N MiB through a real hivefs-storage process; prints MiB/s (no assertions).
// Usage: node packages/storage/bench/chunk-throughput.mjs [totalMiB=256] [requestKiB=512] [inFlight=16]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { RpcClient, RpcServer, Rpc } from '@hivefs/protocol';

const [totalMiB = 256, reqKiB = 512, inFlight = 16] = process.argv.slice(2).map(Number);
const repo = fileURLToPath(new URL('../../..', import.meta.url));
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

async function main() {
  const root = await mkdtemp(join(tmpdir(), 'hivefs-bench-'));
  const secret = randomBytes(32);
  await writeFile(join(root, 'auth'), secret.toString('base64'));
  const auth = Buffer.from(secret.toString('base64'));
  // 1. A minimal mgmtd stand-in.
  let next = 100;
  const mgmtd = new RpcServer({ service: 'mgmtd', secret: auth, log: quiet })
    .handle(Rpc.registerNode, (r) => ({ nodeId: r.nodeId || 1, mapVersion: 1 }))
    .handle(Rpc.registerTarget, (r) => ({ targetId: r.targetId || ++next, mapVersion: 1 }))
    .handle(Rpc.heartbeat, () => ({ mapVersion: 1 }))
    .handle(Rpc.getMap, () => ({ map: { version: 1 } }));
  const { port: mport } = await mgmtd.listen(0, '127.0.0.1');
  // 2. The storage daemon with two targets.
  const child = spawn(process.execPath, [join(repo, 'bin', 'hivefs-storage'), '--connStoragePort=0', '--connListenHost=127.0.0.1',
    '--sysMgmtdHost=127.0.0.1', `--connMgmtdPort=${mport}`, `--connAuthFile=${join(root, 'auth')}`, `--storeStorageDirectory=${join(root, 't1')},${join(root, 't2')}`,
    ], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = await new Promise((resolve) => createInterface({ input: child.stdout }).on('line', (l) => {
    const j = JSON.parse(l);
    if (j.msg === 'ready') resolve(j);
  }));
  const client = new RpcClient({ host: '127.0.0.1', port: ready.port, secret: auth, poolSize: 4 });
  try {
    await run(client, ready.targets);
  } finally {
    client.close();
    child.kill('SIGTERM');
    await mgmtd.close();
    await rm(root, { recursive: true, force: true });
  }
}

async function run(client, targets) {
  const reqBytes = reqKiB * 1024;
  const count = Math.floor((totalMiB * 1024 * 1024) / reqBytes);
  const payload = randomBytes(reqBytes);
  const op = (i) => ({ entryId: `${(i % 64 + 1).toString(16).toUpperCase()}-1-1`, targetId: targets[i % targets.length], offset: Math.floor(i / 64) * reqBytes });
  for (const [name, fn] of [
    ['write', (i) => client.call(Rpc.writeChunk, op(i), { payload })],
    ['read', (i) => client.call(Rpc.readChunk, { ...op(i), length: reqBytes })],
  ]) {
    const t0 = process.hrtime.bigint();
    let i = 0;
    await Promise.all(Array.from({ length: inFlight }, async () => {
      while (i < count) await fn(i++);
    }));
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(`${name}: ${count} x ${reqKiB} KiB, ${inFlight} in flight: ${((count * reqBytes) / 1048576 / secs).toFixed(0)} MiB/s`);
  }
}

await main();
