import { describe, expect, it } from 'vitest';
import type { EntryInfo } from '../api/entries.js';
import { renderCreateDir, renderEntryInfo, renderSetPattern } from './entries.js';

const root: EntryInfo = {
  path: '/',
  mount: null,
  entryId: 'root',
  entryType: 'directory',
  metadataNode: { nodeId: 1, alias: 'beegfs-meta01' },
  pattern: { type: 'raid0', chunkSize: 524288, numTargets: 4, storagePoolId: 1, stripeIds: [], targets: [], groups: [], shortfall: '' },
};

describe('--getentryinfo output (seed 000)', () => {
  it('the root directory', () => {
    expect(renderEntryInfo(root)).toBe(
      'Path:\n' +
      'Mount: -\n' +
      'EntryID: root\n' +
      'Metadata node: beegfs-meta01 [ID: 1]\n' +
      'Stripe pattern details:\n' +
      '+ Type: RAID0\n' +
      '+ Chunksize: 512K\n' +
      '+ Number of storage targets: desired: 4\n',
    );
  });

  it('an entry of a meta buddy group (and the mirrored root): the group and its current primary, in BeeGFS\'s words', () => {
    const dir: EntryInfo = { ...root, path: '/projects', entryId: '3-59070A97-GC8', metadataNode: { nodeId: 2, alias: 'meta02' }, metadataGroup: 200, pattern: null };
    expect(renderEntryInfo(dir)).toBe('Path: /projects\nMount: -\nEntryID: 3-59070A97-GC8\nMetadata buddy group: 200\nCurrent primary metadata node: meta02 [ID: 2]\n');
    expect(renderEntryInfo({ ...root, metadataGroup: 200 })).toContain('EntryID: root\nMetadata buddy group: 200\nCurrent primary metadata node: beegfs-meta01 [ID: 1]\nStripe pattern details:\n');
  });

  it('a buddy-mirrored directory', () => {
    const dir: EntryInfo = { ...root, path: '/smallfiles', entryId: '0-59070A97-1', pattern: { ...root.pattern!, type: 'buddymirror', chunkSize: 1048576, numTargets: 2 } };
    expect(renderEntryInfo(dir)).toBe(
      'Path: /smallfiles\n' +
      'Mount: -\n' +
      'EntryID: 0-59070A97-1\n' +
      'Metadata node: beegfs-meta01 [ID: 1]\n' +
      'Stripe pattern details:\n' +
      '+ Type: Buddy Mirror\n' +
      '+ Chunksize: 1M\n' +
      '+ Number of storage targets: desired: 2\n',
    );
  });

  it('a raid0 file lists its targets with their nodes', () => {
    const file: EntryInfo = {
      ...root,
      path: '/f',
      entryId: '5-6553F100-1',
      entryType: 'file',
      pattern: {
        type: 'raid0', chunkSize: 65536, numTargets: 4, storagePoolId: 1, stripeIds: [201, 102, 999], shortfall: '3 of 4 targets: 202 offline',
        targets: [{ targetId: 201, nodeId: 2, nodeAlias: 'storage02' }, { targetId: 102, nodeId: 1, nodeAlias: 'storage01' }, { targetId: 999, nodeId: 0, nodeAlias: '' }],
        groups: [],
      },
    };
    expect(renderEntryInfo(file).split('Stripe pattern details:\n')[1]).toBe(
      '+ Type: RAID0\n' +
      '+ Chunksize: 64K\n' +
      '+ Number of storage targets: desired: 4; actual: 3\n' +
      '+ Shortfall: 3 of 4 targets: 202 offline\n' +
      '+ Storage targets:\n' +
      '  + 201 @ storage02 [ID: 2]\n' +
      '  + 102 @ storage01 [ID: 1]\n' +
      '  + 999 @ <unmapped>\n',
    );
  });

  it('a buddy-mirrored file lists its groups', () => {
    const groups = [
      { groupId: 100, primary: { targetId: 201, nodeId: 2, nodeAlias: 'storage02' }, secondary: { targetId: 101, nodeId: 1, nodeAlias: 'storage01' } },
      { groupId: 200, primary: null, secondary: null },
    ];
    const file: EntryInfo = { ...root, path: '/g', entryType: 'file', pattern: { type: 'buddymirror', chunkSize: 524288, numTargets: 2, storagePoolId: 1, stripeIds: [100, 200], targets: [], groups, shortfall: '' } };
    expect(renderEntryInfo(file)).toContain(
      '+ Type: Buddy Mirror\n+ Chunksize: 512K\n+ Number of storage targets: desired: 2; actual: 2\n+ Storage mirror buddy groups:\n' +
      '  + 100 (primary: 201 @ storage02 [ID: 2], secondary: 101 @ storage01 [ID: 1])\n' +
      '  + 200 <not in the map>\n',
    );
  });
});

describe('--setpattern and --createdir output', () => {
  it('prints the new values that were given (seed 000)', () => {
    expect(renderSetPattern({ mode: 'setpattern', path: '/', chunkSize: 1048576, numTargets: 2, pattern: 'buddymirror' })).toBe('New chunksize: 1048576\nNew number of storage targets: 2\n');
    expect(renderSetPattern({ mode: 'setpattern', path: '/', numTargets: 8 })).toBe('New number of storage targets: 8\n');
    expect(renderSetPattern({ mode: 'setpattern', path: '/', numTargets: 8 }, { path: '/', mount: null })).toBe('New number of storage targets: 8\n');
  });

  it('under a mount: a blank line, Path: and Mount: follow (seed 000)', () => {
    const cmd = { mode: 'setpattern', path: '/', chunkSize: 1048576, numTargets: 2, pattern: 'buddymirror' } as const;
    expect(renderSetPattern(cmd, { path: '/', mount: '/mnt/beegfs' })).toBe('New chunksize: 1048576\nNew number of storage targets: 2\n\nPath:\nMount: /mnt/beegfs\n');
    expect(renderSetPattern(cmd, { path: '/smallfiles', mount: '/mnt/beegfs' })).toMatch(/\n\nPath: \/smallfiles\nMount: \/mnt\/beegfs\n$/);
  });

  it('--getentryinfo under a mount names it (seed 000)', () => {
    expect(renderEntryInfo({ ...root, path: '/smallfiles', mount: '/mnt/beegfs' })).toMatch(/^Path: \/smallfiles\nMount: \/mnt\/beegfs\nEntryID: root\n/);
  });

  it('Created directory: <path>', () => {
    const r = { path: '/a/b', mount: null, entryId: '1-2-1', metadataNode: { nodeId: 1, alias: 'meta01' }, mode: 0o755, uid: 0, gid: 0 };
    expect(renderCreateDir(r)).toBe('Created directory: /a/b\n');
    expect(renderCreateDir({ ...r, mount: '/mnt/hivefs' })).toBe('Created directory: /a/b\nMount: /mnt/hivefs\n');
  });
});
