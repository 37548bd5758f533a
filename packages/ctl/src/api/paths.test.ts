import { describe, expect, it } from 'vitest';
import { normalizePath, pathNames, splitParent } from './paths.js';

describe('paths from the file system root', () => {
  it('normalises', () => {
    expect(normalizePath('/')).toBe('/');
    expect(normalizePath('')).toBe('/');
    expect(normalizePath('.')).toBe('/');
    expect(normalizePath('smallfiles/')).toBe('/smallfiles');
    expect(normalizePath('/a//b/./c/../d/')).toBe('/a/b/d');
    expect(normalizePath('/../a')).toBe('/a');
  });

  it('splits into names and parent', () => {
    expect(pathNames('/a/b')).toEqual(['a', 'b']);
    expect(pathNames('/')).toEqual([]);
    expect(splitParent('/a/b/')).toEqual({ parent: '/a', name: 'b' });
    expect(splitParent('/a')).toEqual({ parent: '/', name: 'a' });
    expect(splitParent('/')).toBeUndefined();
  });
});
