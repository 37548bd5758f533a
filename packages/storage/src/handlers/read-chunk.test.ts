// readChunk's reply buffers: pooled, never shared by two replies, back in the pool only once the server has sent them.
import { join } from 'node:path';
import { createLogger } from '@hivefs/common';
import { TrackingPool, removeDir, tmpDir } from '@hivefs/common/testing';
import { ErrCode, HiveError, type HandlerContext } from '@hivefs/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChunkStore } from '../chunk-store.js';
import { formatTargetDir } from '../target-format.js';
import { TargetSet, makeTarget } from '../targets.js';
import { readBufferSize, readChunk } from './read-chunk.js';

const log = createLogger({ service: 'storage-test', level: 'error' });
const KiB = 1024;

function fill(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 7 + seed * 13 + (i >> 9)) & 0xff;
  return b;
}

function context(): HandlerContext {
  return { payload: undefined, mapVersion: 0, remote: 'test', signal: new AbortController().signal };
}

describe('readChunk reply buffers', () => {
  let root: string;
  let store: ChunkStore;
  let pool: TrackingPool;
  let handler: ReturnType<typeof readChunk>;

  beforeEach(async () => {
    root = await tmpDir('hivefs-readchunk-');
    await formatTargetDir(join(root, 't1'), 1, 1);
    const targets = new TargetSet([makeTarget(1, join(root, 't1'))]);
    store = new ChunkStore({ targets, maxOpenFiles: 8, log });
    pool = new TrackingPool(8 * 1024 * KiB);
    handler = readChunk({ store, targets, log, readBuffers: pool, mirror: undefined as never }); // unmirrored reads only
  });
  afterEach(async () => {
    await store.close();
    await removeDir(root);
  });

  const read = async (entryId: string, offset: number, length: number): Promise<{ ctx: HandlerContext; length: number }> => {
    const ctx = context();
    const resp = await handler({ entryId, targetId: 1, offset, length } as never, ctx);
    return { ctx, length: resp.length ?? 0 };
  };

  it('reads into a pooled buffer that goes back only when the server reports the reply sent, then is reused', async () => {
    await store.write(1, '1-A-1', 0, fill(512 * KiB, 1));
    const a = await read('1-A-1', 0, 512 * KiB);
    expect(a.length).toBe(512 * KiB);
    const payload = a.ctx.replyPayload as Buffer;
    expect(payload.equals(fill(512 * KiB, 1))).toBe(true);
    expect(pool.out.size).toBe(1);
    expect([...pool.out][0]!.buffer === payload.buffer).toBe(true);
    a.ctx.onReplySent!();
    expect(pool.out.size).toBe(0);
    a.ctx.onReplySent!(); // a second call gives nothing back twice
    expect(pool.violations).toEqual([]);
    const b = await read('1-A-1', 4 * KiB, 300 * KiB); // the same size class
    expect((b.ctx.replyPayload as Buffer).buffer === payload.buffer).toBe(true); // the pooled buffer again
    expect((b.ctx.replyPayload as Buffer).equals(fill(512 * KiB, 1).subarray(4 * KiB, 304 * KiB))).toBe(true);
    b.ctx.onReplySent!();
  });

  it('concurrent reads never share a buffer, and each reply keeps its bytes until it is sent', async () => {
    const n = 24;
    await Promise.all(Array.from({ length: n }, (_, i) => store.write(1, `1-C-${i}`, 0, fill(256 * KiB, i))));
    const replies = await Promise.all(Array.from({ length: n }, (_, i) => read(`1-C-${i}`, i * KiB, 200 * KiB)));
    const buffers = new Set(replies.map((r) => (r.ctx.replyPayload as Buffer).buffer));
    expect(buffers.size).toBe(n);
    // later reads while these replies are still "on the socket" take other buffers
    const more = await Promise.all(Array.from({ length: 4 }, (_, i) => read(`1-C-${i}`, 0, 200 * KiB)));
    expect(more.filter((m) => buffers.has((m.ctx.replyPayload as Buffer).buffer))).toHaveLength(0);
    replies.forEach((r, i) => expect((r.ctx.replyPayload as Buffer).equals(fill(256 * KiB, i).subarray(i * KiB, i * KiB + 200 * KiB))).toBe(true));
    for (const r of [...replies, ...more]) r.ctx.onReplySent!();
    expect(pool.out.size).toBe(0);
    expect(pool.violations).toEqual([]);
  });

  it('short and missing chunks reply short or empty; a failed read leaves its buffer for onReplySent', async () => {
    await store.write(1, '1-5-1', 0, fill(1000, 5));
    const short = await read('1-5-1', 900, 64 * KiB);
    expect(short.length).toBe(100);
    expect((short.ctx.replyPayload as Buffer).equals(fill(1000, 5).subarray(900))).toBe(true);
    const missing = await read('1-5-2', 0, 64 * KiB);
    expect(missing.length).toBe(0);
    const ctx = context();
    await expect(handler({ entryId: 'not an id', targetId: 1, offset: 0, length: 4096 } as never, ctx)).rejects.toBeInstanceOf(HiveError);
    expect(pool.out.size).toBe(3);
    for (const c of [short.ctx, missing.ctx, ctx]) c.onReplySent!(); // the server calls it on failure too
    expect(pool.out.size).toBe(0);
    await expect(handler({ entryId: '1-5-1', targetId: 1, offset: 0, length: 9 * 1024 * KiB } as never, context())).rejects.toMatchObject({ code: ErrCode.INVALID_ARGUMENT });
    expect(pool.out.size).toBe(0);
  });

  it('sizes reply buffers in powers of two from 64 KiB', () => {
    expect([1, 64 * KiB, 64 * KiB + 1, 512 * KiB, 8 * 1024 * KiB].map(readBufferSize)).toEqual([64 * KiB, 64 * KiB, 128 * KiB, 512 * KiB, 8 * 1024 * KiB]);
  });
});
