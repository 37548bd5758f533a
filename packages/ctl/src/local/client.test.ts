import { mkdir, stat, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { isMountedLine, mountPointOf, prepareMountDir } from './client.js';

let t: string;

beforeAll(async () => {
  t = await tmpDir('hivefs-local-client-');
  await mkdir(join(t, 'real'));
  await symlink(join(t, 'real'), join(t, 'link'));
  await symlink('link', join(t, 'link2'));
  await symlink(t, join(t, 'parent-link'));
});
afterAll(async () => {
  await removeDir(t);
});

describe('the mount point of the local cluster client', () => {
  it('is where the kernel mounts: symbolic links in the parent and in the name are followed', async () => {
    expect(await mountPointOf(join(t, 'real'))).toBe(join(t, 'real'));
    expect(await mountPointOf(join(t, 'link'))).toBe(join(t, 'real'));
    expect(await mountPointOf(join(t, 'link2'))).toBe(join(t, 'real'));
    expect(await mountPointOf(join(t, 'parent-link', 'link', '..', 'new'))).toBe(join(t, 'new'));
  });

  it('is created when missing', async () => {
    expect(await prepareMountDir(join(t, 'parent-link', 'made'))).toBe(join(t, 'made'));
    expect((await stat(join(t, 'made'))).isDirectory()).toBe(true);
    expect(await prepareMountDir(join(t, 'link'))).toBe(join(t, 'real'));
  });

  it('serves once the client logs "mounted" or "ready"', () => {
    expect(isMountedLine('{"level":30,"mountpoint":"/m","msg":"mounted"}')).toBe(true);
    expect(isMountedLine('{"level":30,"mounts":["/m"],"msg":"ready"}')).toBe(true);
    expect(isMountedLine('{"level":30,"msg":"mounting"}')).toBe(false);
  });
});
