// Write sessions superseded by someone else's truncate or mtime: their later reports take the size
// the chunk files have and only a later mtime, so a writer's report never undoes the change.
import { beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, ROOT, type TestStore } from '../testing/store-fixture.js';
import { SetAttrBits as B, type SetAttrArgs } from './attr-ops.js';

const O_RDWR = 2;
const O_CREAT = 0o100;
const O_TRUNC = 0o1000;
const LATER = { sec: 2_000_000_000, nsec: 5 }; // 2033: later than any test's clock
const EARLIER = { sec: 1_000_000_000, nsec: 0 }; // 2001

let t: TestStore;
beforeEach(async () => {
  t = await openTestStore();
});

/** Creates `name` in the root, open for writing by `clientId`; returns its id, handle and first chunk holder. */
async function mk(name: string, clientId = 7): Promise<{ id: string; handleId: number; holder: number }> {
  const r = await t.store.create(ROOT, { parentId: 'root', name, mode: 0o644, flags: O_CREAT | O_RDWR, clientId, open: true });
  return { id: r.attr.entryId!, handleId: r.handleId, holder: r.attr.pattern!.ids![0]! };
}

const setAttr = (entryId: string, o: Partial<SetAttrArgs>) => t.store.setAttr(ROOT, { entryId, valid: 0, mode: 0, uid: 0, gid: 0, size: 0, handleId: 0, ...o });
const close = (id: string, handleId: number, sizeHint: number, mtime?: typeof LATER, clientId = 7) => t.store.close({ entryId: id, handleId, clientId, sizeHint, ...(mtime ? { mtime } : {}) });

describe('superseded write sessions', () => {
  it('after a truncate by someone else, a close reports the size the chunk files have, and keeps the truncate\'s times unless its mtime is later', async () => {
    const a = await mk('a');
    const b = await mk('b');
    for (const f of [a, b]) {
      t.chunks.setLength(f.id, f.holder, 65536); // written before the truncate
      await setAttr(f.id, { valid: B.SIZE, size: 0 });
      t.chunks.setLength(f.id, f.holder, 10); // 10 bytes written after it
    }
    const truncated = await t.store.getAttr(a.id);
    await t.store.close({ entryId: a.id, handleId: a.handleId, clientId: 7, sizeHint: 65536, mtime: EARLIER, chunkBlocks: [{ index: 0, blocks: 128 }] });
    await close(b.id, b.handleId, 65536, LATER);
    expect(await t.store.getAttr(a.id)).toMatchObject({ size: 10, mtime: truncated.mtime, ctime: truncated.ctime, blocks: 0 });
    expect(await t.store.getAttr(b.id)).toMatchObject({ size: 10, mtime: LATER });
  });

  it('after an mtime set by someone else (utimens), an older write mtime of a report does not move it back; the size still grows', async () => {
    const a = await mk('a');
    await setAttr(a.id, { valid: B.MTIME, mtime: { sec: 978_307_200, nsec: 0 } });
    t.chunks.setLength(a.id, a.holder, 4);
    const r = await t.store.reportWrite({ entryId: a.id, handleId: a.handleId, clientId: 7, sizeHint: 4, mtime: EARLIER });
    expect(r).toMatchObject({ size: 4, mtime: { sec: 978_307_200, nsec: 0 } });
    await close(a.id, a.handleId, 4, EARLIER);
    expect((await t.store.getAttr(a.id)).mtime).toEqual({ sec: 978_307_200, nsec: 0 });
  });

  it('a truncate through the session itself leaves its reports trusted; an O_TRUNC open by another client supersedes it', async () => {
    const a = await mk('a');
    await setAttr(a.id, { valid: B.SIZE, size: 0, handleId: a.handleId });
    await t.store.reportWrite({ entryId: a.id, handleId: a.handleId, clientId: 7, sizeHint: 500 });
    expect((await t.store.getAttr(a.id)).size).toBe(500); // storage (the fake) says 0: the hint was trusted

    const other = await t.store.open(ROOT, a.id, O_RDWR | O_TRUNC, 8);
    t.chunks.setLength(a.id, a.holder, 3);
    await close(a.id, a.handleId, 700);
    expect((await t.store.getAttr(a.id)).size).toBe(3);
    await close(a.id, other.handleId, 3, undefined, 8); // the truncating session's own reports stay trusted
    expect((await t.store.getAttr(a.id)).size).toBe(3);
  });

  it('a superseded session whose storage does not answer keeps the stored size', async () => {
    const a = await mk('a');
    await setAttr(a.id, { valid: B.SIZE, size: 100 });
    t.chunks.down.add(a.holder);
    await close(a.id, a.handleId, 65536);
    t.chunks.down.clear();
    expect((await t.store.getAttr(a.id)).size).toBe(100);
  });
});
