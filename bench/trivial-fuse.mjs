#!/usr/bin/env node
// The reference ceiling for bench/fuse-bench.mjs: a minimal in-memory file system on fuse-native,
// mounted with the options docs/fuse.md describes (big_writes and max_write=131072
// injected through fsname, autoCache, 1 s attr/entry timeouts). All handlers are synchronous
// and cheap, so what it measures is fuse-native plus the kernel, not a file system.
//
//   node bench/trivial-fuse.mjs <mountpoint>      prints {"msg":"mounted",...}; SIGTERM unmounts and exits
import { createRequire } from 'node:module';

const require = createRequire(new URL('../packages/client-fuse/package.json', import.meta.url));
const Fuse = require('fuse-native');

const CHUNK = 1 << 20;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const mnt = process.argv[2];
if (!mnt) {
  process.stderr.write('usage: trivial-fuse.mjs <mountpoint>\n');
  process.exit(1);
}

let nextIno = 1;
function node(mode) {
  const now = new Date();
  return { ino: nextIno++, mode, uid: process.getuid(), gid: process.getgid(), size: 0, atime: now, mtime: now, ctime: now, chunks: [], children: (mode & S_IFDIR) ? new Map() : null };
}
const root = node(S_IFDIR | 0o777);
const handles = new Map();
let nextFd = 1;

function lookup(path) {
  let n = root;
  for (const name of path.split('/')) {
    if (name === '') continue;
    n = n.children?.get(name);
    if (!n) return undefined;
  }
  return n;
}
function parentOf(path) {
  const i = path.lastIndexOf('/');
  return { dir: lookup(path.slice(0, i) || '/'), name: path.slice(i + 1) };
}
function statOf(n) {
  const nlink = n.children ? 2 + [...n.children.values()].filter((c) => c.children).length : 1;
  return { mode: n.mode, uid: n.uid, gid: n.gid, size: n.size, ino: n.ino, nlink, blksize: 4096, blocks: Math.ceil(n.size / 512), atime: n.atime, mtime: n.mtime, ctime: n.ctime };
}
function resize(n, size) {
  const keep = Math.ceil(size / CHUNK);
  n.chunks.length = Math.min(n.chunks.length, keep);
  const tail = size % CHUNK;
  if (tail && n.chunks[keep - 1]) n.chunks[keep - 1].fill(0, tail);
  n.size = size;
  n.mtime = n.ctime = new Date();
}
function writeData(n, buf, len, pos) {
  for (let done = 0; done < len;) {
    const at = pos + done;
    const i = Math.floor(at / CHUNK);
    const off = at % CHUNK;
    const c = n.chunks[i] ?? (n.chunks[i] = Buffer.alloc(CHUNK));
    done += buf.copy(c, off, done, Math.min(len, done + CHUNK - off));
  }
  if (pos + len > n.size) n.size = pos + len;
  n.mtime = new Date();
  return len;
}
function readData(n, buf, len, pos) {
  const end = Math.min(n.size, pos + len);
  for (let at = pos; at < end;) {
    const i = Math.floor(at / CHUNK);
    const off = at % CHUNK;
    const take = Math.min(end - at, CHUNK - off);
    const c = n.chunks[i];
    if (c) c.copy(buf, at - pos, off, off + take);
    else buf.fill(0, at - pos, at - pos + take);
    at += take;
  }
  return Math.max(0, end - pos);
}
/** A utimens time: milliseconds (upstream), or { sec, nsec }, 'now' or null (leave it) with HiveFS's patch. */
function toDate(t, old) {
  if (t === null) return old;
  if (t === 'now') return new Date();
  if (typeof t === 'object') return new Date(t.sec * 1000 + t.nsec / 1e6);
  return new Date(t);
}
function open(n) {
  const fd = nextFd++;
  handles.set(fd, n);
  return fd;
}
function make(path, mode, cb) {
  const { dir, name } = parentOf(path);
  if (!dir?.children) return cb(Fuse.ENOENT);
  if (dir.children.has(name)) return cb(Fuse.EEXIST);
  const n = node(mode);
  dir.children.set(name, n);
  dir.mtime = dir.ctime = new Date();
  return cb(0, n);
}
function unlinkEntry(path, wantDir, cb) {
  const { dir, name } = parentOf(path);
  const n = dir?.children?.get(name);
  if (!n) return cb(Fuse.ENOENT);
  if (wantDir && !n.children) return cb(Fuse.ENOTDIR);
  if (!wantDir && n.children) return cb(Fuse.EISDIR);
  if (wantDir && n.children.size > 0) return cb(Fuse.ENOTEMPTY);
  dir.children.delete(name);
  dir.mtime = dir.ctime = new Date();
  return cb(0);
}

