import { ROOT_ENTRY_ID, hivefs, type AnyRpcDef } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { getattr, setattr } from './attrs.js';
import type { VfsContext } from './context.js';
import { VfsError } from './errors.js';
import { fgetattr, release } from './file-ops.js';
import { O } from './flags.js';
import { HandleTable } from './handles.js';
import { HiddenFiles, isHiddenName } from './hidden.js';
import type { MetaClient } from './meta-client.js';
import { rename, rmdir, unlink } from './namespace.js';
import { PathCache } from './path-cache.js';
import { Resolver } from './resolver.js';
import type { Cred } from './types.js';

const ROOT: Cred = { uid: 0, gid: 0, gids: [] };
const H1 = '.fuse_hidden0000000200000001';
const H2 = '.fuse_hidden0000000200000002';

describe('isHiddenName', () => {
  it("matches exactly what libfuse 2.9's hidden_name() formats: .fuse_hidden%08x%08x", () => {
    expect(isHiddenName(H1)).toBe(true);
    expect(isHiddenName('.fuse_hidden0123456789abcdef')).toBe(true);
    for (const n of ['.fuse_hidden0123456789ABCDEF', '.fuse_hidden000000020000001', '.fuse_hidden00000002000000011', '.fuse_hidden000000020000000g',
      'x.fuse_hidden0000000200000001', '.fuse_hidden0000000200000001.txt', '.fuse_hidden', 'fuse_hidden0000000200000001', undefined]) {
      expect(isHiddenName(n), String(n)).toBe(false);
    }
  });
});

describe('HiddenFiles', () => {
  it('keys names by directory id and name; move, forget, closed and clear', () => {
    const h = new HiddenFiles();
    h.add('d', H1, 'e1', true);
    expect(h.get('d', H1)).toMatchObject({ entryId: 'e1', open: true });
    expect(h.get('other', H1)).toBeUndefined();
    expect(h.get('d', 'plain')).toBeUndefined();
    expect(h.move('d', H1, 'd', H2)).toBe(true);
    expect(h.get('d', H1)).toBeUndefined();
    expect(h.move('d', H1, 'd', H2)).toBe(false);
    h.closed('e1');
    expect(h.get('d', H2)).toMatchObject({ entryId: 'e1', open: false });
    expect(h.forget('d', H2)).toBe(true);
    expect(h.forget('d', H2)).toBe(false);
    h.add('d', H1, 'e2', true);
    h.clear();
    expect(h.size).toBe(0);
  });

  it('bounds the closed names libfuse never unlinks (their directory was removed first)', () => {
    const h = new HiddenFiles();
    h.add('keep', H1, 'open', true);
    for (let i = 0; i < 1100; i++) h.add(`d${i}`, H1, `e${i}`, false);
    expect(h.size).toBe(1 + 1024);
    expect(h.get('d0', H1)).toBeUndefined();
    expect(h.get('d1099', H1)).toMatchObject({ open: false });
    expect(h.get('keep', H1)).toMatchObject({ open: true });
  });
});

