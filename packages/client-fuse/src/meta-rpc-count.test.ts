// Meta round trips per operation, counted through the VFS modules against an in-process fake meta,
// in the order libfuse issues them (a getattr of the name before create and unlink).
import { ErrCode, HiveError, ROOT_ENTRY_ID, hivefs, type AnyRpcDef } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { getattr, getxattrById, lookupAt, setxattrById } from './attrs.js';
import { BufferPool } from '@hivefs/common';
import { defaultClientConfig } from './config.js';
import type { VfsContext } from './context.js';
import { VfsError } from './errors.js';
import { create, createAt, flush, release, write } from './file-ops.js';
import { O } from './flags.js';
import { HandleTable } from './handles.js';
import { HiddenFiles } from './hidden.js';
import type { MetaClient } from './meta-client.js';
import { mkdir, mkdirAt, renameAt, rmdir, rmdirAt, unlink, unlinkAt } from './namespace.js';
import { PathCache } from './path-cache.js';
import { Resolver } from './resolver.js';
import type { Cred } from './types.js';

const ROOT: Cred = { uid: 0, gid: 0, gids: [] };
const ALICE: Cred = { uid: 1000, gid: 1000, gids: [] };
const PATTERN: hivefs.IStripePattern = { type: hivefs.PatternType.RAID0, chunkSize: 512 * 1024, numTargets: 1, ids: [101] };

interface Call {
  op: string;
  req: Record<string, unknown>;
}

/**
 * A small meta: directories and files by id, names by (parent, name); creates/removes update the
 * parent's times and nlink and, with `withParent` (as the real meta does), send its attributes back.
 */
function fakeMeta(withParent: boolean) {
  let clock = 1_000;
  let nextId = 1;
  const attrs = new Map<string, hivefs.IAttr>([
    [ROOT_ENTRY_ID, { entryId: ROOT_ENTRY_ID, type: hivefs.EntryType.DIRECTORY, mode: 0o777, nlink: 2, mtime: { sec: 1, nsec: 0 } }],
  ]);
  const dentries = new Map<string, string>();
  const calls: Call[] = [];
  const enoent = (what: string): never => {
    throw VfsError.of('ENOENT', what);
  };
  const mustAttr = (id: string): hivefs.IAttr => attrs.get(id) ?? enoent(id);
  const touch = (dirId: string, nlinkDelta: number): void => {
    const d = mustAttr(dirId);
    attrs.set(dirId, { ...d, nlink: (d.nlink ?? 0) + nlinkDelta, mtime: { sec: ++clock, nsec: 0 }, ctime: { sec: clock, nsec: 0 } });
  };
  const add = (parentId: string, name: string, attr: hivefs.IAttr): hivefs.IAttr => {
    if (dentries.has(`${parentId}/${name}`)) throw VfsError.of('EEXIST', name);
    const entryId = `E-${nextId++}`;
    const a = { ...attr, entryId, parentId };
    attrs.set(entryId, a);
    dentries.set(`${parentId}/${name}`, entryId);
    return a;
  };
  const remove = (parentId: string, name: string): string => {
    const id = dentries.get(`${parentId}/${name}`) ?? enoent(name);
    dentries.delete(`${parentId}/${name}`);
    return id;
  };
  const parent = (id: string): { parent?: hivefs.IAttr } => (withParent ? { parent: mustAttr(id) } : {});
  const meta = {
    call: async (def: AnyRpcDef, _route: string, req: Record<string, unknown>) => {
      calls.push({ op: def.name, req });
      const r = req as Record<string, string & number>;
      switch (def.name) {
        case 'lookup':
          return { attr: mustAttr(dentries.get(`${r.parentId}/${r.name}`) ?? enoent(r.name)) };
        case 'getAttr':
          return { attr: mustAttr(r.entryId) };
        case 'create': {
          const a = add(r.parentId, r.name, { type: hivefs.EntryType.REGULAR, mode: r.mode, nlink: 1, size: 0, pattern: PATTERN });
          touch(r.parentId, 0);
          return { attr: a, handleId: 5, created: true, ...parent(r.parentId) };
        }
        case 'mkdir': {
          const a = add(r.parentId, r.name, { type: hivefs.EntryType.DIRECTORY, mode: r.mode, nlink: 2, uid: 0, gid: 0 });
          touch(r.parentId, 1);
          return { attr: a, ...parent(r.parentId) };
        }
        case 'unlink':
          attrs.delete(remove(r.parentId, r.name));
          touch(r.parentId, 0);
          return parent(r.parentId);
        case 'rmdir':
          attrs.delete(remove(r.parentId, r.name));
          touch(r.parentId, -1);
          return parent(r.parentId);
        case 'rename': {
          const id = remove(r.srcParentId, r.srcName);
          dentries.delete(`${r.dstParentId}/${r.dstName}`);
          dentries.set(`${r.dstParentId}/${r.dstName}`, id);
          touch(r.srcParentId, 0);
          return {};
        }
        case 'reportWrite': {
          const a = mustAttr(r.entryId);
          attrs.set(r.entryId, { ...a, size: Math.max(Number(a.size ?? 0), r.sizeHint) });
          return { attr: attrs.get(r.entryId) };
        }
        case 'close':
          return {};
        case 'getXattr':
          throw new HiveError(ErrCode.NO_XATTR, `${r.entryId} has no xattr '${r.name}'`);
        case 'setXattr':
          return {};
        default:
          throw new Error(`unexpected ${def.name}`);
      }
    },
  } as unknown as MetaClient;
  return { meta, calls, attrs };
}

