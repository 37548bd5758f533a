// Buddy-mirrored files in the store: group ids chosen under a buddymirror directory, storage calls addressed to the groups.
import { beforeEach, describe, expect, it } from 'vitest';
import { chunkFileLength, ErrCode, hivefs } from '@hivefs/protocol';
import { openTestStore, ROOT, type TestStore } from '../testing/store-fixture.js';
import { SetAttrBits as B } from './attr-ops.js';
import { disposalKey } from './keys.js';

const O_RDWR = 2;
const O_CREAT = 0o100;
const O_TRUNC = 0o1000;
const CHUNK = 64 * 1024;
const S = hivefs.NodeType.STORAGE;

let t: TestStore;
let dirId: string;
beforeEach(async () => {
  t = await openTestStore();
  // targets 101, 102, 201, 202 of the fixture paired into groups 1 (101 + 201) and 2 (102 + 202)
  t.map.groups = [
    { groupId: 1, nodeType: S, primaryId: 101, secondaryId: 201, storagePoolId: 1 },
    { groupId: 2, nodeType: S, primaryId: 102, secondaryId: 202, storagePoolId: 1 },
  ];
  dirId = (await t.store.mkdir(ROOT, 'root', 'mirrored', 0o755)).entryId!;
  await t.store.setPattern(ROOT, dirId, { type: hivefs.PatternType.BUDDY_MIRROR, chunkSize: CHUNK, numTargets: 2 });
});

const mk = (name: string, o: { open?: boolean; flags?: number; parentId?: string } = {}) =>
  t.store.create(ROOT, { parentId: o.parentId ?? dirId, name, mode: 0o644, flags: o.flags ?? O_CREAT | O_RDWR, clientId: 7, open: o.open ?? false });

describe('buddy-mirrored files', () => {
  it('setPattern accepts BUDDY_MIRROR; subdirectories inherit it', async () => {
    expect((await t.store.getAttr(dirId)).pattern).toMatchObject({ type: hivefs.PatternType.BUDDY_MIRROR, chunkSize: CHUNK, numTargets: 2, ids: [] });
    expect((await t.store.mkdir(ROOT, dirId, 'sub', 0o755)).pattern).toMatchObject({ type: hivefs.PatternType.BUDDY_MIRROR, numTargets: 2 });
  });

  it('a file created under a buddymirror directory gets buddy group ids; elsewhere targets as before', async () => {
    const f = await mk('f');
    expect(f.attr.pattern).toMatchObject({ type: hivefs.PatternType.BUDDY_MIRROR, chunkSize: CHUNK, numTargets: 2, ids: [1, 2] });
    expect(f.attr.pattern!.shortfall ?? '').toBe('');
    expect((await mk('g', { parentId: 'root' })).attr.pattern).toMatchObject({ type: hivefs.PatternType.RAID0, ids: [101, 102] });
  });

  it('records the shortfall when a group\'s primary is offline', async () => {
    t.map.targets = t.map.targets!.map((x) => (x.targetId === 102 ? { ...x, reachability: hivefs.Reachability.OFFLINE } : x));
    t.map.version = 2;
    const f = await mk('f');
    expect(f.attr.pattern).toMatchObject({ ids: [1], numTargets: 2, shortfall: "1 of 2 buddy groups usable; group 2's primary 102 is offline" });
  });

  it('create fails with NO_TARGETS and a clear message when the map has no buddy group', async () => {
    t.map.groups = [];
    await expect(mk('f')).rejects.toMatchObject({ code: ErrCode.NO_TARGETS, message: expect.stringContaining('no storage buddy group in pool 1') });
  });

  it('truncate (O_TRUNC), live size and blocks, and disposal address the groups, not targets', async () => {
    const f = await mk('f', { open: true });
    const id = f.attr.entryId!;
    t.chunks.setLength(id, { groupId: 1 }, CHUNK, 128);
    t.chunks.setLength(id, { groupId: 2 }, 100, 8);
    expect(await t.store.getAttr(id)).toMatchObject({ size: CHUNK + 100, blocks: 136, openWriters: 1 });
    await t.store.close({ entryId: id, handleId: f.handleId, clientId: 7, sizeHint: CHUNK + 100 });

    await mk('f', { flags: O_CREAT | O_TRUNC | O_RDWR });
    expect(t.chunks.truncates).toEqual([{ entryId: id, groupId: 1, length: 0 }, { entryId: id, groupId: 2, length: 0 }]);
    await t.store.setAttr(ROOT, { entryId: id, valid: B.SIZE, mode: 0, uid: 0, gid: 0, size: CHUNK + 5, handleId: 0 });
    expect(t.chunks.truncates.slice(2)).toEqual([
      { entryId: id, groupId: 1, length: chunkFileLength(CHUNK + 5, CHUNK, 2, 0) },
      { entryId: id, groupId: 2, length: chunkFileLength(CHUNK + 5, CHUNK, 2, 1) },
    ]);

    await t.store.unlink(ROOT, dirId, 'f');
    await t.store.disposalsIdle();
    expect(t.chunks.unlinks).toEqual([{ entryId: id, groupId: 1 }, { entryId: id, groupId: 2 }]);
  });

  it('a group that does not answer keeps its file queued for disposal; a truncate on it names the group', async () => {
    const f = await mk('f');
    const id = f.attr.entryId!;
    t.chunks.downGroups.add(2);
    await expect(t.store.setAttr(ROOT, { entryId: id, valid: B.SIZE, mode: 0, uid: 0, gid: 0, size: 0, handleId: 0 })).rejects.toMatchObject({
      message: expect.stringContaining('buddy group 2'),
    });
    await t.store.unlink(ROOT, dirId, 'f');
    await t.store.disposalsIdle();
    expect(t.chunks.unlinks).toEqual([{ entryId: id, groupId: 1 }]);
    expect(await t.kv.get(disposalKey(id))).toBeDefined();
  });
});
