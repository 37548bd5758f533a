// Meta requests the client saves, against real daemons. Closes of released handles: a release
// with nothing left to report ends its meta session in the background, many such closes share
// closeSessions requests, and an unlinked file still loses its chunk files at its last release;
// a release with unreported writes still sends its own close, so the size is at meta when
// release returns. The kernel's security.capability probe before a new file's first write is
// answered by the client that created the file.
import { join } from 'node:path';
import { O, type Vfs } from '@hivefs/client-fuse';
import { waitFor } from '@hivefs/common/testing';
import { RpcClient, type AnyRpcDef } from '@hivefs/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../harness/cluster.js';
import { ROOT, connectVfs, findFiles } from './helpers.js';

let tc: TestCluster | undefined;
let vfs: Vfs | undefined;
/** Meta requests this process sent, by RPC name. */
const sent = new Map<string, number>();
const realCall = RpcClient.prototype.callRaw;

beforeAll(async () => {
  tc = await startCluster({ meta: 1, storage: 1, targetsPerStorage: 2 });
  vfs = await connectVfs(tc);
  RpcClient.prototype.callRaw = function (this: RpcClient, def: AnyRpcDef, ...rest: unknown[]) {
    sent.set(def.name, (sent.get(def.name) ?? 0) + 1);
    return (realCall as (...a: unknown[]) => ReturnType<typeof realCall>).call(this, def, ...rest);
  } as typeof realCall;
});
afterAll(async () => {
  RpcClient.prototype.callRaw = realCall;
  await vfs?.close();
  await tc?.destroy();
});

const chunkFilesOf = async (entryId: string): Promise<string[]> =>
  (await Promise.all([101, 102].map((t) => findFiles(join(tc!.targetDir(t), 'chunks'), entryId)))).flat();

describe('closes of released handles', () => {
  it('40 flushed and unlinked files released at once: fewer closeSessions requests than files, no close, every chunk file removed', async () => {
    const v = vfs!;
    await v.mkdir('/many', 0o755, ROOT);
    const files: { fh: number; entryId: string }[] = [];
    for (let i = 0; i < 40; i++) {
      const fh = await v.create(`/many/f${i}`, 0o644, O.WRONLY | O.CREAT | O.EXCL, ROOT);
      await v.write(fh, Buffer.alloc(1000, i), 1000, 0);
      await v.flush(fh); // reports the size: the release has nothing left to tell meta
      files.push({ fh, entryId: (await v.fgetattr(fh, ROOT)).entryId });
    }
    for (let i = 0; i < 40; i++) await v.unlink(`/many/f${i}`, ROOT);
    expect((await chunkFilesOf(files[0]!.entryId)).length).toBeGreaterThan(0); // kept while open
    sent.clear();
    await Promise.all(files.map((f) => v.release(f.fh)));
    await v.releaseAll(); // waits for the closes on their way
    const requests = sent.get('closeSessions') ?? 0;
    console.log(`40 releases: ${requests} closeSessions requests, ${sent.get('close') ?? 0} close requests`);
    expect(sent.get('close') ?? 0).toBe(0);
    expect(requests).toBeGreaterThanOrEqual(1);
    expect(requests).toBeLessThan(40);
    await waitFor(async () => (await Promise.all(files.map((f) => chunkFilesOf(f.entryId)))).every((c) => c.length === 0), {
      timeoutMs: 15_000, what: 'the chunk files of the 40 unlinked files to go',
    });
  });

  it('a release with unreported writes sends its own close: the size is at meta when it returns', async () => {
    const v = vfs!;
    const fh = await v.create('/unreported', 0o644, O.WRONLY | O.CREAT | O.EXCL, ROOT);
    await v.write(fh, Buffer.alloc(5000, 7), 5000, 0);
    sent.clear();
    await v.release(fh);
    expect(sent.get('close')).toBe(1);
    expect(sent.get('closeSessions') ?? 0).toBe(0);
    // a second client sees the size at once (no cached attributes of its own)
    const other = await connectVfs(tc!, { sysClientAlias: 'close-batching-reader' });
    try {
      expect((await other.getattr('/unreported', ROOT)).size).toBe(5000);
    } finally {
      await other.close();
    }
  });
});

describe('the security.capability probe', () => {
  it('is answered without meta for a file this client created, by meta once an xattr was set, and by meta for another client', async () => {
    const v = vfs!;
    const fh = await v.create('/probed', 0o644, O.WRONLY | O.CREAT | O.EXCL, ROOT);
    const { entryId } = await v.fgetattr(fh, ROOT);
    sent.clear();
    await expect(v.getxattrById(entryId, 'security.capability', ROOT)).rejects.toMatchObject({ code: 'ENODATA' });
    expect(sent.get('getXattr') ?? 0).toBe(0);
    await v.write(fh, Buffer.from('data'), 4, 0);
    await v.release(fh);
    const other = await connectVfs(tc!, { sysClientAlias: 'probe-reader' });
    try {
      sent.clear();
      await expect(other.getxattrById(entryId, 'security.capability', ROOT)).rejects.toMatchObject({ code: 'ENODATA' });
      expect(sent.get('getXattr')).toBe(1);
      await v.setxattrById(entryId, 'security.capability', Buffer.from([1, 2, 3]), 0, ROOT);
      sent.clear();
      expect([...(await v.getxattrById(entryId, 'security.capability', ROOT))]).toEqual([1, 2, 3]);
      expect(sent.get('getXattr')).toBe(1);
    } finally {
      await other.close();
    }
  });
});
