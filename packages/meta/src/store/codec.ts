// Encodes and decodes the store's records (inodes, dentries, sessions) to and from bytes.
import { hivefs } from '@hivefs/protocol';
import type { Dentry, Inode, Pattern, Session, Timespec } from './types.js';

function timeOf(t: hivefs.ITimespec | null | undefined): Timespec {
  return { sec: Number(t?.sec ?? 0), nsec: t?.nsec ?? 0 };
}

/** A pattern with every field present (missing ones 0 / empty). */
export function patternOf(p: hivefs.IStripePattern | null | undefined): Pattern {
  return {
    type: p?.type ?? hivefs.PatternType.PATTERN_TYPE_UNSPECIFIED,
    chunkSize: p?.chunkSize ?? 0,
    numTargets: p?.numTargets ?? 0,
    ids: [...(p?.ids ?? [])],
    storagePoolId: p?.storagePoolId ?? 0,
    ...(p?.shortfall ? { shortfall: p.shortfall } : {}),
  };
}

/** Serialises an inode as hivefs.Attr. */
export function encodeInode(i: Inode): Uint8Array {
  return hivefs.Attr.encode(i).finish();
}

/** Parses an inode written by {@link encodeInode}. */
export function decodeInode(bytes: Uint8Array): Inode {
  const a = hivefs.Attr.decode(bytes);
  return {
    entryId: a.entryId,
    type: a.type,
    mode: a.mode,
    uid: a.uid,
    gid: a.gid,
    size: Number(a.size),
    atime: timeOf(a.atime),
    mtime: timeOf(a.mtime),
    ctime: timeOf(a.ctime),
    nlink: a.nlink,
    ownerNodeId: a.ownerNodeId,
    pattern: patternOf(a.pattern),
    parentId: a.parentId,
    ino: Number(a.ino),
    rdev: a.rdev,
    chunkBlocks: a.chunkBlocks.map(Number),
  };
}

/** Serialises a dentry as hivefs.DirEntry (without attr). */
export function encodeDentry(d: Dentry): Uint8Array {
  return hivefs.DirEntry.encode({ name: d.name, entryId: d.entryId, type: d.type }).finish();
}

/** Parses a dentry written by {@link encodeDentry}. */
export function decodeDentry(bytes: Uint8Array): Dentry {
  const d = hivefs.DirEntry.decode(bytes);
  return { name: d.name, entryId: d.entryId, type: d.type };
}

/** Serialises a session (JSON: the wire protocol has no message for it). */
export function encodeSession(s: Session): Uint8Array {
  return Buffer.from(JSON.stringify(s), 'utf8');
}

/** Parses a session written by {@link encodeSession}. */
export function decodeSession(bytes: Uint8Array): Session {
  const o = JSON.parse(Buffer.from(bytes).toString('utf8')) as Partial<Session>;
  const s: Session = { handleId: Number(o.handleId ?? 0), clientId: Number(o.clientId ?? 0), flags: Number(o.flags ?? 0), write: o.write === true };
  if (o.superseded === true) s.superseded = true;
  return s;
}

/** A deep copy of an inode, to modify without touching the original. */
export function cloneInode(i: Inode): Inode {
  return { ...i, atime: { ...i.atime }, mtime: { ...i.mtime }, ctime: { ...i.ctime }, pattern: { ...i.pattern, ids: [...i.pattern.ids] }, chunkBlocks: [...i.chunkBlocks] };
}
