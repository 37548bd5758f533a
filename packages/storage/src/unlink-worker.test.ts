// Unit tests of the unlink worker on real files: batches, per-path failures, and surviving a dead or broken thread.
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLogger } from '@hivefs/common';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnlinkWorker } from './unlink-worker.js';

const log = createLogger({ service: 'storage-test', level: 'error' });

describe('UnlinkWorker', () => {
  let root: string;
  let worker: UnlinkWorker;
  const dirs: string[] = [];

  /** Creates `n` files below the test dir and returns their paths. */
  async function files(prefix: string, n: number): Promise<string[]> {
    const paths = Array.from({ length: n }, (_, i) => join(root, `${prefix}-${i}`));
    await Promise.all(paths.map((p) => writeFile(p, 'x')));
    return paths;
  }

  beforeEach(async () => {
    root = await tmpDir('hivefs-unlinkworker-');
    dirs.push(root);
    worker = new UnlinkWorker(log);
  });
  afterEach(async () => {
    await worker.terminate();
  });
  afterAll(async () => {
    await Promise.all(dirs.map(removeDir));
  });

  it('removes a batch in the worker thread, started on first use, and reports missing paths', async () => {
    const [a, b] = await files('f', 2);
    expect(worker.threadId).toBeUndefined();
    const r = await worker.unlinkAll([a!, join(root, 'missing'), b!, join(root, 'no', 'such', 'dir')]);
    expect(r).toEqual([{ existed: true }, { existed: false }, { existed: true }, { existed: false }]);
    expect(worker.threadId).toBeGreaterThan(0);
    expect(existsSync(a!) || existsSync(b!)).toBe(false);
    expect(await worker.unlinkAll([])).toEqual([]);
  });

  it('answers several batches in flight at once, each on its own', async () => {
    const batches = await Promise.all([files('a', 50), files('b', 3), files('c', 20)]);
    const results = await Promise.all(batches.map((paths) => worker.unlinkAll([...paths, join(root, 'gone')])));
    results.forEach((r, k) => expect(r).toEqual([...batches[k]!.map(() => ({ existed: true })), { existed: false }]));
    expect(worker.inFlight).toBe(0);
  });

  it('fails only the path whose unlink fails (a directory), with its errno code and message', async () => {
    const [a] = await files('f', 1);
    const dir = join(root, 'dir');
    await mkdir(join(dir, 'sub'), { recursive: true });
    const r = await worker.unlinkAll([dir, a!]);
    expect(r[0]).toMatchObject({ code: 'EISDIR', message: expect.stringContaining(dir) });
    expect(r[1]).toEqual({ existed: true });
    expect(existsSync(join(dir, 'sub'))).toBe(true);
  });

  it('redoes a batch on the main thread when the worker is terminated under it, and starts a new worker next', async () => {
    const paths = await files('f', 300);
    const pending = worker.unlinkAll(paths);
    const first = worker.threadId;
    expect(worker.inFlight).toBe(1);
    await worker.terminate();
    const r = await pending;
    // Paths the worker removed before it died read as not existing on the redo.
    expect(r.every((x) => 'existed' in x)).toBe(true);
    expect(paths.filter((p) => existsSync(p))).toEqual([]);
    const more = await files('g', 2);
    expect(await worker.unlinkAll(more)).toEqual([{ existed: true }, { existed: true }]);
    expect(worker.threadId).toBeDefined();
    expect(worker.threadId).not.toBe(first);
  });

  it('survives a worker that throws on a batch and one whose entry file does not exist', async () => {
    const crashing = join(root, 'crash.mjs');
    await writeFile(crashing, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('boom'); });\n");
    const bad = new UnlinkWorker(log, pathToFileURL(crashing));
    const missing = new UnlinkWorker(log, pathToFileURL(join(root, 'no-such-entry.js')));
    try {
      const [a, b, c] = await files('f', 3);
      expect(await bad.unlinkAll([a!, join(root, 'x')])).toEqual([{ existed: true }, { existed: false }]);
      expect(await missing.unlinkAll([b!])).toEqual([{ existed: true }]);
      expect(await bad.unlinkAll([c!])).toEqual([{ existed: true }]); // a new (crashing) worker, again redone
      expect(bad.inFlight + missing.inFlight).toBe(0);
    } finally {
      await Promise.all([bad.terminate(), missing.terminate()]);
    }
  });
});
