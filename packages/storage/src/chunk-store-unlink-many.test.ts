// Unit tests of ChunkStore.unlinkMany (batch unlink in the worker thread) on real files in a temporary directory.
import { existsSync } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrCode, HiveError } from '@hivefs/protocol';
import { createLogger } from '@hivefs/common';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChunkStore, type ChunkUnlinkResult } from './chunk-store.js';
import { chunkPath } from './chunk-path.js';
import { formatTargetDir } from './target-format.js';
import { TargetSet, makeTarget } from './targets.js';
import { UnlinkWorker } from './unlink-worker.js';

const log = createLogger({ service: 'storage-test', level: 'error' });
const ID = '1A-5F00AB12-1';
const ID2 = '2B-5F00AB12-1';

/** The error code of each result, 0 for a success. */
const codes = (rs: ChunkUnlinkResult[]): number[] => rs.map((r) => ('error' in r ? r.error.code : 0));

async function failure(p: Promise<unknown>): Promise<HiveError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(HiveError);
  return e as HiveError;
}

describe('ChunkStore.unlinkMany', () => {
  let root: string;
  let store: ChunkStore;
  let targets: TargetSet;
  let unlinker: UnlinkWorker;
  const dirs: string[] = [];
  const path = (targetId: number, entryId: string): string => chunkPath(targets.get(targetId).chunksDir, entryId);

  beforeEach(async () => {
    root = await tmpDir('hivefs-unlinkmany-');
    dirs.push(root);
    await formatTargetDir(join(root, 't101'), 1, 101);
    await formatTargetDir(join(root, 't102'), 1, 102);
    targets = new TargetSet([makeTarget(101, join(root, 't101')), makeTarget(102, join(root, 't102'))]);
    unlinker = new UnlinkWorker(log);
    store = new ChunkStore({ targets, maxOpenFiles: 16, log, unlinker });
  });
  afterEach(async () => {
    await store.close();
  });
  afterAll(async () => {
    await Promise.all(dirs.map(removeDir));
  });

  it('removes existing chunks and reports missing ones, in request order', async () => {
    await store.write(101, ID, 0, Buffer.from('a'));
    await store.write(102, ID2, 0, Buffer.from('b'));
    const r = await store.unlinkMany([
      { targetId: 101, entryId: ID }, { targetId: 102, entryId: ID }, { targetId: 102, entryId: ID2 }, { targetId: 101, entryId: ID2 },
    ]);
    expect(r).toEqual([{ existed: true }, { existed: false }, { existed: true }, { existed: false }]);
    expect(existsSync(path(101, ID)) || existsSync(path(102, ID2))).toBe(false);
    expect(await store.unlinkMany([])).toEqual([]);
  });

  it('fails a bad entry id or an unknown target only on its own entry, with the error of unlink', async () => {
    await store.write(101, ID, 0, Buffer.from('a'));
    const bad = [{ targetId: 101, entryId: '../../escape' }, { targetId: 999, entryId: ID }, { targetId: 0, entryId: ID }, { targetId: 101, entryId: 'root' }];
    const r = await store.unlinkMany([bad[0]!, bad[1]!, { targetId: 101, entryId: ID }, bad[2]!, bad[3]!]);
    expect(codes(r)).toEqual([ErrCode.BAD_ENTRY_ID, ErrCode.UNKNOWN_TARGET, 0, ErrCode.UNKNOWN_TARGET, ErrCode.BAD_ENTRY_ID]);
    expect(r[2]).toEqual({ existed: true });
    const failed = [r[0], r[1], r[3], r[4]].map((x) => (x as { error: HiveError }).error);
    const single = await Promise.all(bad.map((b) => failure(store.unlink(b.targetId, b.entryId))));
    expect(failed.map((e) => [e.code, e.message])).toEqual(single.map((e) => [e.code, e.message]));
  });

  it('gives refs naming one chunk file the same result', async () => {
    await store.write(101, ID, 0, Buffer.from('a'));
    const r = await store.unlinkMany([{ targetId: 101, entryId: ID }, { targetId: 102, entryId: ID }, { targetId: 101, entryId: ID }, { targetId: 102, entryId: ID }]);
    expect(r).toEqual([{ existed: true }, { existed: false }, { existed: true }, { existed: false }]);
  });

  it('fails only the chunk whose unlink fails (a non-empty directory) with CHUNK_IO naming path and target', async () => {
    await store.write(102, ID2, 0, Buffer.from('b'));
    const dir = path(101, ID);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'inside'), 'keep');
    const r = await store.unlinkMany([{ targetId: 101, entryId: ID }, { targetId: 102, entryId: ID2 }]);
    expect(codes(r)).toEqual([ErrCode.CHUNK_IO, 0]);
    const err = (r[0] as { error: HiveError }).error;
    expect(err.message).toContain(dir);
    expect(err.message).toContain('target 101');
    expect(err.message).toContain('EISDIR');
    expect((await failure(store.unlink(101, ID))).code).toBe(ErrCode.CHUNK_IO);
    expect(existsSync(join(dir, 'inside'))).toBe(true);
  });

  it('evicts the cached fd: a later write creates a fresh file instead of writing into the unlinked one', async () => {
    await store.write(101, ID, 0, Buffer.from('x'));
    expect(store.openFiles).toBe(1);
    expect(await store.unlinkMany([{ targetId: 101, entryId: ID }])).toEqual([{ existed: true }]);
    expect(store.openFiles).toBe(0);
    await store.write(101, ID, 2, Buffer.from('y'));
    expect((await stat(path(101, ID))).size).toBe(3);
    expect((await store.read(101, ID, 0, 10)).toString('hex')).toBe('000079');
  });

  it('waits for an operation holding the chunk lock, and runs before operations queued after it', async () => {
    const order: string[] = [];
    const big = store.write(101, ID, 0, Buffer.alloc(16 << 20, 1)).then(() => order.push('write'));
    const batch = store.unlinkMany([{ targetId: 101, entryId: ID }, { targetId: 101, entryId: ID2 }]).then((r) => (order.push('unlink'), r));
    const after = store.write(101, ID, 10, Buffer.from('b')).then(() => order.push('write after'));
    const [, r] = await Promise.all([big, batch, after]);
    expect(order).toEqual(['write', 'unlink', 'write after']);
    expect(r).toEqual([{ existed: true }, { existed: false }]);
    expect((await store.read(101, ID, 0, 100)).toString('hex')).toBe('0000000000000000000062');
  });

  it('close waits for a running batch and stops the worker; later batches are refused with SHUTTING_DOWN', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => `${(i + 1).toString(16).toUpperCase()}-5F00AB12-3`);
    await Promise.all(ids.map((id) => store.write(101, id, 0, Buffer.from('z'))));
    const order: string[] = [];
    const batch = store.unlinkMany(ids.map((entryId) => ({ targetId: 101, entryId }))).then((r) => (order.push('batch'), r));
    await store.close().then(() => order.push('closed'));
    expect(order).toEqual(['batch', 'closed']);
    expect((await batch).every((x) => 'existed' in x && x.existed)).toBe(true);
    expect(unlinker.threadId).toBeUndefined();
    const r = await store.unlinkMany([{ targetId: 101, entryId: ID }, { targetId: 101, entryId: '..' }, { targetId: 7, entryId: ID }]);
    expect(codes(r)).toEqual([ErrCode.SHUTTING_DOWN, ErrCode.BAD_ENTRY_ID, ErrCode.UNKNOWN_TARGET]);
    expect(unlinker.threadId).toBeUndefined();
  });

  it('survives the worker dying under a batch: the batch finishes on the main thread, the next starts a new worker', async () => {
    const ids = Array.from({ length: 300 }, (_, i) => `${(i + 1).toString(16).toUpperCase()}-5F00AB12-4`);
    await Promise.all(ids.map((id) => store.write(102, id, 0, Buffer.from('z'))));
    const batch = store.unlinkMany(ids.map((entryId) => ({ targetId: 102, entryId })));
    while (unlinker.inFlight === 0) await new Promise((r) => setImmediate(r));
    const first = unlinker.threadId;
    await unlinker.terminate();
    const r = await batch;
    expect(r.every((x) => 'existed' in x)).toBe(true); // removed by the worker before it died, or by the redo
    expect(ids.filter((id) => existsSync(path(102, id)))).toEqual([]);
    await store.write(101, ID, 0, Buffer.from('again'));
    expect(await store.unlinkMany([{ targetId: 101, entryId: ID }])).toEqual([{ existed: true }]);
    expect(unlinker.threadId).toBeDefined();
    expect(unlinker.threadId).not.toBe(first);
  });

  it('redoes every batch on the main thread when each worker exits under it', async () => {
    const entry = join(root, 'exit.mjs');
    await writeFile(entry, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    const other = new ChunkStore({ targets, maxOpenFiles: 16, log, unlinker: new UnlinkWorker(log, pathToFileURL(entry)) });
    try {
      await other.write(101, ID, 0, Buffer.from('a'));
      await other.write(102, ID2, 0, Buffer.from('b'));
      const [r1, r2] = await Promise.all([
        other.unlinkMany([{ targetId: 101, entryId: ID }, { targetId: 101, entryId: ID2 }]),
        other.unlinkMany([{ targetId: 102, entryId: ID2 }]),
      ]);
      expect([r1, r2]).toEqual([[{ existed: true }, { existed: false }], [{ existed: true }]]);
      await other.write(101, ID, 0, Buffer.from('a'));
      expect(await other.unlinkMany([{ targetId: 101, entryId: ID }])).toEqual([{ existed: true }]);
      expect(existsSync(path(101, ID)) || existsSync(path(102, ID2))).toBe(false);
    } finally {
      await other.close();
    }
  });
});