/** A tiny meta: one directory 'd' under the root, entries by id, and every call recorded. */
function fakeMeta(beforeUnlink?: () => Promise<void>): { meta: MetaClient; calls: { op: string; req: Record<string, unknown> }[]; dentries: Map<string, string> } {
  const attrs = new Map<string, hivefs.IAttr>([
    [ROOT_ENTRY_ID, { entryId: ROOT_ENTRY_ID, type: hivefs.EntryType.DIRECTORY, mode: 0o755, nlink: 3 }],
    ['d', { entryId: 'd', parentId: ROOT_ENTRY_ID, type: hivefs.EntryType.DIRECTORY, mode: 0o755, nlink: 2 }],
    ['d2', { entryId: 'd2', parentId: ROOT_ENTRY_ID, type: hivefs.EntryType.DIRECTORY, mode: 0o755, nlink: 2 }],
  ]);
  const dentries = new Map<string, string>([[`${ROOT_ENTRY_ID}/d`, 'd'], [`${ROOT_ENTRY_ID}/d2`, 'd2']]);
  const calls: { op: string; req: Record<string, unknown> }[] = [];
  const enoent = (what: string): never => {
    throw VfsError.of('ENOENT', what);
  };
  const mustAttr = (id: string): hivefs.IAttr => attrs.get(id) ?? enoent(id);
  const meta = {
    call: async (def: AnyRpcDef, _route: string, req: Record<string, unknown>) => {
      calls.push({ op: def.name, req });
      const r = req as Record<string, string & number>;
      switch (def.name) {
        case 'lookup':
          return { attr: mustAttr(dentries.get(`${r.parentId}/${r.name}`) ?? enoent(r.name)) };
        case 'getAttr':
          return { attr: mustAttr(r.entryId) };
        case 'setAttr':
          return { attr: Object.assign(mustAttr(r.entryId), { mode: (mustAttr(r.entryId).mode! & ~0o7777) | r.mode }) };
        case 'unlink': {
          await beforeUnlink?.();
          const id = dentries.get(`${r.parentId}/${r.name}`) ?? enoent(r.name);
          dentries.delete(`${r.parentId}/${r.name}`);
          mustAttr(id).nlink = 0;
          return {};
        }
        case 'rename': {
          const id = dentries.get(`${r.srcParentId}/${r.srcName}`) ?? enoent(r.srcName);
          dentries.delete(`${r.srcParentId}/${r.srcName}`);
          dentries.set(`${r.dstParentId}/${r.dstName}`, id);
          return {};
        }
        case 'close':
          return {};
        default:
          throw new Error(`unexpected ${def.name}`);
      }
    },
  } as unknown as MetaClient;
  const file = (id: string, name: string, dir = 'd'): void => {
    attrs.set(id, { entryId: id, parentId: dir, type: hivefs.EntryType.REGULAR, mode: 0o100644, nlink: 1, size: 10 });
    dentries.set(`${dir}/${name}`, id);
  };
  file('f1', 'f');
  file('g1', 'g');
  file('x1', 'x', 'd2');
  return { meta, calls, dentries };
}

function vfsCtx(beforeUnlink?: () => Promise<void>): { ctx: VfsContext; calls: { op: string; req: Record<string, unknown> }[]; dentries: Map<string, string> } {
  const { meta, calls, dentries } = fakeMeta(beforeUnlink);
  const cache = new PathCache({ entryTtlSecs: 60, attrTtlSecs: 60 });
  const hidden = new HiddenFiles();
  const ctx = {
    meta, cache, hidden,
    resolver: new Resolver(meta, cache, hidden),
    handles: new HandleTable(),
    log: { debug() {}, info() {}, warn() {}, error() {} },
    clientId: () => 7,
  } as unknown as VfsContext;
  return { ctx, calls, dentries };
}

const openHere = (ctx: VfsContext, entryId: string): number =>
  ctx.handles.add({ entryId, type: hivefs.EntryType.REGULAR, size: 10 }, undefined, 5, O.RDWR, ROOT).fh;
const ops = (calls: { op: string }[]): string[] => calls.map((c) => c.op);

