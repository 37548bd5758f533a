import { describe, expect, it } from 'vitest';
import { InodeTable, ROOT_INO } from './inodes.js';

describe('InodeTable', () => {
  it('gives each entry one node id while the kernel holds it, and counts lookups', () => {
    const t = new InodeTable('root');
    const a = t.remember(t.root, 'a', 'E1');
    expect(a.ino).not.toBe(ROOT_INO);
    expect(t.remember(t.root, 'a', 'E1')).toBe(a);
    expect(a.nlookup).toBe(2);
    expect(t.get(a.ino)).toBe(a);
    expect(t.size).toBe(2);
  });

  it('drops a node when FORGET brings its count to 0, and not before', () => {
    const t = new InodeTable('root');
    const a = t.remember(t.root, 'a', 'E1');
    t.remember(t.root, 'a', 'E1');
    t.remember(t.root, 'a', 'E1');
    expect(t.forget(a.ino, 2)).toBe(false);
    expect(t.get(a.ino)).toBe(a);
    expect(t.forget(a.ino, 1)).toBe(true);
    expect(t.get(a.ino)).toBeUndefined();
    expect(t.child(t.root, 'a')).toBeUndefined();
    expect(t.size).toBe(1);
    // looked up again: a new node id, never the old one
    const again = t.remember(t.root, 'a', 'E1');
    expect(again.ino).not.toBe(a.ino);
    expect(again.nlookup).toBe(1);
  });

  it('a batch of forgets (BATCH_FORGET) shrinks a large table back to the root', () => {
    const t = new InodeTable('root');
    const dir = t.remember(t.root, 'd', 'D');
    const nodes = Array.from({ length: 10_000 }, (_, i) => t.remember(dir, `f${i}`, `F${i}`));
    for (const n of nodes) t.remember(dir, n.links[0]!.name, n.entryId);
    expect(t.size).toBe(10_002);
    for (const n of nodes) t.forget(n.ino, 2);
    t.forget(dir.ino, 1);
    expect(t.size).toBe(1);
  });

  it('never forgets the root, and ignores unknown node ids', () => {
    const t = new InodeTable('root');
    expect(t.forget(ROOT_INO, 100)).toBe(false);
    expect(t.get(ROOT_INO)).toBe(t.root);
    expect(t.forget(12345, 1)).toBe(false);
  });

  it('builds paths from names, and follows renames of files and directories', () => {
    const t = new InodeTable('root');
    const d = t.remember(t.root, 'd', 'D');
    const f = t.remember(d, 'f', 'F');
    expect(t.path(t.root)).toBe('/');
    expect(t.path(f)).toBe('/d/f');
    expect(t.childPath(d, 'x')).toBe('/d/x');
    expect(t.childPath(t.root, 'x')).toBe('/x');
    t.renamed(t.root, 'd', t.root, 'e');
    expect(t.path(f)).toBe('/e/f');
    const g = t.remember(t.root, 'g', 'G');
    t.renamed(d, 'f', t.root, 'g'); // over g: g loses its name
    expect(t.path(f)).toBe('/g');
    expect(t.path(g)).toBeNull();
    expect(t.child(t.root, 'g')).toBe(f);
  });

  it('a removed name leaves its node without a path but with its lookups', () => {
    const t = new InodeTable('root');
    const d = t.remember(t.root, 'd', 'D');
    const f = t.remember(d, 'f', 'F');
    t.removed(d, 'f');
    expect(t.path(f)).toBeNull();
    expect(t.get(f.ino)).toBe(f);
    t.removed(t.root, 'd');
    expect(t.path(d)).toBeNull();
    expect(t.childPath(d, 'x')).toBeNull();
  });

  it('a hard link is one node with both names: removing one leaves the other as its path', () => {
    const t = new InodeTable('root');
    const d = t.remember(t.root, 'd', 'D');
    const f = t.remember(t.root, 'a', 'F');
    expect(t.remember(d, 'b', 'F')).toBe(f);
    expect(t.path(f)).toBe('/d/b');
    expect(f.nlookup).toBe(2);
    t.removed(d, 'b');
    expect(t.path(f)).toBe('/a');
    t.remember(d, 'b', 'F');
    // another client replaced d/b by another entry: that name now belongs to it, /a still names f
    const other = t.remember(d, 'b', 'O');
    expect(t.child(d, 'b')).toBe(other);
    expect(t.path(f)).toBe('/a');
    expect(t.path(other)).toBe('/d/b');
    // a directory's rename carries the names below it
    t.renamed(t.root, 'd', t.root, 'e');
    expect(t.path(other)).toBe('/e/b');
  });
});
