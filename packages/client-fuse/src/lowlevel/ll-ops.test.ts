import { constants as fsConstants } from 'node:fs';
import { constants } from 'node:os';
import { Info, Op, OpenBits, SetAttr, St, ST_COUNT, type FuseLowLevel, type Mounted, type Session } from '@hivefs/fuse-lowlevel';
import { describe, expect, it, vi } from 'vitest';
import { VfsError } from '../errors.js';
import { CallerCreds } from '../fuse/creds.js';
import { Replier } from '../fuse/reply.js';
import type { SetAttrChanges, VfsDirEntry, VfsStat } from '../types.js';
import { InodeTable, ROOT_INO } from './inodes.js';
import { LowLevelOps, type LowLevelVfs } from './ll-ops.js';

const E = constants.errno;
const quiet = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };

function stat(entryId: string, ino: number, mode = 0o100644): VfsStat {
  return {
    ino, mode, nlink: 1, uid: 0, gid: 0, rdev: 0, size: 1, blksize: 4096, blocks: 1,
    atime: { sec: 1, nsec: 0 }, mtime: { sec: 2, nsec: 0 }, ctime: { sec: 3, nsec: 0 }, entryId,
  };
}

/** What the fake addon was asked to send. */
interface Sent {
  fn: string;
  id: number;
  args: unknown[];
}

/** Ops over a fake VFS and a fake addon that records every reply; `fit`: entries a dirents reply takes (default all). */
function setup(vfs: Partial<LowLevelVfs>, opts: { fit?: number; replyResult?: number } = {}) {
  const sent: Sent[] = [];
  const notes: string[] = [];
  const rec = (fn: string) => (_s: Session, id: number, ...args: unknown[]) => (sent.push({ fn, id, args }), opts.replyResult ?? 0);
  const ll = {
    replyErr: rec('err'), replyEntry: rec('entry'), replyCreate: rec('create'), replyAttr: rec('attr'), replyReadlink: rec('readlink'),
    replyOpen: rec('open'), replyWrite: rec('write'), replyBuf: rec('buf'), replyIov: rec('iov'), replyStatfs: rec('statfs'), replyXattr: rec('xattr'),
    replyDirents: (_s: Session, id: number, ...args: unknown[]) => {
      sent.push({ fn: 'dirents', id, args });
      return opts.fit ?? (args[2] as string[]).length;
    },
    interrupted: () => false,
    notifyInvalEntry: (_s: Session, parent: number, name: string) => (notes.push(`entry ${parent} ${name}`), 0),
    notifyInvalInode: (_s: Session, ino: number, off: number, len: number) => (notes.push(`inode ${ino} ${off} ${len}`), 0),
  } as unknown as FuseLowLevel;
  const mounted: Mounted = { session: {} as Session, info: new Float64Array(11), attr: new Float64Array(2 * ST_COUNT), statfs: new Float64Array(8) };
  const inodes = new InodeTable('root');
  let ops: LowLevelOps;
  const replier = new Replier({
    log: quiet as never,
    creds: new CallerCreds({ readStatus: async () => 'Groups:\t\n' }),
    caller: () => ops.caller(),
    interrupts: { token: () => ops.token(), interrupted: () => false },
  });
  ops = new LowLevelOps({
    vfs: { readByRef: async () => undefined, ...vfs } as LowLevelVfs, ll, mounted, replier, inodes, log: quiet as never, entryTimeoutSecs: 1, attrTimeoutSecs: 2, onInit: () => undefined, onEnded: () => undefined,
  });
  /** Dispatches and waits until the request `id` was answered. */
  const req = async (op: number, id: number, ino: number, ...args: unknown[]): Promise<Sent> => {
    ops.dispatch(op, id, ino, ...args);
    for (let i = 0; i < 50; i++) {
      const s = sent.find((x) => x.id === id);
      if (s) return s;
      await new Promise((r) => setImmediate(r));
    }
    throw new Error(`request ${id} was not answered`);
  };
  return { ops, sent, notes, inodes, mounted, req };
}

