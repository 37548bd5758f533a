// Unit tests of the chunk store on real files in a temporary directory.
import { mkdir, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ErrCode, HiveError } from '@hivefs/protocol';
import { createLogger } from '@hivefs/common';
import { removeDir, tmpDir, waitFor } from '@hivefs/common/testing';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWriteback } from '@hivefs/nowait-io';
import { ChunkStore } from './chunk-store.js';
import { chunkPath } from './chunk-path.js';
import { formatTargetDir } from './target-format.js';
import { TargetSet, makeTarget } from './targets.js';

const log = createLogger({ service: 'storage-test', level: 'error' });
const ID = '1A-5F00AB12-1';
const ID2 = '2B-5F00AB12-1';

async function listTree(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) out.push(relative(dir, join(e.parentPath, e.name)));
  return out.sort();
}

async function codeOf(p: Promise<unknown>): Promise<number> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(HiveError);
    return (e as HiveError).code;
  }
  throw new Error('expected the call to fail');
}

// Every case runs with reads through the thread pool only, and with cached data taken on the event loop first.
describe.each([0, 128 * 1024])('ChunkStore (cached reads up to %i bytes)', (cachedReadMax) => {
  let root: string;
  let store: ChunkStore;
  let targets: TargetSet;
  const dirs: string[] = [];

  const lengthOf = async (targetId: number, entryId: string): Promise<number> => (await store.extent(targetId, entryId)).length;

  beforeEach(async () => {
    root = await tmpDir('hivefs-chunkstore-');
    dirs.push(root);
    await formatTargetDir(join(root, 't101'), 1, 101);
    await formatTargetDir(join(root, 't102'), 1, 102);
    targets = new TargetSet([makeTarget(101, join(root, 't101')), makeTarget(102, join(root, 't102'))]);
    store = new ChunkStore({ targets, maxOpenFiles: 4, log, cachedReadMax });
  });
  afterEach(async () => {
    await store.close();
  });
  afterAll(async () => {
    await Promise.all(dirs.map(removeDir));
  });

  it('keeps mirrored chunks in buddymir/ and unmirrored ones in chunks/, apart', async () => {
    const t = targets.get(101);
    await store.write(101, ID, 0, Buffer.from('mirrored'), true);
    await store.write(101, ID, 0, Buffer.from('plain'));
    expect(await readFile(chunkPath(t.buddymirDir, ID), 'utf8')).toBe('mirrored');
    expect(await readFile(chunkPath(t.chunksDir, ID), 'utf8')).toBe('plain');
    expect((await store.read(101, ID, 0, 100, undefined, true)).toString()).toBe('mirrored');
    await store.truncate(101, ID, 3, true);
    expect((await store.extent(101, ID, true)).length).toBe(3);
    expect((await store.unlinkMany([{ targetId: 101, entryId: ID, mirrored: true }]))[0]).toEqual({ existed: true });
    expect(await store.unlink(101, ID, true)).toBe(false);
    expect(await lengthOf(101, ID)).toBe(5);
  });

  it('writes and reads back data in a hashed sub-directory, created on first write', async () => {
    const data = Buffer.from('hello chunk');
    expect((await store.write(101, ID, 0, data)).written).toBe(data.length);
    const path = chunkPath(targets.get(101).chunksDir, ID);
    expect(relative(join(root, 't101'), path)).toMatch(/^chunks\/[0-9A-F]{2}\/[0-9A-F]{2}\/1A-5F00AB12-1$/);
    expect(await readFile(path)).toEqual(data);
    expect((await store.read(101, ID, 0, 100)).toString()).toBe('hello chunk');
    expect((await store.read(101, ID, 6, 5)).toString()).toBe('chunk');
    expect(await lengthOf(102, ID)).toBe(0); // per target
  });

  it('reports the 512-byte blocks a chunk file holds after each write and truncate, and for missing chunks 0', async () => {
    const path = chunkPath(targets.get(101).chunksDir, ID);
    const w = await store.write(101, ID, 0, Buffer.alloc(64 * 1024, 1));
    expect(w).toEqual({ written: 64 * 1024, blocks: (await stat(path)).blocks });
    expect(w.blocks).toBeGreaterThanOrEqual(128);
    const far = await store.write(101, ID, 256 << 20, Buffer.from('far away')); // a hole of 256 MiB
    expect(far.blocks).toBe((await stat(path)).blocks);
    expect(far.blocks).toBeLessThan(w.blocks + 64); // the hole holds nothing
    expect(await store.extent(101, ID)).toEqual({ length: (256 << 20) + 8, blocks: far.blocks });
    expect(await store.truncate(101, ID, 2 ** 40)).toBe(far.blocks); // growing adds a hole only
    expect(await store.truncate(101, ID, 4096)).toBe((await stat(path)).blocks);
    expect(await store.truncate(101, ID, 0)).toBe(0);
    expect(await store.extent(101, ID2)).toEqual({ length: 0, blocks: 0 });
    expect(await store.truncate(101, ID2, 0)).toBe(0);
    const before = await listTree(root);
    expect(await store.write(102, ID2, 0, Buffer.alloc(0))).toEqual({ written: 0, blocks: 0 }); // creates nothing
    expect(await listTree(root)).toEqual(before);
  });

  it('reads short at the end of a file and empty for a missing chunk, creating nothing', async () => {
    await store.write(101, ID, 0, Buffer.from('abc'));
    expect((await store.read(101, ID, 1, 10)).toString()).toBe('bc');
    expect((await store.read(101, ID, 50, 10)).length).toBe(0);
    const before = await listTree(root);
    expect((await store.read(101, ID2, 0, 4096)).length).toBe(0);
    expect(await listTree(root)).toEqual(before);
  });

  it('leaves holes that read as zeros', async () => {
    await store.write(101, ID, 100_000, Buffer.from('tail'));
    expect(await lengthOf(101, ID)).toBe(100_004);
    const hole = await store.read(101, ID, 0, 1000);
    expect(hole.length).toBe(1000);
    expect(hole.every((b) => b === 0)).toBe(true);
    expect((await store.read(101, ID, 99_998, 10)).toString('hex')).toBe('00007461696c');
  });

  it('truncates down, extends sparsely and ignores truncate to 0 of a missing chunk', async () => {
    await store.write(101, ID, 0, Buffer.alloc(5000, 7));
    await store.truncate(101, ID, 1000);
    expect(await lengthOf(101, ID)).toBe(1000);
    await store.truncate(101, ID, 1 << 20);
    expect(await lengthOf(101, ID)).toBe(1 << 20);
    const st = await stat(chunkPath(targets.get(101).chunksDir, ID));
    expect(st.blocks * 512).toBeLessThan(1 << 20); // sparse
    expect((await store.read(101, ID, 999, 2)).toString('hex')).toBe('0700');
    const before = await listTree(root);
    await store.truncate(102, ID2, 0);
    expect(await listTree(root)).toEqual(before);
    await store.truncate(102, ID2, 10);
    expect(await lengthOf(102, ID2)).toBe(10);
  });

  it('unlinks a chunk and reports whether it existed; the fd cache does not resurrect it', async () => {
    await store.write(101, ID, 0, Buffer.from('x'));
    expect(await store.unlink(101, ID)).toBe(true);
    expect(await store.unlink(101, ID)).toBe(false);
    expect(await lengthOf(101, ID)).toBe(0);
    await store.write(101, ID, 2, Buffer.from('y'));
    expect((await store.read(101, ID, 0, 10)).toString('hex')).toBe('000079');
  });

  it('fsyncs existing and missing chunks', async () => {
    await store.write(101, ID, 0, Buffer.from('sync me'));
    await store.fsync(101, ID);
    await store.fsync(101, ID2);
    expect(await lengthOf(101, ID2)).toBe(0);
  });

  it.each([
    '../../../escape', '../1A-5F00AB12-1', '1A-5F00AB12-1/../../x', '/etc/passwd', '..', '.', '', 'root',
    '1a-5f00ab12-1', '1A-5F00AB12-1\0', 'A'.repeat(200),
  ])('refuses entry id %j with BAD_ENTRY_ID and creates nothing', async (bad) => {
    const before = await listTree(root);
    expect(await codeOf(store.write(101, bad, 0, Buffer.from('evil')))).toBe(ErrCode.BAD_ENTRY_ID);
    expect(await codeOf(store.truncate(101, bad, 100))).toBe(ErrCode.BAD_ENTRY_ID);
    expect(await codeOf(store.read(101, bad, 0, 10))).toBe(ErrCode.BAD_ENTRY_ID);
    expect(await codeOf(store.unlink(101, bad))).toBe(ErrCode.BAD_ENTRY_ID);
    expect(await codeOf(store.extent(101, bad))).toBe(ErrCode.BAD_ENTRY_ID);
    expect(await codeOf(store.fsync(101, bad))).toBe(ErrCode.BAD_ENTRY_ID);
    expect(await listTree(root)).toEqual(before);
  });

  it('refuses unknown and malformed target ids with UNKNOWN_TARGET', async () => {
    expect(await codeOf(store.write(103, ID, 0, Buffer.from('x')))).toBe(ErrCode.UNKNOWN_TARGET);
    expect(await codeOf(store.read(0, ID, 0, 1))).toBe(ErrCode.UNKNOWN_TARGET);
    expect(await codeOf(store.extent(70000, ID))).toBe(ErrCode.UNKNOWN_TARGET);
  });

  it('refuses offsets outside the chunk file range with INVALID_ARGUMENT', async () => {
    const before = await listTree(root);
    expect(await codeOf(store.write(101, ID, -1, Buffer.from('x')))).toBe(ErrCode.INVALID_ARGUMENT);
    expect(await codeOf(store.write(101, ID, 2 ** 60, Buffer.from('x')))).toBe(ErrCode.INVALID_ARGUMENT);
    expect(await codeOf(store.read(101, ID, 1.5, 1))).toBe(ErrCode.INVALID_ARGUMENT);
    expect(await codeOf(store.truncate(101, ID, Number.MAX_SAFE_INTEGER))).toBe(ErrCode.INVALID_ARGUMENT);
    expect(await listTree(root)).toEqual(before);
  });

  it('answers NO_SPACE on ENOSPC (a chunk backed by /dev/full) and keeps other chunks intact', async () => {
    await store.write(101, ID2, 0, Buffer.from('safe'));
    const path = chunkPath(targets.get(101).chunksDir, ID);
    await mkdir(join(path, '..'), { recursive: true });
    await symlink('/dev/full', path);
    const err = await store.write(101, ID, 0, Buffer.from('lost')).catch((e: HiveError) => e);
    expect(err).toBeInstanceOf(HiveError);
    expect((err as HiveError).code).toBe(ErrCode.NO_SPACE);
    expect((err as HiveError).message).toContain(path);
    expect((err as HiveError).message).toContain('target 101');
    expect((await store.read(101, ID2, 0, 10)).toString()).toBe('safe');
  });

  it('keeps at most maxOpenFiles idle descriptors and still serves every chunk', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `${(i + 1).toString(16).toUpperCase()}-5F00AB12-2`);
    await Promise.all(ids.map((id, i) => store.write(101 + (i % 2), id, 0, Buffer.from(`chunk ${i}`))));
    expect(store.openFiles).toBeLessThanOrEqual(4);
    const back = await Promise.all(ids.map((id, i) => store.read(101 + (i % 2), id, 0, 64)));
    expect(back.map((b) => b.toString())).toEqual(ids.map((_, i) => `chunk ${i}`));
    expect(store.openFiles).toBeLessThanOrEqual(4);
  });

  it('serves many concurrent writes to one chunk and an unlink racing with them', async () => {
    const parts = Array.from({ length: 64 }, (_, i) => store.write(101, ID, i * 1024, Buffer.alloc(1024, i)));
    await Promise.all(parts);
    const all = await store.read(101, ID, 0, 64 * 1024);
    for (let i = 0; i < 64; i++) expect(all[i * 1024]).toBe(i);
    const racing = [store.write(101, ID, 0, Buffer.from('a')), store.unlink(101, ID), store.write(101, ID, 10, Buffer.from('b'))];
    await Promise.all(racing);
    // FIFO: the second write comes after the unlink, so the file holds only it.
    expect(await lengthOf(101, ID)).toBe(11);
    expect((await store.read(101, ID, 0, 11)).toString('hex')).toBe('0000000000000000000062');
  });

  it('refuses operations after close with SHUTTING_DOWN', async () => {
    await store.write(101, ID, 0, Buffer.from('x'));
    await store.close();
    expect(await codeOf(store.read(101, ID, 0, 1))).toBe(ErrCode.SHUTTING_DOWN);
  });

  it('writes the payload without touching files outside the target', async () => {
    await writeFile(join(root, 'outside'), 'keep');
    await store.write(101, ID, 0, Buffer.from('inside'));
    expect(await readFile(join(root, 'outside'), 'utf8')).toBe('keep');
    expect((await listTree(root)).filter((p) => !p.startsWith('t101') && !p.startsWith('t102'))).toEqual(['outside']);
  });
});

