import { access, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryKv, removeDir, tmpDir, waitFor } from './index.js';

describe('waitFor', () => {
  it('returns the first truthy value', async () => {
    let n = 0;
    expect(await waitFor(() => (++n >= 3 ? `done ${n}` : 0), { intervalMs: 1 })).toBe('done 3');
  });

  it('retries while fn throws or rejects', async () => {
    let n = 0;
    const v = await waitFor(
      async () => {
        if (++n < 3) throw new Error('not yet');
        return n;
      },
      { intervalMs: 1 },
    );
    expect(v).toBe(3);
  });

  it('times out with what and the last error', async () => {
    await expect(waitFor(() => {
      throw new Error('still down');
    }, { timeoutMs: 50, intervalMs: 5, what: 'mgmtd' })).rejects.toThrow('timed out after 50ms waiting for mgmtd (last error: still down)');
  });

  it('times out on a falsy result', async () => {
    await expect(waitFor(() => false, { timeoutMs: 30, intervalMs: 5 })).rejects.toThrow(/timed out after 30ms waiting for condition \(last result: false\)/);
  });
});

describe('tmpDir / removeDir / memoryKv', () => {
  it('creates a fresh directory under the OS temp dir and removes it', async () => {
    const a = await tmpDir('hivefs-t-');
    const b = await tmpDir('hivefs-t-');
    expect(a).not.toBe(b);
    expect(a.startsWith(join(tmpdir(), 'hivefs-t-'))).toBe(true);
    await writeFile(join(a, 'f'), 'x');
    await removeDir(a);
    await removeDir(b);
    await expect(access(a)).rejects.toThrow();
    await removeDir(a);
  });

  it('gives independent memory stores', async () => {
    const a = memoryKv();
    const b = memoryKv();
    await a.put('k', new Uint8Array([1]));
    expect(await b.get('k')).toBeUndefined();
  });
});
