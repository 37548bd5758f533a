// The VFS data path against a real cluster: striped writes/reads, chunk file lengths, and a randomized run against a model.
import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { O, type Vfs } from '@hivefs/client-fuse';
import { chunkFileLength } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCluster } from '../harness/cluster.js';
import { startCluster } from '../harness/cluster.js';
import { ROOT, connectVfs, findFiles, readAll } from './helpers.js';
import { runRandomOps } from './random-ops.js';

const MiB = 1024 * 1024;
const KiB = 1024;
let tc: TestCluster | undefined;
let vfs: Vfs | undefined;

beforeAll(async () => {
  tc = await startCluster({ meta: 1, storage: 2, targetsPerStorage: 2 });
  vfs = await connectVfs(tc);
});
afterAll(async () => {
  await vfs?.close();
  await tc?.destroy();
});

/** Writes `data` through a new file in 128 KiB pieces (FUSE's request size) and releases it. */
async function writeFile(v: Vfs, path: string, data: Buffer): Promise<void> {
  const fh = await v.create(path, 0o644, O.WRONLY | O.CREAT | O.EXCL, ROOT);
  for (let off = 0; off < data.length; off += 128 * KiB) {
    const piece = Buffer.from(data.subarray(off, Math.min(off + 128 * KiB, data.length))); // a fresh buffer, as FUSE hands out
    expect(await v.write(fh, piece, piece.length, off)).toBe(piece.length);
    piece.fill(0xee); // FUSE detaches the buffer after the callback: the VFS must have copied it
  }
  await v.release(fh);
}

/** Checks that each target's chunk file has the length the stripe math predicts. */
async function expectChunkLengths(v: Vfs, path: string, size: number): Promise<void> {
  const info = await v.getEntryInfo(path, ROOT);
  const { chunkSize, ids } = info.pattern;
  for (const [i, targetId] of ids.entries()) {
    const files = await findFiles(join(tc!.targetDir(targetId), 'chunks'), info.entryId);
    const want = chunkFileLength(size, chunkSize, ids.length, i);
    const got = files.length ? (await stat(files[0]!)).size : 0;
    expect(files.length, `chunk files of ${info.entryId} on target ${targetId}`).toBeLessThanOrEqual(1);
    expect(got, `chunk file length on target ${targetId} (stripe index ${i})`).toBe(want);
  }
}

describe('striped data through the VFS', () => {
  it('writes 64 MiB over 4 targets with 512 KiB chunks and reads it back identical', async () => {
    const v = vfs!;
    await v.mkdir('/big', 0o755, ROOT);
    await v.setPattern('/big', { chunkSize: 512 * KiB, numTargets: 4 }, ROOT);
    const data = randomBytes(64 * MiB);
    await writeFile(v, '/big/file', data);

    const info = await v.getEntryInfo('/big/file', ROOT);
    expect(info.pattern).toMatchObject({ chunkSize: 512 * KiB, numTargets: 4 });
    expect(new Set(info.pattern.ids).size).toBe(4);
    expect((await v.getattr('/big/file', ROOT)).size).toBe(data.length);
    await expectChunkLengths(v, '/big/file', data.length);

    const fh = await v.open('/big/file', O.RDONLY, ROOT);
    const back = await readAll(v, fh, data.length);
    expect(back.length).toBe(data.length);
    expect(back.equals(data)).toBe(true);
    // one large unaligned read spanning many chunks on all targets
    const big = Buffer.alloc(9 * MiB + 3);
    const at = 5 * MiB + 12345;
    expect(await v.read(fh, big, big.length, at)).toBe(big.length);
    expect(big.equals(data.subarray(at, at + big.length))).toBe(true);
    // a read across the end stops at the size
    const tail = Buffer.alloc(MiB);
    expect(await v.read(fh, tail, tail.length, data.length - 1000)).toBe(1000);
    expect(tail.subarray(0, 1000).equals(data.subarray(data.length - 1000))).toBe(true);
    expect(await v.read(fh, tail, tail.length, data.length)).toBe(0);
    await v.release(fh);
  });

  it('gives chunk files the predicted lengths for sizes that end inside a chunk, and reads holes as zeros', async () => {
    const v = vfs!;
    const size = 5 * MiB + 12345; // ends in stripe 10 -> target index 2, mid-chunk
    const data = randomBytes(size);
    await writeFile(v, '/big/odd', data);
    await expectChunkLengths(v, '/big/odd', size);

    const fh = await v.create('/big/holes', 0o644, O.RDWR | O.CREAT, ROOT);
    const a = randomBytes(1000);
    await v.write(fh, a, a.length, 3 * MiB + 100); // leaves stripes 0..5 empty (holes and missing chunk files)
    await v.fsync(fh, false);
    const buf = Buffer.alloc(3 * MiB + 1100, 0xff);
    expect(await v.read(fh, buf, buf.length, 0)).toBe(3 * MiB + 1100);
    expect(buf.subarray(0, 3 * MiB + 100).every((b) => b === 0)).toBe(true);
    expect(buf.subarray(3 * MiB + 100).equals(a)).toBe(true);
    await v.release(fh);
    // only stripe 6 (target index 2) holds data: that chunk file has the dense length, the others do not exist
    const info = await v.getEntryInfo('/big/holes', ROOT);
    for (const [i, targetId] of info.pattern.ids.entries()) {
      const files = await findFiles(join(tc!.targetDir(targetId), 'chunks'), info.entryId);
      if (i !== 2) expect(files, `target ${targetId}`).toEqual([]);
      else expect((await stat(files[0]!)).size).toBe(chunkFileLength(3 * MiB + 1100, 512 * KiB, 4, 2));
    }
  });
});

