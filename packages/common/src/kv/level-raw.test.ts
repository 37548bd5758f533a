// Raw LevelDB access for offline tools, and finding the process that holds a LevelDB's lock.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeDir, tmpDir, waitFor } from '../testing/index.js';
import { openLevelStore } from './level-store.js';
import { levelLockHolder, lockHoldersIn } from './level-lock.js';
import { openRawLevel, type RawEntry } from './level-raw.js';

async function* entriesOf(pairs: [string, string][]): AsyncGenerator<RawEntry> {
  for (const [k, v] of pairs) yield [Buffer.from(k, 'latin1'), Buffer.from(v, 'latin1')];
}

async function collect(it: AsyncIterable<RawEntry>): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for await (const [k, v] of it) out.push([Buffer.from(k).toString('latin1'), Buffer.from(v).toString('latin1')]);
  return out;
}

describe('raw LevelDB', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await removeDir(dir);
  });

  it('writes and reads raw bytes in key byte order, including keys that are not UTF-8', async () => {
    dir = await tmpDir();
    const db = await openRawLevel(join(dir, 'db'), { create: true });
    const pairs: [string, string][] = [['b', '2'], ['\xff\x00', 'bin'], ['a', '1'], ['', 'empty key']];
    expect(await db.putAll(entriesOf(pairs))).toBe(4);
    await db.close();
    const again = await openRawLevel(join(dir, 'db'));
    expect(await collect(again.entries())).toEqual([['', 'empty key'], ['a', '1'], ['b', '2'], ['\xff\x00', 'bin']]);
    await again.close();
  });

  it('refuses a missing database unless asked to create it, and a new one over an existing one', async () => {
    dir = await tmpDir();
    await expect(openRawLevel(join(dir, 'none'))).rejects.toThrow(/holds no LevelDB/);
    (await openRawLevel(join(dir, 'db'), { create: true })).close();
    await expect(openRawLevel(join(dir, 'db'), { create: true })).rejects.toThrow(/cannot open LevelDB/);
  });

  it('names the process holding the lock: this one, or another one', async () => {
    dir = await tmpDir();
    const store = await openLevelStore(join(dir, 'db'));
    expect(await levelLockHolder(join(dir, 'db'))).toBe(process.pid);
    await expect(openRawLevel(join(dir, 'db'))).rejects.toThrow(`is in use by this process (${process.pid})`);
    expect(await levelLockHolder(join(dir, 'db'))).toBe(process.pid); // the refusal left the lock alone
    await store.close();
    expect(await levelLockHolder(join(dir, 'db'))).toBeUndefined();

    // Another process holds it: a child that opens the database and waits.
    const script = `const { ClassicLevel } = require(${JSON.stringify(require.resolve('classic-level'))}); const db = new ClassicLevel(${JSON.stringify(join(dir, 'db'))}); db.open().then(() => console.log('open')); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      let out = '';
      child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
      await waitFor(() => out.includes('open'), { timeoutMs: 10_000, what: 'the child to open the LevelDB' });
      expect(await levelLockHolder(join(dir, 'db'))).toBe(child.pid);
      await expect(openRawLevel(join(dir, 'db'))).rejects.toThrow(`is in use by process ${child.pid}`);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await gone;
      }
    }
  });

  it('parses /proc/locks lines, skipping blocked waiters and other inodes', () => {
    const text = [
      '1: POSIX  ADVISORY  WRITE 9646 fe:00:2146734 0 EOF',
      '1: -> POSIX  ADVISORY  WRITE 777 fe:00:2146734 0 EOF',
      '2: FLOCK  ADVISORY  WRITE 123 fe:00:99 0 EOF',
      '',
    ].join('\n');
    expect(lockHoldersIn(text, 2146734n, 0xfe00n)).toEqual([9646]);
    expect(lockHoldersIn(text, 2146734n, 0x801n)).toEqual([9646]); // device differs (overlay): by inode
    expect(lockHoldersIn(text, 5n)).toEqual([]);
  });
});
