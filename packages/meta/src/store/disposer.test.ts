// Background chunk removal: durable records, retries while a target is down, resume after a restart.
import { describe, expect, it } from 'vitest';
import { openMemoryStore } from '@hivefs/common';
import { waitFor } from '@hivefs/common/testing';
import { FakeChunkService } from '../testing/fake-chunks.js';
import { openTestStore, ROOT } from '../testing/store-fixture.js';
import { ChunkDisposer } from './disposer.js';
import { DISPOSAL_PREFIX } from './keys.js';

const O_CREAT = 0o100;
const O_WRONLY = 1;
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

async function disposalKeys(kv: { keysWithPrefix(p: string): AsyncIterable<[string, Uint8Array]> }): Promise<string[]> {
  const out: string[] = [];
  for await (const [k] of kv.keysWithPrefix(DISPOSAL_PREFIX)) out.push(k);
  return out;
}

describe('chunk disposal', () => {
  it('answers unlink at once, removes the chunks, then drops the record', async () => {
    const t = await openTestStore();
    const f = await t.store.create(ROOT, { parentId: 'root', name: 'f', mode: 0o644, flags: O_CREAT | O_WRONLY, clientId: 1, open: false });
    await t.store.unlink(ROOT, 'root', 'f');
    expect(await disposalKeys(t.kv)).toHaveLength(1);
    await t.store.disposalsIdle();
    expect(t.chunks.unlinks.map((u) => u.entryId)).toEqual([f.attr.entryId, f.attr.entryId]);
    expect(await disposalKeys(t.kv)).toEqual([]);
  });

  it('removes the chunk files of a burst of deletions in a few requests, and only the records of files every target confirmed', async () => {
    const chunks = new FakeChunkService();
    const kv = openMemoryStore();
    const t = await openTestStore({ kv, chunks });
    const N = 300;
    const files = [];
    for (let i = 0; i < N; i++) files.push((await t.store.create(ROOT, { parentId: 'root', name: `f${i}`, mode: 0o644, flags: O_CREAT | O_WRONLY, clientId: 1, open: false })).attr);
    t.store.stopDisposals(); // `d` plays a queue with a known retry time
    for (let i = 0; i < N; i++) await t.store.unlink(ROOT, 'root', `f${i}`);
    const d = new ChunkDisposer({ kv, chunks, log: quiet, retryMs: 1500, batchFiles: 128, lingerMs: 1 });
    const downTarget = files[7]!.pattern!.ids![0]!;
    chunks.down.add(downTarget);
    expect(await d.resume()).toBe(N);
    await d.idle();
    expect(chunks.unlinkRequests.length).toBeLessThanOrEqual(Math.ceil(N / 128) + 2); // 600 chunk files in a handful of requests
    expect(chunks.unlinkRequests.reduce((n, r) => n + r.length, 0)).toBe(2 * N);
    const left = await disposalKeys(kv);
    const onDown = files.filter((f) => f.pattern!.ids!.includes(downTarget)).length;
    expect(left).toHaveLength(onDown); // the files with a chunk on the down target keep their records
    expect(onDown).toBeGreaterThan(0);
    expect(onDown).toBeLessThan(N);
    chunks.down.clear();
    await waitFor(async () => (await disposalKeys(kv)).length === 0, { timeoutMs: 5000, what: 'the retry of the files on the down target' });
    d.stop();
  });

  it('keeps the record while a target is down and retries until it answers', async () => {
    const chunks = new FakeChunkService();
    const kv = openMemoryStore();
    const d = new ChunkDisposer({ kv, chunks, log: quiet, retryMs: 20 });
    const t = await openTestStore({ kv, chunks });
    const f = await t.store.create(ROOT, { parentId: 'root', name: 'f', mode: 0o644, flags: O_CREAT | O_WRONLY, clientId: 1, open: false });
    const ids = f.attr.pattern!.ids!;
    chunks.down.add(ids[1]!);
    t.store.stopDisposals(); // the store's own queue stops; `d` plays the restarted meta
    await t.store.unlink(ROOT, 'root', 'f');
    expect(await disposalKeys(kv)).toHaveLength(1);
    expect(await d.resume()).toBe(1);
    await d.idle();
    expect(await disposalKeys(kv)).toHaveLength(1); // target 2 is still down
    chunks.down.clear();
    await waitFor(async () => (await disposalKeys(kv)).length === 0, { timeoutMs: 5000, what: 'the retry to succeed' });
    expect(chunks.unlinks.filter((u) => u.entryId === f.attr.entryId).map((u) => u.targetId)).toContain(ids[1]);
    d.stop();
  });

  it('resumes recorded disposals when the store opens again', async () => {
    const chunks = new FakeChunkService();
    const kv = openMemoryStore();
    const t = await openTestStore({ kv, chunks });
    const f = await t.store.create(ROOT, { parentId: 'root', name: 'f', mode: 0o644, flags: O_CREAT | O_WRONLY, clientId: 1, open: false });
    t.store.stopDisposals(); // as at a stop: what is left stays on disk
    await t.store.unlink(ROOT, 'root', 'f');
    expect(chunks.unlinks).toEqual([]);
    const again = await openTestStore({ kv, chunks });
    await again.store.disposalsIdle();
    expect(chunks.unlinks.map((u) => u.entryId)).toEqual([f.attr.entryId, f.attr.entryId]);
    expect(await disposalKeys(kv)).toEqual([]);
  });
});