const ops = {
  statfs: (p, cb) => cb(0, { bsize: 4096, frsize: 4096, blocks: 1 << 24, bfree: 1 << 23, bavail: 1 << 23, files: 1 << 20, ffree: 1 << 19, favail: 1 << 19, fsid: 0, flag: 0, namemax: 255 }),
  getattr: (p, cb) => {
    const n = lookup(p);
    return n ? cb(0, statOf(n)) : cb(Fuse.ENOENT);
  },
  fgetattr: (p, fd, cb) => {
    const n = handles.get(fd) ?? lookup(p);
    return n ? cb(0, statOf(n)) : cb(Fuse.ENOENT);
  },
  readdir: (p, cb) => {
    const n = lookup(p);
    if (!n?.children) return cb(Fuse.ENOTDIR);
    return cb(0, ['.', '..', ...n.children.keys()]);
  },
  open: (p, flags, cb) => {
    const n = lookup(p);
    return n ? cb(0, open(n)) : cb(Fuse.ENOENT);
  },
  // HiveFS's patched fuse-native passes the open flags before cb; the upstream one does not.
  create: (p, mode, ...rest) => {
    const cb = rest[rest.length - 1];
    return make(p, S_IFREG | (mode & 0o7777), (err, n) => (err ? cb(err) : cb(0, open(n))));
  },
  read: (p, fd, buf, len, pos, cb) => {
    const n = handles.get(fd);
    return n ? cb(readData(n, buf, len, pos)) : cb(Fuse.EBADF);
  },
  write: (p, fd, buf, len, pos, cb) => {
    const n = handles.get(fd);
    return n ? cb(writeData(n, buf, len, pos)) : cb(Fuse.EBADF);
  },
  release: (p, fd, cb) => {
    handles.delete(fd);
    cb(0);
  },
  flush: (p, fd, cb) => cb(0),
  fsync: (p, fd, datasync, cb) => cb(0),
  truncate: (p, size, cb) => {
    const n = lookup(p);
    if (!n) return cb(Fuse.ENOENT);
    resize(n, size);
    return cb(0);
  },
  ftruncate: (p, fd, size, cb) => {
    const n = handles.get(fd) ?? lookup(p);
    if (!n) return cb(Fuse.ENOENT);
    resize(n, size);
    return cb(0);
  },
  utimens: (p, atime, mtime, cb) => {
    const n = lookup(p);
    if (!n) return cb(Fuse.ENOENT);
    n.atime = toDate(atime, n.atime);
    n.mtime = toDate(mtime, n.mtime);
    return cb(0);
  },
  chmod: (p, mode, cb) => {
    const n = lookup(p);
    if (!n) return cb(Fuse.ENOENT);
    n.mode = (n.mode & ~0o7777) | (mode & 0o7777);
    return cb(0);
  },
  chown: (p, uid, gid, cb) => {
    const n = lookup(p);
    if (!n) return cb(Fuse.ENOENT);
    Object.assign(n, { uid, gid });
    return cb(0);
  },
  mkdir: (p, mode, cb) => make(p, S_IFDIR | (mode & 0o7777), (err) => cb(err || 0)),
  unlink: (p, cb) => unlinkEntry(p, false, cb),
  rmdir: (p, cb) => unlinkEntry(p, true, cb),
  rename: (src, dest, cb) => {
    const from = parentOf(src);
    const to = parentOf(dest);
    const n = from.dir?.children?.get(from.name);
    if (!n || !to.dir?.children) return cb(Fuse.ENOENT);
    from.dir.children.delete(from.name);
    to.dir.children.set(to.name, n);
    return cb(0);
  },
};

// Pitfall 3: a synchronous throw in a handler kills the process; answer EIO instead.
for (const [name, fn] of Object.entries(ops)) {
  ops[name] = (...args) => {
    const cb = args[args.length - 1];
    try {
      return fn(...args);
    } catch (e) {
      process.stderr.write(`trivial-fuse: ${name}: ${e.stack}\n`);
      return cb(Fuse.EIO);
    }
  };
}

const fuse = new Fuse(mnt, ops, { fsname: 'trivialfs,big_writes,max_write=131072', subtype: 'trivialfs', autoCache: true, attrTimeout: 1, entryTimeout: 1, force: true, mkdir: true });
fuse.mount((err) => {
  if (err) {
    process.stderr.write(`trivial-fuse: cannot mount ${mnt}: ${err.message}\n`);
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify({ msg: 'mounted', mountpoint: fuse.mnt, pid: process.pid })}\n`);
});
let stopping = false;
for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    fuse.unmount((err) => {
      if (err) process.stderr.write(`trivial-fuse: unmount: ${err.message}\n`);
      process.exit(err ? 1 : 0);
    });
  });
}
