// Write-behind failures across the handles of one file, against an in-process fake storage: who fails, and the errseq of fsync.
import { BufferPool } from '@hivefs/common';
import { ErrCode, HiveError } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import type { VfsContext } from './context.js';
import { unreportedWriteFailure, writeData } from './file-io.js';
import { O } from './flags.js';
import { HandleTable } from './handles.js';
import type { FileLayout } from './storage-io.js';

const CHUNK = 64 * 1024;
const LAYOUT: FileLayout = { entryId: '1-1-1', chunkSize: CHUNK, ids: [1, 2], mirrored: false };
const ROOT = { uid: 0, gid: 0, gids: [] };

/** A VFS context whose storage fails every write to stripe index 1 while `down` says so. */
function setup() {
  const state = { down: true };
  const storage = {
    writeChunk: async (_l: FileLayout, index: number): Promise<number> => {
      await Promise.resolve();
      if (index === 1 && state.down) throw new HiveError(ErrCode.IO, 'storage target 2 is Offline (failout mode)');
      return 1;
    },
  };
  const handles = new HandleTable();
  const ctx = {
    config: { connMaxFrameBytes: 64 * 1024 * 1024, tuneWriteBehindBytes: 1024 * 1024 },
    storage,
    pool: new BufferPool(1024 * 1024),
    handles,
    cache: { dropAttr: () => undefined },
  } as unknown as VfsContext;
  const open = () => handles.add({ entryId: LAYOUT.entryId, size: 0 }, LAYOUT, 1, O.RDWR, ROOT);
  return { ctx, open, state };
}

const outcome = (p: Promise<unknown>): Promise<string> => p.then(() => 'ok', (e: HiveError) => `error ${e.code}`);
const flushOf = (h: { writer: { flush(): Promise<void> } | undefined }) => outcome(h.writer?.flush() ?? Promise.resolve());

describe('write-behind failures of a file', () => {
  it('fail the handle for good, fail the others that had unsent data, and reach every older handle once through the errseq', async () => {
    const { ctx, open, state } = setup();
    const a = open();
    const pendingB = open();
    const idle = open();
    await writeData(ctx, pendingB, Buffer.alloc(10), 10, 0); // a partial unit: not sent
    await writeData(ctx, a, Buffer.alloc(CHUNK), CHUNK, CHUNK); // a whole unit on stripe index 1: sent, fails
    await flushOf(a);
    state.down = false; // the target is back: nothing un-fails
    expect(await outcome(writeData(ctx, a, Buffer.alloc(10), 10, 0))).toBe(`error ${ErrCode.IO}`);
    expect(await flushOf(a)).toBe(`error ${ErrCode.IO}`);
    expect(await outcome(writeData(ctx, pendingB, Buffer.alloc(10), 10, 20))).toBe(`error ${ErrCode.IO}`);
    expect(await flushOf(pendingB)).toBe(`error ${ErrCode.IO}`);
    // the idle handle writes on, and its fsync reports the loss once (as the kernel's errseq does)
    expect(await outcome(writeData(ctx, idle, Buffer.alloc(10), 10, 0))).toBe('ok');
    expect(unreportedWriteFailure(idle)).toBeInstanceOf(HiveError);
    expect(unreportedWriteFailure(idle)).toBeUndefined();
    // a handle opened after the failure starts clean
    const fresh = open();
    expect(unreportedWriteFailure(fresh)).toBeUndefined();
    expect(await outcome(writeData(ctx, fresh, Buffer.alloc(CHUNK), CHUNK, CHUNK))).toBe('ok');
    expect(await flushOf(fresh)).toBe('ok');
  });

  it('report to meta only the size that reached storage: a file whose sends failed keeps its old size', async () => {
    const { ctx, open, state } = setup();
    const h = open();
    await writeData(ctx, h, Buffer.alloc(CHUNK), CHUNK, 0); // stripe index 0: reaches storage
    await writeData(ctx, h, Buffer.alloc(CHUNK), CHUNK, CHUNK); // stripe index 1: fails
    expect(h.file.size).toBe(2 * CHUNK); // what this client shows while the handle is open
    expect(await flushOf(h)).toBe(`error ${ErrCode.IO}`);
    expect(h.sizeHint).toBe(CHUNK);
    state.down = false;
    const g = open();
    await writeData(ctx, g, Buffer.alloc(10), 10, 3 * CHUNK);
    expect(g.sizeHint).toBe(0); // buffered, not sent yet
    expect(await flushOf(g)).toBe('ok');
    expect(g.sizeHint).toBe(3 * CHUNK + 10);
  });
});
