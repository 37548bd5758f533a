import { describe, expect, it } from 'vitest';
import { formatEntryId, hivefs } from '@hivefs/protocol';
import { encodeDentry, encodeInode } from '../store/codec.js';
import { dentryKey, inodeKey, intentKey, orphanKey, peerMarkerKey } from '../store/keys.js';
import type { Inode } from '../store/types.js';
import { checkNamespace, staleMarkers, type StoreImage } from './namespace-check.js';

const DIR = hivefs.EntryType.DIRECTORY;
const FILE = hivefs.EntryType.REGULAR;
const T = { sec: 1, nsec: 0 };
const id = (n: number, node: number): string => formatEntryId(n, 100, node);

function inode(entryId: string, type: hivefs.EntryType, nlink: number, parentId = ''): Inode {
  return { entryId, type, mode: 0o755, uid: 0, gid: 0, size: 0, atime: T, mtime: T, ctime: T, nlink, ownerNodeId: 0, pattern: { type: 1, chunkSize: 65536, numTargets: 1, ids: [], storagePoolId: 1 }, parentId, ino: 2, rdev: 0, chunkBlocks: [] };
}

/** A store image from records. */
class Img {
  readonly entries: Array<[string, Uint8Array]> = [];
  constructor(readonly nodeId: number) {}
  ino(i: Inode): this {
    this.entries.push([inodeKey(i.entryId), encodeInode(i)]);
    return this;
  }
  dent(dirId: string, name: string, entryId: string, type: hivefs.EntryType): this {
    this.entries.push([dentryKey(dirId, name), encodeDentry({ name, entryId, type })]);
    return this;
  }
  raw(k: string): this {
    this.entries.push([k, new Uint8Array(0)]);
    return this;
  }
}

/** A consistent two-node namespace: root (1) -> d (on 2) -> f (on 2); root -> g (on 1). */
function good(): [Img, Img] {
  const d = id(1, 2);
  const a = new Img(1).ino(inode('root', DIR, 3)).dent('root', 'd', d, DIR).dent('root', 'g', id(2, 1), FILE).ino(inode(id(2, 1), FILE, 1));
  const b = new Img(2).ino(inode('root', DIR, 2)).ino(inode(d, DIR, 2, 'root')).dent(d, 'f', id(3, 2), FILE).ino(inode(id(3, 2), FILE, 1));
  return [a, b];
}
const kinds = (imgs: StoreImage[]): string[] => checkNamespace(imgs, 1).map((v) => v.kind).sort();

describe('namespace checker', () => {
  it('finds nothing wrong in a consistent namespace over two nodes', () => {
    expect(checkNamespace(good(), 1)).toEqual([]);
  });

  it('reports a dentry naming an inode its owner lacks', () => {
    const [a, b] = good();
    a.dent('root', 'ghost', id(9, 2), FILE);
    expect(kinds([a, b])).toEqual(['dangling-dentry']);
  });

  it('reports an inode without a dentry, but not an open orphan', () => {
    const [a, b] = good();
    b.ino(inode(id(7, 2), FILE, 1)).ino(inode(id(8, 2), FILE, 0)).raw(orphanKey(id(8, 2)));
    expect(checkNamespace([a, b], 1)).toEqual([expect.objectContaining({ kind: 'unnamed-inode', node: 2, detail: expect.stringContaining(id(7, 2)) })]);
  });

  it('reports a directory whose parent_id does not name it, and wrong nlinks', () => {
    const [a, b] = good();
    b.entries.splice(1, 1);
    b.ino(inode(id(1, 2), DIR, 3, id(5, 1)));
    a.entries.splice(3, 1);
    a.ino(inode(id(2, 1), FILE, 2));
    expect(kinds([a, b])).toEqual(['dir-nlink', 'dir-parent', 'file-nlink']);
  });

  it('reports a wrong root nlink and pending intents; stale markers are listed apart', () => {
    const [a, b] = good();
    a.entries[0] = [inodeKey('root'), encodeInode(inode('root', DIR, 2))];
    a.raw(intentKey(id(40, 1)));
    b.raw(peerMarkerKey(id(40, 1), 'create')).raw(peerMarkerKey(id(41, 1), 'create'));
    expect(kinds([a, b])).toEqual(['dir-nlink', 'pending-intent']);
    expect(staleMarkers([a, b])).toEqual([{ node: 2, intentId: id(41, 1) }]);
  });
});