describe("the VFS and libfuse's hide of a file unlinked while open", () => {
  it('turns the rename to a hidden name into an unlink and serves the hidden path from memory until libfuse unlinks it', async () => {
    const { ctx, calls, dentries } = vfsCtx();
    const fh = openHere(ctx, 'f1');
    // libfuse first checks that the hidden name is free
    await expect(getattr(ctx, `/d/${H1}`, ROOT)).rejects.toMatchObject({ code: 'ENOENT' });
    calls.length = 0;
    await rename(ctx, '/d/f', `/d/${H1}`, ROOT);
    expect(ops(calls)).toEqual(['lookup', 'unlink']);
    expect(calls[1]!.req).toMatchObject({ parentId: 'd', name: 'f' });
    expect([...dentries.keys()].filter((k) => k.startsWith('d/'))).toEqual(['d/g']); // no hidden name in meta
    await expect(getattr(ctx, '/d/f', ROOT)).rejects.toMatchObject({ code: 'ENOENT' });
    // the path libfuse keeps using for the open file: attributes by entry id
    calls.length = 0;
    // meta's nlink is 0; libfuse takes one off for a hidden node, so it is given 1 (statForHiddenNode)
    expect(await getattr(ctx, `/d/${H1}`, ROOT)).toMatchObject({ nlink: 1, size: 10 });
    expect(ops(calls)).toEqual(['getAttr']);
    expect(calls[0]!.req).toMatchObject({ entryId: 'f1' });
    expect(await setattr(ctx, `/d/${H1}`, { mode: 0o600 }, ROOT)).toMatchObject({ mode: 0o100600 });
    expect(calls.at(-1)).toMatchObject({ op: 'setAttr', req: { entryId: 'f1', mode: 0o600 } });
    await expect(rmdir(ctx, `/d/${H1}`, ROOT)).rejects.toMatchObject({ code: 'ENOTDIR' });
    // last release, then libfuse's unlink of the hidden name: no meta call for the name
    await release(ctx, fh);
    calls.length = 0;
    await expect(getattr(ctx, `/d/${H1}`, ROOT)).rejects.toMatchObject({ code: 'ENOENT' });
    await unlink(ctx, `/d/${H1}`, ROOT);
    expect(ops(calls)).toEqual([]);
    expect(ctx.hidden.size).toBe(0);
  });

  it('does a plain rename when the source is not open here, the name is not exactly libfuse\'s, or the directories differ', async () => {
    const { ctx, calls, dentries } = vfsCtx();
    await rename(ctx, '/d/g', `/d/${H1}`, ROOT); // g is not open here: a user's own rename
    expect(ops(calls).at(-1)).toBe('rename');
    expect(dentries.get(`d/${H1}`)).toBe('g1');
    openHere(ctx, 'f1');
    for (const to of ['/d/.fuse_hidden0000000200000001X', '/d/.fuse_hidden00000002000000AB']) {
      await rename(ctx, '/d/f', to, ROOT);
      expect(ops(calls).at(-1)).toBe('rename');
      await rename(ctx, to, '/d/f', ROOT);
    }
    await rename(ctx, '/d/f', `/d2/${H2}`, ROOT);
    expect(ops(calls).at(-1)).toBe('rename');
    expect(dentries.get(`d2/${H2}`)).toBe('f1');
    expect(ctx.hidden.size).toBe(0);
  });

  it('moves a hidden name hidden again in its directory; any other rename of it fails with EXDEV', async () => {
    const { ctx, calls } = vfsCtx();
    openHere(ctx, 'f1');
    await rename(ctx, '/d/f', `/d/${H1}`, ROOT);
    calls.length = 0;
    await expect(rename(ctx, `/d/${H1}`, '/d/back', ROOT)).rejects.toMatchObject({ code: 'EXDEV' });
    await expect(rename(ctx, `/d/${H1}`, `/d2/${H2}`, ROOT)).rejects.toMatchObject({ code: 'EXDEV' });
    await rename(ctx, `/d/${H1}`, `/d/${H2}`, ROOT);
    expect(ops(calls).filter((o) => o !== 'getAttr' && o !== 'lookup')).toEqual([]);
    await expect(getattr(ctx, `/d/${H1}`, ROOT)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await getattr(ctx, `/d/${H2}`, ROOT)).toMatchObject({ nlink: 1 }); // 0 once libfuse took its one off
  });

  it("answers a hidden node's stats with one link more than meta has, for libfuse to take off again; other names and library callers get meta's", async () => {
    const { ctx } = vfsCtx();
    const fh = openHere(ctx, 'f1');
    await rename(ctx, '/d/f', `/d/${H1}`, ROOT);
    ctx.cache.putAttr({ ...(await ctx.resolver.byId('f1', ROOT)).attr, nlink: 2 }); // as if two other names were left
    expect((await getattr(ctx, `/d/${H1}`, ROOT)).nlink).toBe(3);
    expect((await fgetattr(ctx, fh, ROOT, `/d/${H1}`)).nlink).toBe(3);
    expect((await fgetattr(ctx, fh, ROOT, null)).nlink).toBe(3); // libfuse has no path left: still its hidden node
    expect((await fgetattr(ctx, fh, ROOT, '/d/other-name')).nlink).toBe(2); // opened through a name libfuse did not hide
    expect((await fgetattr(ctx, fh, ROOT)).nlink).toBe(2);
    await release(ctx, fh);
    expect(ctx.hidden.hides('f1', null)).toBe(false);
  });

  it('a hide racing with the last release leaves a name that resolves to nothing', async () => {
    let unlinking!: () => void;
    let proceed!: () => void;
    const reached = new Promise<void>((r) => (unlinking = r));
    const { ctx } = vfsCtx(() => (unlinking(), new Promise<void>((r) => (proceed = r))));
    const fh = openHere(ctx, 'f1');
    const hiding = rename(ctx, '/d/f', `/d/${H1}`, ROOT);
    await reached; // the hide decided (f is open) and is unlinking in meta
    await release(ctx, fh);
    proceed();
    await hiding;
    await expect(getattr(ctx, `/d/${H1}`, ROOT)).rejects.toMatchObject({ code: 'ENOENT' });
    await unlink(ctx, `/d/${H1}`, ROOT);
    expect(ctx.hidden.size).toBe(0);
  });
});
