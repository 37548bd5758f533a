// Operations on different names of one directory run side by side (the directory locked shared,
// each name exclusively); what must stay serial still is.
import { openMemoryStore, type KvStore } from '@hivefs/common';
import { ErrCode } from '@hivefs/protocol';
import { waitFor } from '@hivefs/common/testing';
import { describe, expect, it } from 'vitest';
import { openTestStore, ROOT } from '../testing/store-fixture.js';

const O_RDWR = 2;
const O_CREAT = 0o100;
const O_EXCL = 0o200;
const turn = (): Promise<void> => new Promise((r) => setImmediate(r));
const later = (t: { sec?: number | null; nsec?: number | null }, u: { sec?: number | null; nsec?: number | null }): boolean =>
  Number(t.sec) > Number(u.sec) || (Number(t.sec) === Number(u.sec) && Number(t.nsec) >= Number(u.nsec));

/** A memory store whose writes wait while `hold` is on; counts the writes waiting (now and at most at once). */
function gatedStore() {
  const inner = openMemoryStore();
  let open: (() => void) | undefined;
  let gate: Promise<void> | undefined;
  let waiting = 0;
  let most = 0;
  const kv: KvStore = {
    ...inner,
    get: (k) => inner.get(k),
    getMany: (k) => inner.getMany(k),
    range: (o) => inner.range(o),
    keysWithPrefix: (p, o) => inner.keysWithPrefix(p, o),
    close: () => inner.close(),
    batch: async (ops) => {
      if (gate) {
        most = Math.max(most, ++waiting);
        await gate;
        waiting--;
      }
      return inner.batch(ops);
    },
  };
  return {
    kv,
    hold: () => (gate = new Promise<void>((r) => (open = r))),
    release: () => {
      gate = undefined;
      open?.();
    },
    get most() {
      return most;
    },
    get waiting() {
      return waiting;
    },
  };
}

describe('one directory, many names', () => {
  it('creates and unlinks of different names are in flight together', async () => {
    const g = gatedStore();
    const t = await openTestStore({ kv: g.kv });
    await t.store.create(ROOT, { parentId: 'root', name: 'old', mode: 0o644, flags: O_CREAT | O_RDWR, clientId: 1, open: false });
    g.hold();
    const ops = [
      ...Array.from({ length: 6 }, (_, i) => t.store.create(ROOT, { parentId: 'root', name: `f${i}`, mode: 0o644, flags: O_CREAT | O_EXCL | O_RDWR, clientId: 1, open: true })),
      t.store.unlink(ROOT, 'root', 'old'),
    ];
    // every one gets to its commit: none waits for another's write (with the directory locked
    // exclusively only one would ever be waiting here)
    await waitFor(() => g.most === 7, { timeoutMs: 2000, what: '7 writes waiting at once' });
    g.release();
    const created = (await Promise.all(ops)).slice(0, 6) as { attr: { mtime?: { sec?: number | null; nsec?: number | null } | null } }[];
    const names = (await t.store.readdir(ROOT, 'root', { after: '', limit: 100, withAttrs: false })).entries.map((e) => e.name).filter((n) => n !== '.' && n !== '..');
    expect(names.sort()).toEqual(['f0', 'f1', 'f2', 'f3', 'f4', 'f5']);
    const dir = await t.store.getAttr('root');
    for (const c of created) expect(later(dir.mtime!, c.attr.mtime!)).toBe(true); // the directory's times are the last ones stamped
  });

  it('exactly one of many racing O_EXCL creates of one name wins', async () => {
    const t = await openTestStore();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => t.store.create(ROOT, { parentId: 'root', name: 'x', mode: 0o644, flags: O_CREAT | O_EXCL | O_RDWR, clientId: 1, open: true })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: ErrCode.EXISTS });
  });

  it('rmdir of a directory waits for a create in it to finish, then finds it not empty', async () => {
    const g = gatedStore();
    const t = await openTestStore({ kv: g.kv });
    const d = await t.store.mkdir(ROOT, 'root', 'd', 0o755);
    g.hold();
    const create = t.store.create(ROOT, { parentId: d.entryId!, name: 'f', mode: 0o644, flags: O_CREAT | O_RDWR, clientId: 1, open: false });
    await waitFor(() => g.waiting === 1, { timeoutMs: 2000, what: 'the create at its commit' });
    const rmdir = t.store.rmdir(ROOT, 'root', 'd');
    for (let i = 0; i < 5; i++) await turn();
    g.release();
    await create;
    await expect(rmdir).rejects.toMatchObject({ code: ErrCode.NOT_EMPTY });
    expect((await t.store.lookup(ROOT, d.entryId!, 'f')).entryId).toBeTruthy();
  });

  it('mkdir in a directory waits for creates in it (it changes the link count they also write)', async () => {
    const g = gatedStore();
    const t = await openTestStore({ kv: g.kv });
    const before = (await t.store.getAttr('root')).nlink!;
    g.hold();
    const ops = [
      t.store.create(ROOT, { parentId: 'root', name: 'a', mode: 0o644, flags: O_CREAT | O_RDWR, clientId: 1, open: false }),
      t.store.mkdir(ROOT, 'root', 'sub', 0o755),
      t.store.create(ROOT, { parentId: 'root', name: 'b', mode: 0o644, flags: O_CREAT | O_RDWR, clientId: 1, open: false }),
    ];
    for (let i = 0; i < 5; i++) await turn();
    expect(g.most).toBe(1); // the first create; mkdir waits for it, the second create waits behind mkdir
    g.release();
    await Promise.all(ops);
    expect((await t.store.getAttr('root')).nlink).toBe(before + 1);
  });
});
