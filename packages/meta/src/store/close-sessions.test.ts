import { beforeEach, describe, expect, it } from 'vitest';
import { ErrCode } from '@hivefs/protocol';
import { openTestStore, ROOT, type TestStore } from '../testing/store-fixture.js';
import { MAX_CLOSE_SESSIONS } from './close-sessions.js';
import { sessionPrefix } from './keys.js';

const O_RDONLY = 0;
const O_RDWR = 2;
const O_CREAT = 0o100;
const code = (c: ErrCode) => expect.objectContaining({ code: c });

let t: TestStore;
beforeEach(async () => {
  t = await openTestStore();
});

/** Creates `name` in the root, open for writing by `clientId`. */
const mk = (name: string, clientId = 7) => t.store.create(ROOT, { parentId: 'root', name, mode: 0o644, flags: O_CREAT | O_RDWR, clientId, open: true });

async function sessionsOn(entryId: string): Promise<number> {
  let n = 0;
  for await (const _ of t.kv.keysWithPrefix(sessionPrefix(entryId))) n++;
  return n;
}

describe('closeSessions', () => {
  it('ends sessions of several files, read-only and writing, of one client in one call', async () => {
    const a = await mk('a');
    const b = await mk('b');
    const ra = await t.store.open(ROOT, a.attr.entryId!, O_RDONLY, 7);
    const r = await t.store.closeSessions(7, [
      { entryId: a.attr.entryId!, handleId: a.handleId },
      { entryId: b.attr.entryId!, handleId: b.handleId },
      { entryId: a.attr.entryId!, handleId: ra.handleId },
    ]);
    expect(r).toEqual({ closed: 3, gone: 0 });
    expect(await sessionsOn(a.attr.entryId!)).toBe(0);
    expect(await sessionsOn(b.attr.entryId!)).toBe(0);
    // the files are untouched otherwise
    expect(await t.store.getAttr(a.attr.entryId!)).toMatchObject({ nlink: 1, size: 0 });
  });

  it('skips sessions that are gone or belong to another client, and a second send of the same request ends nothing', async () => {
    const a = await mk('a', 7);
    const other = await t.store.open(ROOT, a.attr.entryId!, O_RDONLY, 8);
    const refs = [{ entryId: a.attr.entryId!, handleId: a.handleId }, { entryId: a.attr.entryId!, handleId: other.handleId }];
    expect(await t.store.closeSessions(7, refs)).toEqual({ closed: 1, gone: 1 });
    expect(await sessionsOn(a.attr.entryId!)).toBe(1); // client 8's stays
    expect(await t.store.closeSessions(7, refs)).toEqual({ closed: 0, gone: 2 });
    expect(await t.store.closeSessions(7, [{ entryId: '1-5F000000-1', handleId: 12345 }])).toEqual({ closed: 0, gone: 1 });
  });

  it('deletes an unlinked file at its last session, with its chunk files, and not before', async () => {
    const a = await mk('a');
    const id = a.attr.entryId!;
    const r1 = await t.store.open(ROOT, id, O_RDONLY, 7);
    const r2 = await t.store.open(ROOT, id, O_RDONLY, 9);
    await t.store.unlink(ROOT, 'root', 'a');
    await t.store.closeSessions(7, [{ entryId: id, handleId: a.handleId }, { entryId: id, handleId: r1.handleId }]);
    await t.store.disposalsIdle();
    expect(t.chunks.unlinks).toEqual([]);
    expect(await t.store.getAttr(id)).toMatchObject({ nlink: 0 });
    await t.store.closeSessions(9, [{ entryId: id, handleId: r2.handleId }]);
    await t.store.disposalsIdle();
    expect(t.chunks.unlinks.map((u) => u.targetId).sort()).toEqual([101, 102]);
    await expect(t.store.getAttr(id)).rejects.toEqual(code(ErrCode.NOT_FOUND));
  });

  it('refuses a malformed request whole (BAD_MESSAGE): a bad handle id, too many sessions', async () => {
    const a = await mk('a');
    const good = { entryId: a.attr.entryId!, handleId: a.handleId };
    await expect(t.store.closeSessions(7, [good, { entryId: a.attr.entryId!, handleId: 0 }])).rejects.toEqual(code(ErrCode.BAD_MESSAGE));
    await expect(t.store.closeSessions(7, [good, { entryId: a.attr.entryId!, handleId: 2 ** 53 }])).rejects.toEqual(code(ErrCode.BAD_MESSAGE));
    await expect(t.store.closeSessions(7, Array.from({ length: MAX_CLOSE_SESSIONS + 1 }, () => good))).rejects.toEqual(code(ErrCode.BAD_MESSAGE));
    await expect(t.store.closeSessions(7, [good, { entryId: '../x', handleId: 5 }])).rejects.toEqual(code(ErrCode.BAD_ENTRY_ID));
    expect(await sessionsOn(a.attr.entryId!)).toBe(1);
    expect(await t.store.closeSessions(7, [])).toEqual({ closed: 0, gone: 0 });
  });
});
