// Allocated blocks of files: new files hold none, writers' reports merge per chunk, truncates take storage's figures, and files stored before blocks were tracked keep the old estimate.
import { beforeEach, describe, expect, it } from 'vitest';
import { ErrCode, hivefs } from '@hivefs/protocol';
import { openTestStore, ROOT, type TestStore } from '../testing/store-fixture.js';
import { SetAttrBits as B } from './attr-ops.js';
import { decodeInode, encodeInode } from './codec.js';
import { inodeKey } from './keys.js';

const O_WRONLY = 1;
const O_RDWR = 2;
const O_CREAT = 0o100;
const O_TRUNC = 0o1000;
const GiB = 2 ** 30;
const code = (c: ErrCode) => expect.objectContaining({ code: c });

let t: TestStore;
beforeEach(async () => {
  t = await openTestStore();
});

/** Creates `name` (targets 101, 102 for the first file) open for writing by client 7. */
async function writing(name = 'f'): Promise<{ id: string; handleId: number }> {
  const r = await t.store.create(ROOT, { parentId: 'root', name, mode: 0o644, flags: O_CREAT | O_RDWR, clientId: 7, open: true });
  return { id: r.attr.entryId!, handleId: r.handleId };
}
const blocks = async (id: string): Promise<number> => Number((await t.store.getAttr(id)).blocks);

describe('blocks of regular files', () => {
  it('a new file holds no blocks, and no attribute reply carries the per-chunk figures', async () => {
    const r = await t.store.create(ROOT, { parentId: 'root', name: 'f', mode: 0o644, flags: O_CREAT | O_WRONLY, clientId: 7, open: false });
    expect(r.attr.blocks).toBe(0);
    expect(r.attr.chunkBlocks).toBeUndefined();
    expect(await t.store.getAttr(r.attr.entryId!)).toMatchObject({ blocks: 0 });
    expect(decodeInode((await t.kv.get(inodeKey(r.attr.entryId!)))!).chunkBlocks).toEqual([0, 0]);
    const d = await t.store.mkdir(ROOT, 'root', 'd', 0o755);
    expect(decodeInode((await t.kv.get(inodeKey(d.entryId!)))!).chunkBlocks).toEqual([]);
  });

  it('a file written far out (sparse) reports the blocks its chunks hold, not its size / 512', async () => {
    const f = await writing();
    await t.store.close({ entryId: f.id, handleId: f.handleId, clientId: 7, sizeHint: 5 * GiB + 4096, chunkBlocks: [{ index: 1, blocks: 8 }] });
    expect(await t.store.getAttr(f.id)).toMatchObject({ size: 5 * GiB + 4096, blocks: 8 });
    const listed = await t.store.readdir(ROOT, 'root', { after: '', limit: 10, withAttrs: true });
    expect(listed.entries[0]!.attr).toMatchObject({ blocks: 8 });
    expect(listed.entries[0]!.attr!.chunkBlocks).toBeUndefined();
  });

  it('reports merge per stripe index, keeping the larger figure; reportWrite answers with the sum', async () => {
    const f = await writing();
    const a = await t.store.reportWrite({ entryId: f.id, handleId: f.handleId, clientId: 7, sizeHint: 1000, chunkBlocks: [{ index: 0, blocks: 100 }] });
    expect(a.blocks).toBe(100);
    await t.store.reportWrite({ entryId: f.id, handleId: f.handleId, clientId: 7, sizeHint: 0, chunkBlocks: [{ index: 0, blocks: 40 }, { index: 1, blocks: 24 }, { index: 1, blocks: 16 }] });
    t.chunks.down.add(101); // the writer's stat falls back to the stored figures
    expect(await blocks(f.id)).toBe(124);
    t.chunks.down.clear();
    await t.store.close({ entryId: f.id, handleId: f.handleId, clientId: 7, sizeHint: 0, chunkBlocks: [{ index: 1, blocks: 30 }] });
    expect(await blocks(f.id)).toBe(130);
  });

  it('a file open for writing shows the blocks storage reports now; without blocks from storage, the stored ones', async () => {
    const f = await writing();
    await t.store.reportWrite({ entryId: f.id, handleId: f.handleId, clientId: 7, sizeHint: 0, chunkBlocks: [{ index: 0, blocks: 8 }] });
    t.chunks.setLength(f.id, 101, 2 * GiB, 64);
    t.chunks.setLength(f.id, 102, 1 * GiB, 16);
    expect(await t.store.getAttr(f.id)).toMatchObject({ blocks: 80, openWriters: 1 });
    t.chunks.reportsBlocks = false;
    expect(await blocks(f.id)).toBe(8);
  });

  it('truncate and O_TRUNC take the blocks from the truncate replies', async () => {
    const f = await writing();
    t.chunks.setLength(f.id, 101, 1_000_000, 2000);
    t.chunks.setLength(f.id, 102, 1_000_000, 2000);
    await t.store.close({ entryId: f.id, handleId: f.handleId, clientId: 7, sizeHint: 2_000_000, chunkBlocks: [{ index: 0, blocks: 2000 }, { index: 1, blocks: 2000 }] });
    expect(await blocks(f.id)).toBe(4000);
    const a = await t.store.setAttr(ROOT, { entryId: f.id, valid: B.SIZE, mode: 0, uid: 0, gid: 0, size: 100, handleId: 0 });
    expect(a).toMatchObject({ size: 100, blocks: 1 }); // the fake keeps ceil(length / 512) blocks: 100 bytes on 101, none on 102
    expect(await blocks(f.id)).toBe(1);
    await t.store.setAttr(ROOT, { entryId: f.id, valid: B.SIZE, mode: 0, uid: 0, gid: 0, size: 10 * GiB, handleId: 0 });
    expect(await t.store.getAttr(f.id)).toMatchObject({ size: 10 * GiB, blocks: 1 }); // growing adds holes only
    t.chunks.setLength(f.id, 102, 65536, 128);
    await t.store.close({ entryId: f.id, handleId: (await t.store.open(ROOT, f.id, O_WRONLY, 7)).handleId, clientId: 7, sizeHint: 0, chunkBlocks: [{ index: 1, blocks: 128 }] });
    expect(await blocks(f.id)).toBe(129);
    const r = await t.store.open(ROOT, f.id, O_WRONLY | O_TRUNC, 7);
    expect(r.attr).toMatchObject({ size: 0, blocks: 0 });
  });

  it('refuses bad reports with INVALID_ARGUMENT and applies none of them', async () => {
    const f = await writing();
    const report = (chunkBlocks: { index: number; blocks: number }[]) => ({ entryId: f.id, handleId: f.handleId, clientId: 7, sizeHint: 500, chunkBlocks });
    await expect(t.store.close(report([{ index: 0, blocks: 8 }, { index: 2, blocks: 8 }]))).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
    await expect(t.store.reportWrite(report([{ index: 0, blocks: -1 }]))).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
    await expect(t.store.reportWrite(report([{ index: 0, blocks: 2 ** 60 }]))).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
    t.chunks.down.add(101);
    expect(await t.store.getAttr(f.id)).toMatchObject({ size: 0, blocks: 0, openWriters: 1 }); // the session is still open
  });

  it('a dead client\'s sessions are closed with the blocks storage reports', async () => {
    const f = await writing();
    t.chunks.setLength(f.id, 101, 1000, 40); // a file of 1000 bytes: all in the first chunk
    t.chunks.setLength(f.id, 102, 0, 0);
    await t.store.closeSessionsOf(new Set([7]));
    expect(await t.store.getAttr(f.id)).toMatchObject({ size: 1000, blocks: 40, openWriters: 0 });
  });
});

