// Unit tests of the target lock: exclusive, refuses a live holder, takes over stale locks.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLogger } from '@hivefs/common';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TargetInUseError, acquireTargetLock, looksLikeStorage } from './target-lock.js';

const log = createLogger({ service: 'storage-test', level: 'fatal' });

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await once(child, 'exit');
  return child.pid!;
}

describe('target lock', () => {
  let root: string;
  beforeAll(async () => {
    root = await tmpDir('hivefs-lock-');
  });
  afterAll(async () => {
    await removeDir(root);
  });

  it('writes lock.pid with our pid, refuses a second taker naming pid and command, and is released', async () => {
    const lock = await acquireTargetLock(root, 'target 101 (X)', log);
    expect((await readFile(join(root, 'lock.pid'), 'utf8')).split('\n')[0]).toBe(String(process.pid));
    const err = await acquireTargetLock(root, 'target 101 (X)', log).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TargetInUseError);
    expect((err as Error).message).toMatch(new RegExp(`^target 101 \\(X\\) is in use by process ${process.pid} \\(.*node.*\\)$`));
    await lock.release();
    await expect(stat(join(root, 'lock.pid'))).rejects.toThrow(/ENOENT/);
    const again = await acquireTargetLock(root, 'target 101 (X)', log);
    await again.release();
  });

  it('takes over the lock of a dead process', async () => {
    const pid = await deadPid();
    await writeFile(join(root, 'lock.pid'), `${pid}\n`);
    const lock = await acquireTargetLock(root, 't', log);
    expect((await readFile(join(root, 'lock.pid'), 'utf8')).split('\n')[0]).toBe(String(process.pid));
    await lock.release();
  });

  it('takes over a lock whose pid now belongs to an unrelated program or is garbage', async () => {
    const sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await writeFile(join(root, 'lock.pid'), `${sleeper.pid}\n`);
      const lock = await acquireTargetLock(root, 't', log);
      await lock.release();
    } finally {
      sleeper.kill('SIGKILL');
    }
    await writeFile(join(root, 'lock.pid'), 'garbage');
    await (await acquireTargetLock(root, 't', log)).release();
  });

  it('treats a reused pid with another start time as stale', async () => {
    await writeFile(join(root, 'lock.pid'), `${process.pid}\n1\n`);
    const lock = await acquireTargetLock(root, 't', log);
    await lock.release();
  });

  it('does not remove a lock that another process holds when releasing', async () => {
    const lock = await acquireTargetLock(root, 't', log);
    await writeFile(join(root, 'lock.pid'), '1\n');
    await lock.release();
    expect(await readFile(join(root, 'lock.pid'), 'utf8')).toBe('1\n');
    await writeFile(join(root, 'lock.pid'), '');
  });

  it('recognises storage daemons and node processes by their command line', () => {
    expect(looksLikeStorage('/usr/bin/node /opt/hivefs/bin/hivefs-storage --cfgFile=x')).toBe(true);
    expect(looksLikeStorage('node dist/main.js')).toBe(true);
    expect(looksLikeStorage('/usr/bin/hivefs-storage')).toBe(true);
    expect(looksLikeStorage('sleep 30')).toBe(false);
    expect(looksLikeStorage('')).toBe(false);
  });
});
