import { beforeEach, describe, expect, it } from 'vitest';
import { ErrCode, hivefs } from '@hivefs/protocol';
import { openTestStore, ROOT, user, type TestStore } from '../testing/store-fixture.js';

const DIR = hivefs.EntryType.DIRECTORY;
const code = (c: ErrCode) => expect.objectContaining({ code: c });

let t: TestStore;
beforeEach(async () => {
  t = await openTestStore();
});

describe('readdir', () => {
  it('pages through 2,500 entries completely, in stable order, without duplicates', async () => {
    const names = Array.from({ length: 2500 }, (_, i) => `file-${String(i * 7919 % 2500).padStart(5, '0')}`);
    const d = await t.store.mkdir(ROOT, 'root', 'big', 0o755);
    for (let i = 0; i < names.length; i += 250) {
      await Promise.all(names.slice(i, i + 250).map((name) => t.store.create(ROOT, { parentId: d.entryId!, name, mode: 0o644, flags: 0, clientId: 1, open: false })));
    }
    const seen: string[] = [];
    let after = '';
    let pages = 0;
    for (;;) {
      const page = await t.store.readdir(ROOT, d.entryId!, { after, limit: 1000, withAttrs: false });
      seen.push(...page.entries.map((e) => e.name!));
      pages += 1;
      if (page.eof) break;
      after = page.entries.at(-1)!.name!;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([...names].sort());
    const again = await t.store.readdir(ROOT, d.entryId!, { after: '', limit: 0, withAttrs: false });
    expect(again.entries.map((e) => e.name)).toEqual(seen.slice(0, 1000));
  });

  it('clamps the limit to 1000 and returns attributes on request', async () => {
    const d = await t.store.mkdir(ROOT, 'root', 'd', 0o755);
    await t.store.mkdir(ROOT, d.entryId!, 'sub', 0o700);
    await t.store.symlink(ROOT, d.entryId!, 'ln', 'x');
    const page = await t.store.readdir(ROOT, d.entryId!, { after: '', limit: 5000, withAttrs: true });
    expect(page.eof).toBe(true);
    expect(page.entries.map((e) => [e.name, e.type, e.attr?.mode])).toEqual([['ln', hivefs.EntryType.SYMLINK, 0o777], ['sub', DIR, 0o700]]);
    const one = await t.store.readdir(ROOT, d.entryId!, { after: '', limit: 1, withAttrs: false });
    expect(one).toMatchObject({ eof: false, entries: [{ name: 'ln' }] });
    expect(one.entries[0]!.attr).toBeUndefined();
  });

  it('needs read permission and a directory', async () => {
    const d = await t.store.mkdir(ROOT, 'root', 'secret', 0o711);
    await expect(t.store.readdir(user(1000), d.entryId!, { after: '', limit: 10, withAttrs: false })).rejects.toEqual(code(ErrCode.ACCESS_DENIED));
    const f = await t.store.create(ROOT, { parentId: 'root', name: 'f', mode: 0o644, flags: 0, clientId: 1, open: false });
    await expect(t.store.readdir(ROOT, f.attr.entryId!, { after: '', limit: 10, withAttrs: false })).rejects.toEqual(code(ErrCode.NOT_DIR));
  });
});

describe('concurrency', () => {
  it('200 concurrent creates in one directory all land, with no lost parent updates', async () => {
    const d = await t.store.mkdir(ROOT, 'root', 'busy', 0o777);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        i % 4 === 0
          ? t.store.mkdir(user(1000), d.entryId!, `dir${i}`, 0o755)
          : t.store.create(user(1000), { parentId: d.entryId!, name: `f${i}`, mode: 0o644, flags: 0o100 | 0o200, clientId: 1, open: false }).then((r) => r.attr),
      ),
    );
    expect(new Set(results.map((r) => r.entryId)).size).toBe(200);
    const page = await t.store.readdir(ROOT, d.entryId!, { after: '', limit: 1000, withAttrs: false });
    expect(page.entries).toHaveLength(200);
    expect((await t.store.getAttr(d.entryId!)).nlink).toBe(2 + 50);
  });

  it('concurrent exclusive creates of one name: exactly one wins', async () => {
    const all = await Promise.allSettled(Array.from({ length: 20 }, () => t.store.create(ROOT, { parentId: 'root', name: 'race', mode: 0o644, flags: 0o100 | 0o200, clientId: 1, open: false })));
    expect(all.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(all.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason.code === ErrCode.EXISTS)).toBe(true);
  });

  it('concurrent mkdir and rmdir of many names keep the parent link count exact', async () => {
    const d = await t.store.mkdir(ROOT, 'root', 'churn', 0o777);
    await Promise.all(Array.from({ length: 40 }, (_, i) => t.store.mkdir(ROOT, d.entryId!, `d${i}`, 0o755)));
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? t.store.rmdir(ROOT, d.entryId!, `d${i}`) : t.store.mkdir(ROOT, d.entryId!, `e${i}`, 0o755))));
    expect((await t.store.getAttr(d.entryId!)).nlink).toBe(2 + 40);
  });
});