function vfsCtx(withParent = false) {
  const { meta, calls, attrs } = fakeMeta(withParent);
  const config = { ...defaultClientConfig(), tuneWriteBehindBytes: 1024 * 1024, tuneReadAheadSize: 0 };
  const cache = new PathCache({ entryTtlSecs: 60, attrTtlSecs: 60 });
  const hidden = new HiddenFiles();
  const ctx = {
    config, meta, cache, hidden,
    resolver: new Resolver(meta, cache, hidden),
    handles: new HandleTable(),
    pool: new BufferPool(config.tuneWriteBehindBytes),
    storage: { writeChunk: async () => ({ attempts: 1, blocks: 8 }) },
    log: { debug() {}, info() {}, warn() {}, error() {} },
    clientId: () => 7,
  } as unknown as VfsContext;
  return { ctx, calls, attrs };
}

const ops = (calls: Call[]): string[] => calls.map((c) => c.op);

/** What libfuse does for `echo x > path`: getattr (ENOENT), create, write, flush, release. */
async function fuseCreate(ctx: VfsContext, path: string, cred: Cred, data = 'x'): Promise<void> {
  await expect(getattr(ctx, path, cred)).rejects.toMatchObject({ code: 'ENOENT' });
  const fh = await create(ctx, path, 0o644, O.WRONLY | O.CREAT, cred);
  await write(ctx, fh, Buffer.from(data), data.length, 0);
  await flush(ctx, fh);
  await release(ctx, fh);
}

/** What libfuse does for `rm path`: getattr (lookup), unlink. */
async function fuseUnlink(ctx: VfsContext, path: string, cred: Cred): Promise<void> {
  await getattr(ctx, path, cred);
  await unlink(ctx, path, cred);
}

