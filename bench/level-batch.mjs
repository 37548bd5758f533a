#!/usr/bin/env node
// Cost of one LevelDB write from JavaScript, as the meta daemon makes them: the array form of
// `db.batch(ops)` against a chained batch (`db.batch().put(...).write()`), for batches of 1, 11
// and 100 puts of 100-byte values under meta-like string keys. Prints the process CPU per batch
// (main thread and LevelDB's thread together) and the part spent synchronously inside the call
// on the main thread. Asserts nothing.
//
//   node bench/level-batch.mjs [--batches-of 40000]   # total puts per measurement
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { Level } = createRequire(new URL('../packages/common/package.json', import.meta.url))('level');
const i = process.argv.indexOf('--batches-of');
const TOTAL = i > 0 ? Number(process.argv[i + 1]) : 40_000;
const dir = await mkdtemp(join(tmpdir(), 'hivefs-level-batch-'));
const db = new Level(dir, { valueEncoding: 'view' });
await db.open();
const value = new Uint8Array(100).fill(7);
const forms = {
  array: (ops) => db.batch(ops, { sync: false }),
  chained: (ops) => {
    const b = db.batch();
    for (const op of ops) b.put(op.key, op.value);
    return b.write({ sync: false });
  },
};
console.log('| form | puts per batch | CPU µs per batch | of it, synchronous in the call |');
console.log('|---|---:|---:|---:|');
try {
  for (const [name, write] of Object.entries(forms)) {
    for (const per of [1, 11, 100]) {
      const n = Math.round(TOTAL / per);
      let inCall = 0;
      const cpu0 = process.cpuUsage();
      for (let b = 0; b < n; b++) {
        const ops = [];
        for (let k = 0; k < per; k++) ops.push({ type: 'put', key: `G:1:I:${name}-${per}-${b}-${k}-0123456789AB`, value });
        const t0 = performance.now();
        const done = write(ops);
        inCall += performance.now() - t0;
        await done;
      }
      const cpu = process.cpuUsage(cpu0);
      console.log(`| ${name} | ${per} | ${((cpu.user + cpu.system) / n).toFixed(1)} | ${((inCall * 1000) / n).toFixed(1)} |`);
    }
  }
} finally {
  await db.close();
  await rm(dir, { recursive: true, force: true });
}