describe('randomized writes, reads and truncates against a model', () => {
  it('matches the model byte for byte over ~3000 operations', async () => {
    const v = vfs!;
    await v.mkdir('/rand', 0o755, ROOT);
    await v.setPattern('/rand', { chunkSize: 64 * KiB, numTargets: 4 }, ROOT);
    // a second client with small buffers exercises backpressure and read-ahead windows
    const small = await connectVfs(tc!, { tuneWriteBehindBytes: 256 * KiB, tuneReadAheadSize: 512 * KiB });
    try {
      const seed = Number(process.env.HIVEFS_VFS_SEED ?? 20261121);
      const report = await runRandomOps({ vfs: small, fresh: v, path: '/rand/f', seed, ops: 3000, maxSize: 6 * MiB });
      expect(report.writes).toBeGreaterThan(500);
      expect(report.reads).toBeGreaterThan(500);
      expect(report.truncates).toBeGreaterThan(50);
      expect(report.reopens).toBeGreaterThan(20);
    } finally {
      await small.close();
    }
  });
});

describe('small files read right after another client changed them', () => {
  it('reads what the other client wrote and closed, whatever the reader had cached (grown, shrunk, holes)', async () => {
    const writer = vfs!;
    const reader = await connectVfs(tc!); // caches attributes for a second: its idea of the size is often stale
    try {
      let seed = 7;
      const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
      const path = '/small-coherent';
      await writeFile(writer, path, Buffer.alloc(0));
      for (let i = 0; i < 150; i++) {
        const size = [0, 1, 511, 4096, 4097, 60 * KiB, 64 * KiB, 64 * KiB + 1, 100 * KiB][rand(9)]!;
        const want = randomBytes(size);
        await reader.getattr(path, ROOT); // the reader caches the old size
        const fh = await writer.open(path, O.WRONLY | O.TRUNC, ROOT);
        if (i % 5 === 0 && size > 0) {
          await writer.ftruncate(fh, size); // a hole first, then only the tail written
          const tail = Math.floor(size / 2);
          want.fill(0, 0, tail);
          await writer.write(fh, Buffer.from(want.subarray(tail)), size - tail, tail);
        } else if (size > 0) await writer.write(fh, Buffer.from(want), size, 0);
        await writer.release(fh);
        for (const round of [1, 2]) {
          const rh = await reader.open(path, O.RDONLY, ROOT);
          const got = await readAll(reader, rh, size + 4096, 4096);
          await reader.release(rh);
          expect(got.length, `iteration ${i}, read ${round}: size`).toBe(size);
          expect(got.equals(want), `iteration ${i}, read ${round}: content`).toBe(true);
        }
      }
    } finally {
      await reader.close();
    }
  });
});