describe('meta round trips through the VFS', () => {
  it.each([
    ['a subdirectory', '/d'],
    ['the root', ''],
  ])('create = negative lookup + create, stat = lookup, unlink = lookup + unlink (files in %s)', async (_what, dir) => {
    const { ctx, calls } = vfsCtx();
    if (dir) await mkdir(ctx, dir, 0o755, ROOT);
    await getattr(ctx, '/', ROOT);
    calls.length = 0;
    const N = 5;
    for (let i = 0; i < N; i++) {
      await fuseCreate(ctx, `${dir}/f${i}`, ROOT);
      if (i === 0) expect(ops(calls)).toEqual(['lookup', 'create', 'reportWrite', 'close']);
    }
    const named = (op: string): number => ops(calls).filter((o) => o === op).length;
    expect(named('lookup') + named('getAttr')).toBe(N);
    expect(named('create')).toBe(N);

    calls.length = 0;
    for (let i = 0; i < N; i++) await getattr(ctx, `${dir}/f${i}`, ROOT);
    expect(ops(calls)).toEqual(Array(N).fill('lookup')); // release dropped the file's attributes, not the directory's

    for (let i = 0; i < N; i++) await fuseCreate(ctx, `${dir}/g${i}`, ROOT);
    calls.length = 0;
    for (let i = 0; i < N; i++) await fuseUnlink(ctx, `${dir}/g${i}`, ROOT); // not stat'ed since their release
    expect(ops(calls)).toEqual(Array(N).fill(['lookup', 'unlink']).flat());
    calls.length = 0;
    for (let i = 0; i < N; i++) await fuseUnlink(ctx, `${dir}/f${i}`, ROOT); // stat'ed just now: cached
    expect(ops(calls)).toEqual(Array(N).fill('unlink'));
  });

  it('mkdir and rmdir keep the parent for walking too', async () => {
    const { ctx, calls } = vfsCtx();
    await mkdir(ctx, '/d', 0o755, ROOT);
    calls.length = 0;
    for (let i = 0; i < 3; i++) {
      await expect(getattr(ctx, `/d/s${i}`, ROOT)).rejects.toMatchObject({ code: 'ENOENT' });
      await mkdir(ctx, `/d/s${i}`, 0o755, ROOT);
    }
    for (let i = 0; i < 3; i++) await rmdir(ctx, `/d/s${i}`, ROOT);
    expect(ops(calls)).toEqual([...Array(3).fill(['lookup', 'mkdir']).flat(), ...Array(3).fill('rmdir')]);
  });

  it("with the parent's attributes in the reply, a stat of the directory after a create or remove in it needs no round trip", async () => {
    const { ctx, calls, attrs } = vfsCtx(true);
    await mkdir(ctx, '/d', 0o755, ROOT);
    const dId = (await ctx.resolver.resolve('/d', ROOT)).entryId;
    const before = await getattr(ctx, '/d', ROOT);
    calls.length = 0;
    await fuseCreate(ctx, '/d/f', ROOT);
    const afterCreate = await getattr(ctx, '/d', ROOT);
    expect(afterCreate.mtime).toEqual(attrs.get(dId)!.mtime);
    expect(afterCreate.mtime).not.toEqual(before.mtime);
    await mkdir(ctx, '/d/sub', 0o755, ROOT);
    expect((await getattr(ctx, '/d', ROOT)).nlink).toBe(before.nlink + 1);
    await rmdir(ctx, '/d/sub', ROOT);
    expect((await getattr(ctx, '/d', ROOT)).nlink).toBe(before.nlink);
    await fuseUnlink(ctx, '/d/f', ROOT);
    expect((await getattr(ctx, '/d', ROOT)).mtime).toEqual(attrs.get(dId)!.mtime);
    // the lookup before the unlink is libfuse's getattr of /d/f, whose attributes its release dropped
    expect(ops(calls)).toEqual(['lookup', 'create', 'reportWrite', 'close', 'mkdir', 'rmdir', 'lookup', 'unlink']);
  });

  it("without the parent's attributes in the reply, a stat of the directory itself asks meta after a create or remove in it (its mtime, ctime and nlink changed)", async () => {
    const { ctx, calls, attrs } = vfsCtx();
    await mkdir(ctx, '/d', 0o755, ROOT);
    const dId = (await ctx.resolver.resolve('/d', ROOT)).entryId;
    const before = await getattr(ctx, '/d', ROOT);
    const root0 = await getattr(ctx, '/', ROOT);
    calls.length = 0;
    expect(await getattr(ctx, '/d', ROOT)).toEqual(before); // cached
    expect(calls).toEqual([]);

    await fuseCreate(ctx, '/d/f', ROOT);
    calls.length = 0;
    const afterCreate = await getattr(ctx, '/d', ROOT);
    expect(ops(calls)).toEqual(['lookup']);
    expect(afterCreate.mtime).toEqual(attrs.get(dId)!.mtime);
    expect(afterCreate.mtime).not.toEqual(before.mtime);

    calls.length = 0;
    await mkdir(ctx, '/d/sub', 0o755, ROOT);
    expect((await getattr(ctx, '/d', ROOT)).nlink).toBe(before.nlink + 1);
    await rmdir(ctx, '/d/sub', ROOT);
    expect((await getattr(ctx, '/d', ROOT)).nlink).toBe(before.nlink);
    expect(ops(calls)).toEqual(['mkdir', 'lookup', 'rmdir', 'lookup']);

    // the root (reached by id) and paths ending in '.' too
    calls.length = 0;
    await fuseCreate(ctx, '/r', ROOT);
    expect(ops(calls)).toEqual(['lookup', 'create', 'reportWrite', 'close']);
    calls.length = 0;
    expect((await getattr(ctx, '/', ROOT)).mtime).not.toEqual(root0.mtime);
    expect(ops(calls)).toEqual(['getAttr']);
    await fuseUnlink(ctx, '/d/f', ROOT);
    calls.length = 0;
    expect((await getattr(ctx, '/d/.', ROOT)).mtime).toEqual(attrs.get(dId)!.mtime);
    expect(ops(calls)).toEqual(['getAttr']);
  });

  it("walks through a directory whose times are stale with its cached mode: search permission is still checked", async () => {
    const { ctx, calls } = vfsCtx();
    await mkdir(ctx, '/p', 0o700, ROOT); // root's private directory
    await fuseCreate(ctx, '/p/f', ROOT);
    calls.length = 0;
    await getattr(ctx, '/p/f', ALICE); // not served from the cache for alice: meta decides (this fake does not check)
    expect(ops(calls)).toEqual(['lookup']);
    expect(calls[0]!.req).toMatchObject({ name: 'f', cred: ALICE });
  });

  it('close does not repeat what the flush just reported; it does report writes made after it', async () => {
    const { ctx, calls } = vfsCtx();
    const fh = await create(ctx, '/f', 0o644, O.WRONLY | O.CREAT, ROOT);
    await write(ctx, fh, Buffer.from('hello'), 5, 0);
    await flush(ctx, fh);
    await release(ctx, fh);
    const report = calls.find((c) => c.op === 'reportWrite')!.req;
    expect(report).toMatchObject({ sizeHint: 5, mtime: expect.anything() });
    const close = calls.find((c) => c.op === 'close')!.req;
    expect(close).toMatchObject({ sizeHint: 0 });
    expect(close).not.toHaveProperty('mtime');

    calls.length = 0;
    const fh2 = await create(ctx, '/g', 0o644, O.WRONLY | O.CREAT, ROOT);
    await write(ctx, fh2, Buffer.from('ab'), 2, 0);
    await flush(ctx, fh2);
    await write(ctx, fh2, Buffer.from('cd'), 2, 2);
    await release(ctx, fh2);
    expect(calls.find((c) => c.op === 'close')!.req).toMatchObject({ sizeHint: 4, mtime: expect.anything() });
  });
});

