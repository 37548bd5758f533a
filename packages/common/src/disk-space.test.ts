// diskSpace: statfs figures in bytes, used space without the root reserve, one id per file system.
import { mkdir, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diskSpace, hostId } from './disk-space.js';
import { removeDir, tmpDir } from './testing/index.js';

describe('diskSpace', () => {
  let root: string;
  beforeAll(async () => {
    root = await tmpDir('hivefs-disk-space-');
    await mkdir(join(root, 'a'));
    await mkdir(join(root, 'b'));
  });
  afterAll(() => removeDir(root));

  it('reports the figures of statfs in bytes; used is blocks minus all free blocks (the root reserve is not in use)', async () => {
    const [d, s] = await Promise.all([diskSpace(root), statfs(root)]);
    expect(d.totalBytes).toBe(s.blocks * s.bsize);
    expect(d.totalInodes).toBe(s.files);
    // others write to the same disk meanwhile: close, not equal
    expect(Math.abs(d.freeBytes - s.bavail * s.bsize)).toBeLessThan(d.totalBytes * 0.01);
    expect(Math.abs(d.usedBytes - (s.blocks - s.bfree) * s.bsize)).toBeLessThan(d.totalBytes * 0.01);
    expect(d.usedBytes).toBeLessThanOrEqual(d.totalBytes - d.freeBytes);
  });

  it('gives directories of one file system the same id, and another file system another', async () => {
    const [a, b, proc] = await Promise.all([diskSpace(join(root, 'a')), diskSpace(join(root, 'b')), diskSpace('/proc')]);
    expect(a.fsId).toBe(b.fsId);
    expect(a.fsId.startsWith(`${await hostId()}:`)).toBe(true);
    expect(proc.fsId).not.toBe(a.fsId);
  });
});
