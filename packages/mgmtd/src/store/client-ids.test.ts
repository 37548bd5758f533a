// The client id mark: next-id rule (with the wrap after 65535), store round trip, corrupt records.
import { openLevelStore, openMemoryStore } from '@hivefs/common';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { describe, expect, it } from 'vitest';
import { nextClientId } from './client-ids.js';
import { CLIENT_MARK_KEY } from './keys.js';
import { Registry } from './registry.js';

describe('nextClientId', () => {
  it('issues mark + 1, skipping ids in use', () => {
    expect(nextClientId(0, new Set())).toBe(1);
    expect(nextClientId(7, new Set([1, 2]))).toBe(8);
    expect(nextClientId(7, new Set([8, 9]))).toBe(10);
  });

  it('starts over at 1 after 65535 and gives up when every id is in use', () => {
    expect(nextClientId(65535, new Set())).toBe(1);
    expect(nextClientId(65534, new Set([65535, 1]))).toBe(2);
    expect(nextClientId(3, new Set(Array.from({ length: 65535 }, (_, i) => i + 1)))).toBeUndefined();
  });
});

describe('client id mark in the store', () => {
  it('survives a reopen of a LevelDB store and is written in the commit batch', async () => {
    const dir = await tmpDir('hivefs-mgmtd-mark-');
    try {
      let kv = await openLevelStore(dir);
      const r = await Registry.load(kv);
      expect(r.clientMark).toBe(0);
      await r.commit([{ kind: 'setClientMark', mark: 17 }]);
      expect(r.clientMark).toBe(17);
      expect(r.version).toBe(1);
      await kv.close();
      kv = await openLevelStore(dir);
      expect((await Registry.load(kv)).clientMark).toBe(17);
      await kv.close();
    } finally {
      await removeDir(dir);
    }
  });

  it('refuses to load a corrupt mark', async () => {
    const kv = openMemoryStore();
    await kv.put(CLIENT_MARK_KEY, Buffer.from('seventeen'));
    await expect(Registry.load(kv)).rejects.toThrow(/'C:client' is corrupt/);
  });
});
