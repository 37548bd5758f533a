// writeChunk and the payload's memory: reusable once nothing holds it, never while a forward to the secondary may still be sending it.
import { join } from 'node:path';
import { createLogger } from '@hivefs/common';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import type { HandlerContext } from '@hivefs/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChunkStore } from '../chunk-store.js';
import type { Mirror } from '../mirror/mirror.js';
import { formatTargetDir } from '../target-format.js';
import { TargetSet, makeTarget } from '../targets.js';
import { writeChunk } from './write-chunk.js';

const log = createLogger({ service: 'storage-test', level: 'error' });

const context = (payload: Buffer): HandlerContext => ({ payload, mapVersion: 0, remote: 'test', signal: new AbortController().signal });

/** A mirror whose primary writes locally and forwards with `forward` (as Mirror.primaryOp does: both, then the local result). */
function fakeMirror(forward: () => Promise<unknown>): Mirror {
  return {
    asSecondary: async () => undefined,
    primaryOp: async (op: { local: () => Promise<unknown>; forward: (client: unknown, targetId: number, timeoutMs: number) => Promise<unknown> }) => {
      const client = { call: () => forward() };
      // a failed forward loses the secondary; the write still succeeds here
      const [local] = await Promise.allSettled([op.local(), op.forward(client, 2, 1000)]);
      if (local.status === 'rejected') throw local.reason;
      return local.value;
    },
  } as unknown as Mirror;
}

describe('writeChunk payloadReusable', () => {
  let root: string;
  let store: ChunkStore;
  let targets: TargetSet;

  beforeEach(async () => {
    root = await tmpDir('hivefs-writechunk-');
    await formatTargetDir(join(root, 't1'), 1, 1);
    targets = new TargetSet([makeTarget(1, join(root, 't1'))]);
    store = new ChunkStore({ targets, maxOpenFiles: 8, log });
  });
  afterEach(async () => {
    await store.close();
    await removeDir(root);
  });

  const handler = (mirror: Mirror) => writeChunk({ store, targets, log, readBuffers: undefined as never, mirror });
  const data = Buffer.alloc(4096, 7);

  it('unmirrored: reusable once the write settled, also when it failed', async () => {
    const ctx = context(data);
    const run = handler(fakeMirror(async () => ({})))({ entryId: '1-A-1', targetId: 1, offset: 0 } as never, ctx);
    expect(ctx.payloadReusable).toBeUndefined(); // the file write is still reading it
    expect((await run).written).toBe(4096);
    expect(ctx.payloadReusable).toBe(true);
    const bad = context(data);
    await expect(handler(fakeMirror(async () => ({})))({ entryId: '1-A-1', targetId: 9, offset: 0 } as never, bad)).rejects.toThrow();
    expect(bad.payloadReusable).toBe(true);
  });

  it('mirrored primary: reusable after a forward that succeeded, not after one that failed (its socket may still hold the bytes)', async () => {
    const ok = context(data);
    await handler(fakeMirror(async () => ({ written: 4096 })))({ entryId: '1-A-2', targetId: 1, offset: 0, groupId: 5 } as never, ok);
    expect(ok.payloadReusable).toBe(true);
    const lost = context(data);
    const r = await handler(fakeMirror(async () => Promise.reject(new Error('forward timed out'))))({ entryId: '1-A-3', targetId: 1, offset: 0, groupId: 5 } as never, lost);
    expect(r.written).toBe(4096);
    expect(lost.payloadReusable).toBe(false);
  });

  it('mirrored secondary (a forwarded copy): reusable once written', async () => {
    const ctx = context(data);
    await handler(fakeMirror(async () => ({})))({ entryId: '1-A-4', targetId: 1, offset: 0, groupId: 5, forwarded: true } as never, ctx);
    expect(ctx.payloadReusable).toBe(true);
  });
});
