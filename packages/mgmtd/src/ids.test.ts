// Id assignment and default aliases.
import { hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { defaultAlias, nextFreeId } from './ids.js';

describe('nextFreeId', () => {
  it('assigns 1 when nothing is used and highest + 1 otherwise', () => {
    expect(nextFreeId([])).toBe(1);
    expect(nextFreeId([1, 2, 3])).toBe(4);
    expect(nextFreeId([7, 2])).toBe(8);
  });

  it('falls back to the lowest free id when the highest is 65535, and gives up when all are used', () => {
    expect(nextFreeId([1, 2, 65535])).toBe(3);
    const all = Array.from({ length: 65535 }, (_, i) => i + 1);
    expect(nextFreeId(all)).toBeUndefined();
  });
});

describe('defaultAlias', () => {
  it('builds <hostname>-<service>-<nodeId> from safe characters', () => {
    expect(defaultAlias('host1', hivefs.NodeType.STORAGE, 3)).toBe('host1-storage-3');
    expect(defaultAlias('', hivefs.NodeType.META, 1)).toBe('node-meta-1');
    expect(defaultAlias('we ird_host', hivefs.NodeType.CLIENT, 2)).toBe('weirdhost-client-2');
  });
});
