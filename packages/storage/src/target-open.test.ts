// Unit tests of opening a daemon's target directories: node id checks, locks, on-the-fly format.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLogger, writeFormat } from '@hivefs/common';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTargetDir } from './target-format.js';
import { openTargetDirs, persistIds } from './target-open.js';

const log = createLogger({ service: 'storage-test', level: 'fatal' });

describe('openTargetDirs', () => {
  let root: string;
  beforeAll(async () => {
    root = await tmpDir('hivefs-open-');
  });
  afterAll(async () => {
    await removeDir(root);
  });

  it('opens formatted dirs, formats an empty or missing one on the fly, locks all, persists ids', async () => {
    await formatTargetDir(join(root, 'a'), 4, 401);
    await mkdir(join(root, 'b'));
    const { targets, nodeId } = await openTargetDirs([join(root, 'a'), join(root, 'b'), join(root, 'c')], log);
    expect(nodeId).toBe(4);
    expect(targets.map((t) => t.format.targetNumID)).toEqual([401, 0, 0]);
    expect(await readFile(join(root, 'b', 'format.conf'), 'utf8')).toMatch(/service=storage\nnodeNumID=4\n$/);
    expect((await stat(join(root, 'c', 'chunks'))).isDirectory()).toBe(true);
    for (const d of ['a', 'b', 'c']) expect((await readFile(join(root, d, 'lock.pid'), 'utf8')).startsWith(`${process.pid}\n`)).toBe(true);
    await persistIds(targets[1]!, 4, 402);
    expect(await readFile(join(root, 'b', 'format.conf'), 'utf8')).toMatch(/nodeNumID=4\ntargetNumID=402\n$/);
    await expect(openTargetDirs([join(root, 'c')], log)).rejects.toThrow(/target directory .*\/c is in use by process/);
    await Promise.all(targets.map((t) => t.lock.release()));
  });

  it('refuses targets of different nodes, naming both dirs', async () => {
    await formatTargetDir(join(root, 'n1'), 1, 101);
    await formatTargetDir(join(root, 'n2'), 2, 201);
    await expect(openTargetDirs([join(root, 'n1'), join(root, 'n2')], log)).rejects.toThrow(
      `target directories ${join(root, 'n1')} (nodeNumID 1) and ${join(root, 'n2')} (nodeNumID 2) belong to different nodes`,
    );
    await expect(stat(join(root, 'n1', 'lock.pid'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses a dir of another service, a duplicate target id and an unformatted non-empty dir; releases locks taken', async () => {
    await mkdir(join(root, 'meta'));
    await writeFormat(join(root, 'meta'), { service: 'meta', formatVersion: 1, nodeNumID: 1, targetNumID: 0 });
    await expect(openTargetDirs([join(root, 'meta')], log)).rejects.toThrow(/formatted for service 'meta', not 'storage'/);
    await formatTargetDir(join(root, 'dup'), 1, 101);
    await expect(openTargetDirs([join(root, 'n1'), join(root, 'dup')], log)).rejects.toThrow(/both formatted as target 101/);
    await mkdir(join(root, 'junk'));
    await writeFile(join(root, 'junk', 'file'), 'x');
    await expect(openTargetDirs([join(root, 'n1'), join(root, 'junk')], log)).rejects.toThrow(/junk is not formatted \(no format.conf\) and not empty/);
    await expect(stat(join(root, 'n1', 'lock.pid'))).rejects.toThrow(/ENOENT/);
    await expect(openTargetDirs([join(root, 'n1'), join(root, 'n1', '.')], log)).rejects.toThrow(/names .*n1 twice/);
  });
});
