// DirtySet on real files: durable appends (one line per chunk), shared flushes, marks, reload after a restart, a torn last line.
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { DirtySet } from './dirty-set.js';

const A = '1A-5F00AB12-1';
const B = '2B-5F00AB12-1';
let dir: string | undefined;
afterEach(async () => {
  if (dir) await removeDir(dir);
});

describe('DirtySet', () => {
  it('appends each chunk once, marks every change, and reads back after a restart', async () => {
    dir = await tmpDir('hivefs-dirty-');
    const path = join(dir, 'mirror', 'dirty-1.log');
    const set = await DirtySet.create(path, 1234);
    await Promise.all([set.add([A]), set.add([A, B]), set.add([B])]);
    const m = set.mark(A);
    await set.add([A]);
    expect(set.mark(A)).toBeGreaterThan(m);
    expect(set.mark('3C-5F00AB12-1')).toBe(0);
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines[0]).toBe('hivefs-dirty-set v1 startMs=1234');
    expect(lines.slice(1).filter(Boolean).sort()).toEqual([A, B]);
    await set.close();
    await appendFile(path, '4D-5F'); // a torn last line from a crash mid-append
    const again = await DirtySet.load(path);
    expect(again?.startMs).toBe(1234);
    expect(again?.takeover).toBe(false);
    expect(again?.entries().sort()).toEqual([A, B]);
    await again?.close();
    expect(await DirtySet.load(join(dir, 'none.log'))).toBeUndefined();
  });

  it('remembers that it was started by a takeover (the secondary is a demoted primary)', async () => {
    dir = await tmpDir('hivefs-dirty-');
    const path = join(dir, 'mirror', 'dirty-2.log');
    await (await DirtySet.create(path, 99, true)).close();
    expect((await readFile(path, 'utf8')).split('\n')[0]).toBe('hivefs-dirty-set v1 startMs=99 takeover');
    const again = await DirtySet.load(path);
    expect([again?.startMs, again?.takeover]).toEqual([99, true]);
    await again?.close();
  });
});