describe('files stored before blocks were tracked', () => {
  /** Rewrites the stored inode of `id` as an older meta stored it: without chunk blocks. */
  async function makeUntracked(id: string): Promise<void> {
    const old = { ...decodeInode((await t.kv.get(inodeKey(id)))!), chunkBlocks: [] };
    await t.kv.put(inodeKey(id), encodeInode(old));
    expect(hivefs.Attr.decode((await t.kv.get(inodeKey(id)))!).chunkBlocks).toEqual([]);
  }

  it('report the old estimate from the size until a report names every chunk', async () => {
    const f = await writing();
    await t.store.reportWrite({ entryId: f.id, handleId: f.handleId, clientId: 7, sizeHint: 10_000 });
    await makeUntracked(f.id);
    t.chunks.down.add(101);
    expect(await blocks(f.id)).toBe(20); // ceil(10000 / 512)
    await t.store.reportWrite({ entryId: f.id, handleId: f.handleId, clientId: 7, sizeHint: 0, chunkBlocks: [{ index: 0, blocks: 8 }] });
    expect(await blocks(f.id)).toBe(20); // one chunk known: the other may hold anything
    await t.store.close({ entryId: f.id, handleId: f.handleId, clientId: 7, sizeHint: 0, chunkBlocks: [{ index: 0, blocks: 8 }, { index: 1, blocks: 4 }] });
    expect(await blocks(f.id)).toBe(12);
  });

  it('a truncate tracks them from then on', async () => {
    const f = await writing();
    await t.store.close({ entryId: f.id, handleId: f.handleId, clientId: 7, sizeHint: 1_000_000 });
    await makeUntracked(f.id);
    expect(await blocks(f.id)).toBe(1954);
    t.chunks.setLength(f.id, 101, 500_000, 100);
    await t.store.setAttr(ROOT, { entryId: f.id, valid: B.SIZE, mode: 0, uid: 0, gid: 0, size: 2_000_000, handleId: 0 });
    expect(await blocks(f.id)).toBe(100);
  });
});