describe('low-level ops', () => {
  it('lookup answers an entry with a node id, the stat and the timeouts, and counts the lookup', async () => {
    const t = setup({ lookupAt: async (dir, name) => (dir === 'root' && name === 'a' ? stat('A', 77) : Promise.reject(VfsError.of('ENOENT', 'no'))) });
    const s = await t.req(Op.LOOKUP, 11, ROOT_INO, 'a');
    expect(s.fn).toBe('entry');
    const [nodeid, generation, entryT, attrT] = s.args as number[];
    expect([generation, entryT, attrT]).toEqual([0, 1, 2]);
    expect(t.mounted.attr[St.INO]).toBe(77);
    const node = t.inodes.get(nodeid!)!;
    expect(node.entryId).toBe('A');
    expect(node.nlookup).toBe(1);
    expect((await t.req(Op.LOOKUP, 12, ROOT_INO, 'b')).args).toEqual([E.ENOENT]);
    // FORGET takes the lookup back: the node leaves the table
    t.ops.dispatch(Op.FORGET, 0, nodeid!, 1);
    expect(t.inodes.get(nodeid!)).toBeUndefined();
  });

  it('a node id the table does not hold answers ESTALE; a node without a name is still served by its entry id', async () => {
    const opened: string[] = [];
    const t = setup({ openById: async (entryId) => (opened.push(entryId), 5), fgetattr: async () => stat('X', 9) });
    expect((await t.req(Op.OPEN, 1, 999, 0)).args).toEqual([E.ESTALE]);
    const n = t.inodes.remember(t.inodes.root, 'x', 'X');
    t.inodes.removed(t.inodes.root, 'x');
    expect(await t.req(Op.OPEN, 2, n.ino, 0)).toMatchObject({ fn: 'open', args: [5, 0] });
    expect(opened).toEqual(['X']);
  });

  it('name ops reach the VFS as (parent entry id, name): no path is built', async () => {
    const calls: string[] = [];
    const t = setup({
      lookupAt: async (dir, name) => (calls.push(`lookup ${dir} ${name}`), stat('F', 5)),
      mkdirAt: async (dir, name) => (calls.push(`mkdir ${dir} ${name}`), stat('E', 6, 0o40755)),
      symlinkAt: async (target, dir, name) => (calls.push(`symlink ${target} ${dir} ${name}`), stat('L', 7, 0o120777)),
      mknodAt: async (dir, name) => (calls.push(`mknod ${dir} ${name}`), stat('P', 8, 0o10644)),
      linkAt: async (entryId, dir, name) => (calls.push(`link ${entryId} ${dir} ${name}`), stat('F', 5)),
      unlinkAt: async (dir, name) => void calls.push(`unlink ${dir} ${name}`),
      rmdirAt: async (dir, name) => void calls.push(`rmdir ${dir} ${name}`),
      renameAt: async (dir, name, to, newName) => void calls.push(`rename ${dir} ${name} ${to} ${newName}`),
    });
    const d = t.inodes.remember(t.inodes.root, 'd', 'D');
    const f = (await t.req(Op.LOOKUP, 1, d.ino, 'f')).args[0] as number;
    await t.req(Op.MKDIR, 2, d.ino, 'e', 0o755);
    await t.req(Op.SYMLINK, 3, d.ino, 'l', '/x');
    await t.req(Op.MKNOD, 4, d.ino, 'p', 0o10644, 0);
    await t.req(Op.LINK, 5, f, ROOT_INO, 'g');
    await t.req(Op.RENAME, 6, d.ino, 'f', ROOT_INO, 'h', 0);
    await t.req(Op.UNLINK, 7, ROOT_INO, 'h');
    await t.req(Op.RMDIR, 8, d.ino, 'e');
    expect(calls).toEqual([
      'lookup D f', 'mkdir D e', 'symlink /x D l', 'mknod D p', 'link F root g', 'rename D f root h', 'unlink root h', 'rmdir D e',
    ]);
    expect(t.sent.map((x) => x.fn)).toEqual(['entry', 'entry', 'entry', 'entry', 'entry', 'err', 'err', 'err']);
  });

  it('an entry answer the kernel did not take (interrupted) gives its lookup back', async () => {
    const t = setup({ lookupAt: async () => stat('A', 77) }, { replyResult: -E.ENOENT! });
    const s = await t.req(Op.LOOKUP, 3, ROOT_INO, 'a');
    expect(t.inodes.get(s.args[0] as number)).toBeUndefined();
    expect(t.inodes.size).toBe(1);
  });

  it('readdirplus counts a lookup for each entry sent but . and .., and none for entries that did not fit', async () => {
    const entries: VfsDirEntry[] = [
      { name: '.', stat: stat('root', 1, 0o40755) }, { name: '..', stat: stat('root', 1, 0o40755) },
      { name: 'a', stat: stat('A', 10) }, { name: 'b', stat: stat('B', 11) }, { name: 'c', stat: stat('C', 12) },
    ];
    const t = setup({ readdirById: async () => entries }, { fit: 4 });
    const open = await t.req(Op.OPENDIR, 1, ROOT_INO, 0);
    const fh = open.args[0] as number;
    const s = await t.req(Op.READDIRPLUS, 2, ROOT_INO, 4096, 0, fh);
    const [size, plus, names, , nodeids, first] = s.args as [number, boolean, string[], Float64Array, Float64Array, number];
    expect([size, plus, first]).toEqual([4096, true, 0]);
    expect(names).toEqual(['.', '..', 'a', 'b', 'c']);
    expect(nodeids[0]).toBe(0);
    expect(nodeids[1]).toBe(0);
    // 4 went out (., .., a, b): a and b are held once, c is not held
    expect(t.inodes.get(nodeids[2]!)?.nlookup).toBe(1);
    expect(t.inodes.get(nodeids[3]!)?.nlookup).toBe(1);
    expect(t.inodes.get(nodeids[4]!)).toBeUndefined();
    // the next piece comes from the listing the handle keeps (no second readdir)
    const next = await t.req(Op.READDIRPLUS, 3, ROOT_INO, 4096, 4, fh);
    expect(next.args[2]).toEqual(['c']);
    expect(next.args[5]).toBe(4);
  });

  it('setattr sends mode and owner first, then the size, then the times, and answers the stat', async () => {
    const calls: string[] = [];
    const t = setup({
      setattrById: async (_id, ch: SetAttrChanges) => (calls.push(`set ${Object.keys(ch).join(',')}`), stat('F', 5)),
      truncateById: async (_id, size) => void calls.push(`truncate ${size}`),
      ftruncate: async (fh, size) => void calls.push(`ftruncate ${fh} ${size}`),
      getattrById: async () => stat('F', 5),
    });
    const n = t.inodes.remember(t.inodes.root, 'f', 'F');
    t.mounted.info[Info.MODE] = 0o100640;
    t.mounted.info[Info.SIZE] = 2;
    t.mounted.info[Info.MTIME] = 100;
    const s = await t.req(Op.SETATTR, 1, n.ino, SetAttr.MODE | SetAttr.SIZE | SetAttr.MTIME, -1);
    expect(s.fn).toBe('attr');
    expect(calls).toEqual(['set mode', 'truncate 2', 'set mtime']);
    calls.length = 0;
    await t.req(Op.SETATTR, 2, n.ino, SetAttr.SIZE, 9);
    expect(calls).toEqual(['ftruncate 9 2']);
  });

  it('a create the kernel did not take is released and its lookup given back', async () => {
    const released: number[] = [];
    const t = setup(
      { createAt: async () => 7, fgetattr: async () => stat('N', 20), release: async (fh) => void released.push(fh) },
      { replyResult: -E.ENOENT! },
    );
    await t.req(Op.CREATE, 1, ROOT_INO, 'n', 0o100644, 0o101);
    await new Promise((r) => setImmediate(r));
    expect(released).toEqual([7]);
    expect(t.inodes.size).toBe(1);
  });

  it('an O_DIRECT open or create answers a direct-I/O handle (interruptible reads); others a cached one', async () => {
    const { O_DIRECT, O_RDONLY, O_RDWR, O_CREAT } = fsConstants;
    const t = setup({ openById: async () => 5, createAt: async () => 6, fgetattr: async (fh) => stat('F', 20 + fh) });
    const n = t.inodes.remember(t.inodes.get(ROOT_INO)!, 'f', 'F');
    const bits = (s: Sent): unknown => s.args[s.fn === 'open' ? 1 : 5];
    expect(bits(await t.req(Op.OPEN, 1, n.ino, O_RDONLY | O_DIRECT))).toBe(OpenBits.DIRECT_IO);
    expect(bits(await t.req(Op.OPEN, 2, n.ino, O_RDWR))).toBe(0);
    expect(bits(await t.req(Op.CREATE, 3, ROOT_INO, 'g', 0o100644, O_RDWR | O_CREAT | O_DIRECT))).toBe(OpenBits.DIRECT_IO);
    expect(bits(await t.req(Op.CREATE, 4, ROOT_INO, 'h', 0o100644, O_RDWR | O_CREAT))).toBe(0);
  });

  it('large reads reuse their reply buffer once answered (failed ones too); small ones do not take from the pool', async () => {
    let fail = false;
    const t = setup({ read: async (_fh, buf, size) => (fail ? Promise.reject(VfsError.of('EIO', 'x')) : (buf.fill(7, 0, size), size)) });
    const data = (s: Sent): Buffer => s.args[0] as Buffer;
    const a = await t.req(Op.READ, 1, 5, 1 << 20, 0, 9);
    expect(a.fn).toBe('buf');
    expect(data(a).subarray(0, 3)).toEqual(Buffer.from([7, 7, 7]));
    fail = true;
    expect((await t.req(Op.READ, 2, 5, 1 << 20, 1 << 20, 9)).fn).toBe('err');
    fail = false;
    const c = await t.req(Op.READ, 3, 5, 1 << 20, 2 << 20, 9);
    expect(data(c).buffer).toBe(data(a).buffer);
    const small = [await t.req(Op.READ, 4, 5, 4096, 0, 9), await t.req(Op.READ, 5, 5, 4096, 0, 9)];
    expect(data(small[0]!).byteLength).toBe(4096);
    expect(data(small[0]!).buffer).not.toBe(data(a).buffer);
  });

  it('a read the read-ahead blocks hold goes to the kernel as views of them (replyIov), released once answered', async () => {
    const blocks = [Buffer.alloc(8, 1), Buffer.alloc(8, 2)];
    let released = 0;
    let copies = 0;
    const t = setup({
      readByRef: async (_fh, _size, off) => (off === 0 ? { parts: blocks, release: () => void released++ } : undefined),
      read: async (_fh, buf, size) => (copies++, buf.fill(3, 0, size), size),
    });
    const a = await t.req(Op.READ, 1, 5, 16, 0, 9);
    expect(a.fn).toBe('iov');
    expect(a.args[0]).toBe(blocks);
    expect(released).toBe(1);
    expect(copies).toBe(0);
    // not held by read-ahead: the copying read
    expect((await t.req(Op.READ, 2, 5, 16, 16, 9)).fn).toBe('buf');
    expect(copies).toBe(1);
  });

  it('xattr sizes: 0 asks for the size, too small is ERANGE; security.* is answered here', async () => {
    const t = setup({ getxattrById: async () => Buffer.from('value') });
    const n = t.inodes.remember(t.inodes.root, 'f', 'F');
    expect(await t.req(Op.GETXATTR, 1, n.ino, 'user.a', 0)).toMatchObject({ fn: 'xattr', args: [5] });
    expect(await t.req(Op.GETXATTR, 2, n.ino, 'user.a', 2)).toMatchObject({ fn: 'err', args: [E.ERANGE] });
    expect((await t.req(Op.GETXATTR, 3, n.ino, 'user.a', 64)).fn).toBe('buf');
    expect(await t.req(Op.GETXATTR, 4, n.ino, 'security.capability', 64)).toMatchObject({ fn: 'err', args: [E.ENODATA] });
  });

  it('rename moves the name in the table; unlink takes it away', async () => {
    const t = setup({ renameAt: async () => undefined, unlinkAt: async () => undefined });
    const d = t.inodes.remember(t.inodes.root, 'd', 'D');
    const f = t.inodes.remember(d, 'f', 'F');
    await t.req(Op.RENAME, 1, d.ino, 'f', ROOT_INO, 'g', 0);
    expect(t.inodes.path(f)).toBe('/g');
    expect((await t.req(Op.RENAME, 2, ROOT_INO, 'g', ROOT_INO, 'h', 1)).args).toEqual([E.EINVAL]);
    await t.req(Op.UNLINK, 3, ROOT_INO, 'g');
    expect(t.inodes.path(f)).toBeNull();
  });

  it('invalidates the kernel: a changed size seen at open drops attributes and pages; a gone entry and a replaced name drop the names', async () => {
    let size = 1;
    const t = setup({
      getattrById: async (entryId) => (entryId === 'G' ? Promise.reject(VfsError.of('ENOENT', 'gone')) : { ...stat('F', 5), size }),
      openById: async () => 9,
      fgetattr: async () => ({ ...stat('F', 5), size }),
      readdirById: async () => [{ name: '.', stat: stat('root', 1, 0o40755) }, { name: 'r', stat: stat('R2', 7) }],
    });
    const f = t.inodes.remember(t.inodes.root, 'f', 'F');
    await t.req(Op.GETATTR, 1, f.ino); // the kernel holds size 1
    await t.req(Op.OPEN, 2, f.ino, 0);
    expect(t.notes).toEqual([]); // unchanged
    size = 2;
    await t.req(Op.OPEN, 3, f.ino, 0);
    expect(t.notes).toEqual([`inode ${f.ino} -1 0`, `inode ${f.ino} 0 0`]);
    t.notes.length = 0;
    const g = t.inodes.remember(t.inodes.root, 'g', 'G');
    expect((await t.req(Op.GETATTR, 4, g.ino)).args).toEqual([E.ENOENT]);
    expect(t.notes).toEqual([`entry ${ROOT_INO} g`]);
    expect(t.inodes.child(t.inodes.root, 'g')).toBeUndefined();
    t.notes.length = 0;
    t.inodes.remember(t.inodes.root, 'r', 'R1');
    const fh = (await t.req(Op.OPENDIR, 5, ROOT_INO, 0)).args[0] as number;
    await t.req(Op.READDIR, 6, ROOT_INO, 4096, 0, fh);
    expect(t.notes).toEqual([`entry ${ROOT_INO} r`]);
  });
});
