// Offline dump and restore of a meta data directory: exact round trip, and every refusal leaves the target as it was.
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatText, openLevelStore, openRawLevel, writeFormat } from '@hivefs/common';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { dumpMetaDir } from './offline-dump.js';
import { restoreMetaDir } from './restore.js';

const enc = (s: string): Uint8Array => Buffer.from(s, 'utf8');

/** A meta data directory for node `nodeId` with `n` records (and a few awkward keys). */
async function makeMetaDir(dir: string, nodeId: number, n: number): Promise<void> {
  await writeFormat(dir, { service: 'meta', formatVersion: 1, nodeNumID: nodeId });
  const kv = await openLevelStore(join(dir, 'db'));
  const ops = [];
  for (let i = 0; i < n; i++) ops.push({ type: 'put' as const, key: `D:root:file-${String(i).padStart(6, '0')}`, value: enc(`inode-${i}-${'x'.repeat(i % 300)}`) });
  ops.push({ type: 'put' as const, key: 'I:root', value: new Uint8Array([0, 1, 2, 255]) }, { type: 'put' as const, key: 'D:root:ünïcode ✓', value: enc('') });
  await kv.batch(ops);
  await kv.close();
}

async function rawEntries(dbDir: string): Promise<[string, string][]> {
  const db = await openRawLevel(dbDir);
  const out: [string, string][] = [];
  try {
    for await (const [k, v] of db.entries()) out.push([Buffer.from(k).toString('hex'), Buffer.from(v).toString('hex')]);
  } finally {
    await db.close();
  }
  return out;
}

describe('meta dump and restore of a data directory', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await removeDir(dir);
  });

  it('restores exactly what was dumped, format.conf included, into an empty directory', async () => {
    dir = await tmpDir('hivefs-dump-');
    const src = join(dir, 'src');
    await makeMetaDir(src, 7, 5000);
    const file = join(dir, 'meta.dump');
    const s = await dumpMetaDir(src, file);
    expect(s).toMatchObject({ nodeId: 7, records: 5002, bytes: (await stat(file)).size });
    expect(await readdir(dir)).not.toContain('meta.dump.tmp');

    const dst = join(dir, 'dst');
    const r = await restoreMetaDir(dst, file);
    expect(r).toMatchObject({ nodeId: 7, records: 5002 });
    expect((await readdir(dst)).sort()).toEqual(['db', 'format.conf']);
    expect(await readFile(join(dst, 'format.conf'), 'utf8')).toBe(await readFile(join(src, 'format.conf'), 'utf8'));
    expect(await rawEntries(join(dst, 'db'))).toEqual(await rawEntries(join(src, 'db')));
    // A dump of the restored directory holds the same records.
    expect((await dumpMetaDir(dst, join(dir, 'again.dump'))).recordsSha256).toBe(s.recordsSha256);
  });

  it('restores into a directory hivefs-setup-meta formatted for the same node, and refuses one for another node', async () => {
    dir = await tmpDir('hivefs-dump-');
    await makeMetaDir(join(dir, 'src'), 2, 10);
    const file = join(dir, 'meta.dump');
    await dumpMetaDir(join(dir, 'src'), file);
    const other = join(dir, 'other');
    await writeFormat(other, { service: 'meta', formatVersion: 1, nodeNumID: 3 });
    await expect(restoreMetaDir(other, file)).rejects.toThrow(`${other} is formatted for meta node 3, but ${file} is a dump of meta node 2`);
    expect(await readdir(other)).toEqual(['format.conf']);
    const same = join(dir, 'same');
    await writeFormat(same, { service: 'meta', formatVersion: 1, nodeNumID: 2 });
    await restoreMetaDir(same, file);
    expect(await rawEntries(join(same, 'db'))).toEqual(await rawEntries(join(dir, 'src', 'db')));
  });

  it('refuses a directory that holds anything else, saying what it holds', async () => {
    dir = await tmpDir('hivefs-dump-');
    await makeMetaDir(join(dir, 'src'), 2, 10);
    const file = join(dir, 'meta.dump');
    await dumpMetaDir(join(dir, 'src'), file);
    await expect(restoreMetaDir(join(dir, 'src'), file)).rejects.toThrow(/src is not empty \(it holds db\): --restore loads a dump only into an empty data directory/);
    const stray = join(dir, 'stray');
    await writeFormat(stray, { service: 'meta', formatVersion: 1 });
    await writeFile(join(stray, 'notes.txt'), 'hello');
    await expect(restoreMetaDir(stray, file)).rejects.toThrow(/it holds notes\.txt/);
    expect((await readdir(stray)).sort()).toEqual(['format.conf', 'notes.txt']);
  });

  it('rejects a corrupted or truncated dump and leaves the target empty', async () => {
    dir = await tmpDir('hivefs-dump-');
    await makeMetaDir(join(dir, 'src'), 4, 20_000);
    const file = join(dir, 'meta.dump');
    await dumpMetaDir(join(dir, 'src'), file);
    const bytes = await readFile(file);
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)]! ^= 0x20;
    const cases: [string, Buffer, RegExp][] = [
      ['flipped.dump', flipped, /corrupt dump|truncated dump|claims a/],
      ['short.dump', bytes.subarray(0, bytes.length - 100), /truncated dump|no trailer/],
      ['garbage.dump', Buffer.concat([bytes, Buffer.from('tail')]), /trailing garbage/],
    ];
    for (const [name, content, message] of cases) {
      await writeFile(join(dir, name), content);
      const target = join(dir, `t-${name}`);
      await expect(restoreMetaDir(target, join(dir, name))).rejects.toThrow(message);
      expect(await readdir(target), name).toEqual([]);
    }
    await expect(restoreMetaDir(join(dir, 't-none'), join(dir, 'missing.dump'))).rejects.toThrow(/cannot read the dump .*missing\.dump: no such file/);
  });

  it('refuses to dump a store that is open, naming the process, and a directory that is not a meta one', async () => {
    dir = await tmpDir('hivefs-dump-');
    await makeMetaDir(join(dir, 'src'), 5, 3);
    const kv = await openLevelStore(join(dir, 'src', 'db'));
    try {
      await expect(dumpMetaDir(join(dir, 'src'), join(dir, 'x.dump'))).rejects.toThrow(`is in use by process ${process.pid} (a running hivefs-meta?): stop the daemon before --dump`);
    } finally {
      await kv.close();
    }
    expect(await readdir(dir)).toEqual(['src']);
    await expect(dumpMetaDir(join(dir, 'nothing'), join(dir, 'x.dump'))).rejects.toThrow(/is not a meta data directory \(it has no format.conf\)/);
    await writeFile(join(dir, 'src', 'format.conf'), formatText({ service: 'storage', formatVersion: 1, nodeNumID: 1, targetNumID: 1 }));
    await expect(dumpMetaDir(join(dir, 'src'), join(dir, 'x.dump'))).rejects.toThrow(/formatted for service 'storage', not 'meta'/);
  });
});