describe('ChunkStore early write-out', () => {
  let root: string;
  let targets: TargetSet;
  beforeEach(async () => {
    root = await tmpDir('hivefs-chunkstore-wb-');
    await formatTargetDir(join(root, 't101'), 1, 101);
    targets = new TargetSet([makeTarget(101, join(root, 't101'))]);
  });
  afterEach(() => removeDir(root));

  /**
   * A store that starts write-outs for real (nowait-io) once `gate` resolves, and records each
   * start and its outcome.
   */
  function recordingStore(earlyWritebackBytes: number, gate: Promise<void> = Promise.resolve()) {
    const starts: { fd: number; offset: number; length: number; errno?: number }[] = [];
    const store = new ChunkStore({
      targets, maxOpenFiles: 1, log, earlyWritebackBytes,
      startWriteback: async (fd, offset, length) => {
        const s: (typeof starts)[number] = { fd, offset, length };
        starts.push(s);
        await gate;
        s.errno = await startWriteback(fd, offset, length);
        return s.errno;
      },
    });
    return { store, starts };
  }

  it('starts writing a chunk file out every so many bytes, on its own descriptor, while the data stays intact', async () => {
    let open!: () => void;
    const { store, starts } = recordingStore(1024 * 1024, new Promise<void>((r) => (open = r)));
    const piece = (i: number) => Buffer.alloc(256 * 1024, i);
    for (let i = 0; i < 8; i++) await store.write(101, ID, i * 256 * 1024, piece(i));
    // the first write-out is held, the second queued: another file now evicts the first one's
    // handle (maxOpenFiles 1), which must stay open for both
    await store.write(101, ID2, 0, piece(9));
    open();
    await waitFor(() => starts.length === 2 && starts.every((s) => s.errno !== undefined), { what: 'both write-outs' });
    await store.close();
    expect(starts.map((s) => [s.offset, s.length])).toEqual([[0, 1024 * 1024], [1024 * 1024, 1024 * 1024]]);
    expect(starts.map((s) => s.errno)).toEqual([0, 0]); // a real descriptor, still open when each ran
    expect(store.openFiles).toBe(0);
    const data = await readFile(chunkPath(targets.get(101).chunksDir, ID));
    for (let i = 0; i < 8; i++) expect(data[i * 256 * 1024 + 7]).toBe(i);
  });

  it('starts nothing when it is off (0) or for files smaller than the threshold', async () => {
    for (const bytes of [0, 4 * 1024 * 1024]) {
      const { store, starts } = recordingStore(bytes);
      for (let i = 0; i < 8; i++) await store.write(101, ID, i * 256 * 1024, Buffer.alloc(256 * 1024, 1));
      await store.close();
      expect(starts).toEqual([]);
    }
  });
});
