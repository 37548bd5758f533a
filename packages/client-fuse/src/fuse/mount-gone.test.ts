import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { mkdir, rmdir } from 'node:fs/promises';
import { connectionAlive, howGone, stillOurs, watchUnmount } from './mount-gone.js';

const line = (id: number, minor: number, mnt: string, type: string): string => `${id} 25 0:${minor} / ${mnt} rw,relatime - ${type} hivefs rw`;
const BASE = '22 1 0:21 / /proc rw,nosuid - proc proc rw';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await removeDir(dir);
  dir = undefined;
});

async function table(...lines: string[]): Promise<string> {
  dir ??= await tmpDir('hivefs-mount-gone-');
  const file = join(dir, 'mountinfo');
  await writeFile(file, [BASE, ...lines].join('\n') + '\n');
  return file;
}

describe('mount gone', () => {
  it('our mount is the visible FUSE mount of that connection; another connection or type there is not ours', async () => {
    expect(await stillOurs('/mnt/h', 40, await table(line(90, 40, '/mnt/h', 'fuse.hivefs')))).toBe(true);
    expect(await stillOurs('/mnt/h', undefined, await table(line(90, 40, '/mnt/h', 'fuse.hivefs')))).toBe(true);
    // a new mount on top of ours hides it: the last line on a path is the visible one
    expect(await stillOurs('/mnt/h', 40, await table(line(90, 40, '/mnt/h', 'fuse.hivefs'), line(91, 41, '/mnt/h', 'fuse.hivefs')))).toBe(false);
    expect(await stillOurs('/mnt/h', 40, await table(line(90, 40, '/mnt/h', 'ext4')))).toBe(false);
    expect(await stillOurs('/mnt/h', 40, await table(line(90, 40, '/mnt/other', 'fuse.hivefs')))).toBe(false);
    // no evidence decides nothing
    await table();
    expect(await stillOurs('/mnt/h', 40, join(dir!, 'missing'))).toBe(true);
  });

  it('an ended connection whose mount is still listed was aborted; one no longer listed was unmounted', async () => {
    expect(await howGone('/mnt/h', 40, await table(line(90, 40, '/mnt/h', 'fuse.hivefs')))).toBe('aborted');
    expect(await howGone('/mnt/h', 40, await table())).toBe('unmounted');
  });

  it('the watch resolves once the mount left the table, and never after stop', async () => {
    const file = await table(line(90, 40, '/mnt/h', 'fuse.hivefs'));
    const w = watchUnmount('/mnt/h', 40, 20, file, join(dir!, 'no-fusectl'));
    let how: string | undefined;
    void w.gone.then((h) => (how = h));
    await new Promise((r) => setTimeout(r, 100));
    expect(how).toBeUndefined();
    await table();
    expect(await w.gone).toBe('unmounted');

    const file2 = await table(line(90, 40, '/mnt/k', 'fuse.hivefs'));
    const stopped = watchUnmount('/mnt/k', 40, 20, file2, join(dir!, 'no-fusectl'));
    let resolved = false;
    void stopped.gone.then(() => (resolved = true));
    stopped.stop();
    await table();
    await new Promise((r) => setTimeout(r, 120));
    expect(resolved).toBe(false);
  });

  it('after a lazy unmount the watch waits until the connection is gone (files open there are still served)', async () => {
    const file = await table();
    const conns = join(dir!, 'connections');
    await mkdir(join(conns, '40'), { recursive: true });
    expect(await connectionAlive(40, conns)).toBe(true);
    expect(await connectionAlive(41, conns)).toBe(false);
    expect(await connectionAlive(undefined, conns)).toBe(false);
    const w = watchUnmount('/mnt/h', 40, 20, file, conns);
    let how: string | undefined;
    void w.gone.then((h) => (how = h));
    await new Promise((r) => setTimeout(r, 100));
    expect(how).toBeUndefined();
    await rmdir(join(conns, '40'));
    expect(await w.gone).toBe('unmounted');
  });
});