describe('operations by parent entry id (the low-level engine)', () => {
  it('cost only their own round trip: no path walk, the dentry cache answers lookups', async () => {
    const { ctx, calls } = vfsCtx();
    const d = await mkdirAt(ctx, ROOT_ENTRY_ID, 'd', 0o755, ROOT);
    expect(ops(calls)).toEqual(['mkdir']);
    expect(calls[0]!.req).toMatchObject({ parentId: ROOT_ENTRY_ID, name: 'd' });
    calls.length = 0;
    // a new name: one negative lookup, then create; afterwards the dentry cache answers
    await expect(lookupAt(ctx, d.entryId, 'f', ROOT)).rejects.toMatchObject({ code: 'ENOENT' });
    const fh = await createAt(ctx, d.entryId, 'f', 0o644, O.WRONLY | O.CREAT | O.EXCL, ROOT);
    expect((await lookupAt(ctx, d.entryId, 'f', ROOT)).size).toBe(0);
    await release(ctx, fh);
    expect(ops(calls)).toEqual(['lookup', 'create', 'close']);
    calls.length = 0;
    expect((await lookupAt(ctx, d.entryId, 'f', ROOT)).entryId).toMatch(/^E-/);
    await renameAt(ctx, d.entryId, 'f', ROOT_ENTRY_ID, 'g', ROOT);
    await unlinkAt(ctx, ROOT_ENTRY_ID, 'g', ROOT);
    await rmdirAt(ctx, ROOT_ENTRY_ID, 'd', ROOT);
    expect(ops(calls)).toEqual(['lookup', 'rename', 'unlink', 'rmdir']); // the lookup: release dropped f's attributes
    expect(calls[1]!.req).toMatchObject({ srcParentId: d.entryId, srcName: 'f', dstParentId: ROOT_ENTRY_ID, dstName: 'g' });
  });

  it('path ops and by-id ops share one cache: a name made by id is found by path and the other way round', async () => {
    const { ctx, calls } = vfsCtx();
    const d = await mkdirAt(ctx, ROOT_ENTRY_ID, 'd', 0o755, ROOT);
    await mkdir(ctx, '/d/s', 0o755, ROOT);
    expect((await getattr(ctx, '/d', ROOT)).entryId).toBe(d.entryId); // asks meta: d's times changed with the mkdir in it
    calls.length = 0;
    expect((await lookupAt(ctx, d.entryId, 's', ROOT)).entryId).toBe((await getattr(ctx, '/d/s', ROOT)).entryId);
    expect(ops(calls)).toEqual([]);
    await rmdirAt(ctx, d.entryId, 's', ROOT);
    await expect(getattr(ctx, '/d/s', ROOT)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('without O_EXCL, a create of an existing name opens that entry; O_EXCL and bad names fail', async () => {
    const { ctx, calls } = vfsCtx();
    const fh = await createAt(ctx, ROOT_ENTRY_ID, 'f', 0o644, O.WRONLY | O.CREAT, ROOT);
    await release(ctx, fh);
    await expect(createAt(ctx, ROOT_ENTRY_ID, 'f', 0o644, O.WRONLY | O.CREAT | O.EXCL, ROOT)).rejects.toMatchObject({ code: 'EEXIST' });
    const calls0 = calls.length;
    await expect(createAt(ctx, ROOT_ENTRY_ID, 'f', 0o644, O.WRONLY | O.CREAT, ROOT)).rejects.toThrow(/unexpected open/); // the fake has no open: it was asked
    expect(ops(calls).slice(calls0)).toEqual(['create', 'lookup', 'open']);
    for (const bad of ['', '.', '..', 'a/b', 'a\0b']) {
      await expect(mkdirAt(ctx, ROOT_ENTRY_ID, bad, 0o755, ROOT)).rejects.toMatchObject({ code: 'EINVAL' });
    }
  });
});

describe('the kernel\'s security.capability probe before the first write', () => {
  it('costs no meta request for a file this client created; other names, and a file with an xattr set since, ask meta', async () => {
    const { ctx, calls } = vfsCtx();
    const fh = await create(ctx, '/probe', 0o644, O.WRONLY | O.CREAT | O.EXCL, ROOT);
    const id = ctx.handles.get(fh).file.entryId;
    calls.length = 0;
    await expect(getxattrById(ctx, id, 'security.capability', ROOT)).rejects.toMatchObject({ code: 'ENODATA' });
    expect(ops(calls)).toEqual([]);
    await expect(getxattrById(ctx, id, 'user.tag', ROOT)).rejects.toMatchObject({ code: ErrCode.NO_XATTR });
    expect(ops(calls)).toEqual(['getXattr']);
    await setxattrById(ctx, id, 'security.selinux', Buffer.from('x'), 0, ROOT);
    calls.length = 0;
    await expect(getxattrById(ctx, id, 'security.capability', ROOT)).rejects.toMatchObject({ code: ErrCode.NO_XATTR });
    expect(ops(calls)).toEqual(['getXattr']);
    await release(ctx, fh);
  });

  it('asks meta for a file this client did not create', async () => {
    const { ctx, calls } = vfsCtx();
    await fuseCreate(ctx, '/other', ROOT);
    const id = (await getattr(ctx, '/other', ROOT)).entryId;
    ctx.cache.clear(); // as a second client would start
    calls.length = 0;
    await expect(getxattrById(ctx, id, 'security.capability', ROOT)).rejects.toMatchObject({ code: ErrCode.NO_XATTR });
    expect(ops(calls)).toEqual(['getXattr']);
  });
});
