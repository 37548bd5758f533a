import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { PathLoopError, resolveLocalPath } from './local-path.js';

let t: string;
const none = { untouchable: () => false };

beforeAll(async () => {
  t = await tmpDir('hivefs-local-path-');
  await mkdir(join(t, 'real/sub'), { recursive: true });
  await writeFile(join(t, 'real/file'), 'x');
  await symlink(join(t, 'real'), join(t, 'abs-link'));
  await symlink('real/sub', join(t, 'rel-link'));
  await symlink('loop-b', join(t, 'loop-a'));
  await symlink('loop-a', join(t, 'loop-b'));
  // Stands in for a mount point: were it touched, the link would be followed to elsewhere/.
  await mkdir(join(t, 'elsewhere'));
  await symlink(join(t, 'elsewhere'), join(t, 'mnt'));
  await symlink(join(t, 'mnt/dir'), join(t, 'to-mnt'));
});
afterAll(async () => {
  await removeDir(t);
});

describe('resolveLocalPath', () => {
  it('follows absolute and relative links; `..` applies to the link target', async () => {
    expect(await resolveLocalPath(join(t, 'abs-link/sub'), none)).toBe(join(t, 'real/sub'));
    expect(await resolveLocalPath(join(t, 'rel-link'), none)).toBe(join(t, 'real/sub'));
    expect(await resolveLocalPath(`${t}/rel-link/../file`, none)).toBe(join(t, 'real/file'));
    expect(await resolveLocalPath(`${t}//real/./sub/`, none)).toBe(join(t, 'real/sub'));
  });

  it('resolves a relative path from cwd', async () => {
    expect(await resolveLocalPath('abs-link/sub', { ...none, cwd: t })).toBe(join(t, 'real/sub'));
    expect(await resolveLocalPath('.', { ...none, cwd: join(t, 'rel-link') })).toBe(join(t, 'real/sub'));
  });

  it('keeps the part after the longest existing prefix as written', async () => {
    expect(await resolveLocalPath(join(t, 'abs-link/new/deeper'), none)).toBe(join(t, 'real/new/deeper'));
    expect(await resolveLocalPath(`${t}/abs-link/new/../other`, none)).toBe(join(t, 'real/other'));
    expect(await resolveLocalPath(join(t, 'real/file/below'), none)).toBe(join(t, 'real/file/below'));
  });

  it('never touches a path at or below an untouchable mount point', async () => {
    const touched: string[] = [];
    const untouchable = (p: string): boolean => {
      touched.push(p);
      return p === join(t, 'mnt') || p.startsWith(`${join(t, 'mnt')}/`);
    };
    expect(await resolveLocalPath(join(t, 'mnt/dir/file'), { untouchable })).toBe(join(t, 'mnt/dir/file'));
    expect(await resolveLocalPath(join(t, 'mnt'), { untouchable })).toBe(join(t, 'mnt'));
    // A link outside the mount leads into it; `..` at the mount point leads back out.
    expect(await resolveLocalPath(join(t, 'to-mnt/x'), { untouchable })).toBe(join(t, 'mnt/dir/x'));
    expect(await resolveLocalPath(`${t}/mnt/../abs-link`, { untouchable })).toBe(join(t, 'real'));
    expect(touched).toContain(join(t, 'mnt/dir/file'));
    // Without the guard the stand-in mount point is followed: the guard is what kept it as written.
    expect(await resolveLocalPath(join(t, 'mnt/dir/file'), none)).toBe(join(t, 'elsewhere/dir/file'));
  });

  it('a symbolic link loop fails', async () => {
    await expect(resolveLocalPath(join(t, 'loop-a/x'), none)).rejects.toBeInstanceOf(PathLoopError);
  });
});
