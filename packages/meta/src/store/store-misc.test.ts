import { describe, expect, it } from 'vitest';
import { openMemoryStore } from '@hivefs/common';
import { ErrCode } from '@hivefs/protocol';
import { FakeChunkService } from '../testing/fake-chunks.js';
import { openTestStore, ROOT } from '../testing/store-fixture.js';
import { sessionPrefix } from './keys.js';

describe('statFs', () => {
  it('sums the answering targets on different file systems and counts them', async () => {
    const t = await openTestStore();
    t.chunks.spaces = [
      { targetId: 101, totalBytes: 1000, freeBytes: 600, usedBytes: 300, totalInodes: 50, freeInodes: 40, fsId: 'h1:1' },
      { targetId: 102, totalBytes: 2000, freeBytes: 100, usedBytes: 1800, totalInodes: 70, freeInodes: 10, fsId: 'h1:2' },
      { targetId: 201, totalBytes: 4000, freeBytes: 4000, usedBytes: 0, totalInodes: 5, freeInodes: 5, fsId: 'h2:1' },
    ];
    t.chunks.down.add(201);
    expect(await t.store.statFs()).toEqual({ totalBytes: 3000, freeBytes: 700, usedBytes: 2100, totalInodes: 120, freeInodes: 50, numTargets: 2 });
  });

  it('counts a file system that several targets share once, and a target without a file-system id on its own', async () => {
    const t = await openTestStore();
    const disk = { totalBytes: 1000, freeBytes: 600, usedBytes: 300, totalInodes: 50, freeInodes: 40 };
    t.chunks.spaces = [
      { targetId: 101, ...disk, fsId: 'h1:7' },
      { targetId: 102, ...disk, fsId: 'h1:7' },
      { targetId: 201, ...disk, fsId: 'h2:7' }, // the same device number on another host
      { targetId: 202, totalBytes: 500, freeBytes: 100, usedBytes: 0, totalInodes: 9, freeInodes: 1, fsId: '' }, // used unknown: total - free
    ];
    expect(await t.store.statFs()).toEqual({ totalBytes: 2500, freeBytes: 1300, usedBytes: 1000, totalInodes: 109, freeInodes: 81, numTargets: 4 });
  });
});

describe('entry ids across restarts', () => {
  it('a reopened store never hands out an id it handed out before', async () => {
    const kv = openMemoryStore();
    const chunks = new FakeChunkService();
    const first = await openTestStore({ kv, chunks });
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) ids.add((await first.store.mkdir(ROOT, 'root', `a${i}`, 0o755)).entryId!);
    const second = await openTestStore({ kv, chunks });
    expect(second.store.startSecs).toBeGreaterThan(first.store.startSecs);
    for (let i = 0; i < 20; i++) {
      const id = (await second.store.mkdir(ROOT, 'root', `b${i}`, 0o755)).entryId!;
      expect(ids.has(id)).toBe(false);
      expect(id.endsWith('-1')).toBe(true);
    }
    expect((await second.store.getAttr('root')).nlink).toBe(42);
  });
});

describe('orphan sweep', () => {
  it('deletes orphans whose sessions are gone and removes their chunks', async () => {
    const t = await openTestStore();
    const f = await t.store.create(ROOT, { parentId: 'root', name: 'f', mode: 0o644, flags: 0o102, clientId: 1, open: true });
    await t.store.unlink(ROOT, 'root', 'f');
    for await (const [k] of t.kv.keysWithPrefix(sessionPrefix(f.attr.entryId!))) await t.kv.del(k);
    expect(await t.store.purgeOrphans()).toMatchObject({ purged: 1 });
    await expect(t.store.getAttr(f.attr.entryId!)).rejects.toEqual(expect.objectContaining({ code: ErrCode.NOT_FOUND }));
    await t.store.disposalsIdle(); // chunk removal runs in the background
    expect(t.chunks.unlinks).toHaveLength(2);
    expect(await t.store.purgeOrphans()).toMatchObject({ purged: 0 });
  });
});

describe('requests without credentials', () => {
  it('are refused by the handler-side check', async () => {
    const { credOf } = await import('./validate.js');
    expect(() => credOf(undefined, 'lookup')).toThrow(expect.objectContaining({ code: ErrCode.INVALID_ARGUMENT }));
    expect(credOf({ uid: 5, gid: 6, gids: [7] }, 'x')).toEqual({ uid: 5, gid: 6, gids: [7] });
  });
});
