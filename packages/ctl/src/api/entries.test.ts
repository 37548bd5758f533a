import { describe, expect, it } from 'vitest';
import { hivefs } from '@hivefs/protocol';
import { mergePattern } from './entries.js';

const cur = { type: hivefs.PatternType.RAID0, chunkSize: 512 * 1024, numTargets: 4, ids: [], storagePoolId: 1 };

describe('mergePattern (--setpattern keeps unspecified fields)', () => {
  it('seed 000: --numtargets=2 --chunksize=1m --buddymirror', () => {
    expect(mergePattern(cur, { mode: 'setpattern', path: '/', chunkSize: 1048576, numTargets: 2, pattern: 'buddymirror' }))
      .toEqual({ type: hivefs.PatternType.BUDDY_MIRROR, chunkSize: 1048576, numTargets: 2, ids: [], storagePoolId: 1 });
  });

  it('only the chunk size changes', () => {
    const mirrored = { ...cur, type: hivefs.PatternType.BUDDY_MIRROR, numTargets: 2 };
    expect(mergePattern(mirrored, { mode: 'setpattern', path: '/', chunkSize: 65536 }))
      .toEqual({ type: hivefs.PatternType.BUDDY_MIRROR, chunkSize: 65536, numTargets: 2, ids: [], storagePoolId: 1 });
  });

  it('back to raid0; defaults when the directory has no pattern', () => {
    expect(mergePattern(undefined, { mode: 'setpattern', path: '/', pattern: 'raid0' }))
      .toEqual({ type: hivefs.PatternType.RAID0, chunkSize: 512 * 1024, numTargets: 4, ids: [], storagePoolId: 0 });
  });
});
