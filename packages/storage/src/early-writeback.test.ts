// Unit tests of EarlyWriteback with a recording start function: when write-outs start, one at a time, handle references, failures.
import type { FileHandle } from 'node:fs/promises';
import { waitFor } from '@hivefs/common/testing';
import { describe, expect, it } from 'vitest';
import { EarlyWriteback, MAX_QUEUED_WRITEBACKS } from './early-writeback.js';
import type { OpenChunk } from './fd-cache.js';

const KIB = 1024;

function chunk(fd: number): OpenChunk {
  return { fh: { fd } as FileHandle, refs: 1, cached: true, seq: 0 };
}

/** An EarlyWriteback whose starts are recorded and finished by the test. */
function setup(everyBytes: number) {
  const started: { fd: number; offset: number; length: number; finish: (errno: number) => void }[] = [];
  const errors: number[] = [];
  const wb = new EarlyWriteback({
    everyBytes,
    start: (fd, offset, length) => new Promise((finish) => started.push({ fd, offset, length, finish })),
    retain: (oc) => oc.refs++,
    release: (oc) => oc.refs--,
    onError: (errno) => errors.push(errno),
  });
  const settle = () => new Promise((r) => setImmediate(r));
  return { wb, started, errors, settle };
}

describe('EarlyWriteback', () => {
  it('starts the write-out of a file once the span written since the last one reaches the threshold', async () => {
    const { wb, started, settle } = setup(1024 * KIB);
    const a = chunk(7);
    for (let off = 0; off < 1024 * KIB; off += 256 * KIB) {
      expect(started).toHaveLength(0);
      wb.wrote(a, off, 256 * KIB);
    }
    expect(started).toEqual([expect.objectContaining({ fd: 7, offset: 0, length: 1024 * KIB })]);
    expect(a.refs).toBe(2); // held open while the write-out runs
    started[0]!.finish(0);
    await settle();
    expect(a.refs).toBe(1);
    expect(wb.pending).toBe(0);
    // the next span starts where the last one ended
    wb.wrote(a, 1024 * KIB, 512 * KIB);
    wb.wrote(a, 1536 * KIB, 512 * KIB);
    expect(started[1]).toEqual(expect.objectContaining({ offset: 1024 * KIB, length: 1024 * KIB }));
  });

  it('covers writes out of order with one span, and counts files apart', () => {
    const { wb, started } = setup(1024 * KIB);
    const a = chunk(1);
    const b = chunk(2);
    wb.wrote(a, 512 * KIB, 256 * KIB);
    wb.wrote(b, 0, 768 * KIB);
    wb.wrote(a, 0, 256 * KIB);
    expect(started).toHaveLength(0);
    wb.wrote(a, 768 * KIB, 256 * KIB); // a's span is now 0..1 MiB
    expect(started).toEqual([expect.objectContaining({ fd: 1, offset: 0, length: 1024 * KIB })]);
  });

  it('starts a single write as large as the threshold at once, and never with threshold 0', () => {
    const { wb, started } = setup(1024 * KIB);
    wb.wrote(chunk(3), 4096 * KIB, 2048 * KIB);
    expect(started).toEqual([expect.objectContaining({ fd: 3, offset: 4096 * KIB, length: 2048 * KIB })]);
    const off = setup(0);
    off.wb.wrote(chunk(4), 0, 64 * 1024 * KIB);
    expect(off.started).toHaveLength(0);
    expect(off.wb.pending).toBe(0);
  });

  it('runs one write-out at a time, in order, and queues a bounded number', async () => {
    const { wb, started, settle } = setup(64 * KIB);
    const files = Array.from({ length: MAX_QUEUED_WRITEBACKS + 5 }, (_, i) => chunk(100 + i));
    for (const f of files) wb.wrote(f, 0, 64 * KIB);
    expect(started).toHaveLength(1);
    expect(wb.pending).toBe(1 + MAX_QUEUED_WRITEBACKS);
    // the ones beyond the queue were left to the kernel and hold no reference
    expect(files.slice(MAX_QUEUED_WRITEBACKS + 1).every((f) => f.refs === 1)).toBe(true);
    for (let i = 0; i < 3; i++) {
      started[i]!.finish(0);
      await settle();
    }
    expect(started.map((s) => s.fd)).toEqual([100, 101, 102, 103]);
    expect(files[0]!.refs).toBe(1);
  });

  it('reports the first failure once and goes on; stops for good where the kernel cannot do it', async () => {
    const { wb, started, errors, settle } = setup(64 * KIB);
    const a = chunk(5);
    wb.wrote(a, 0, 64 * KIB);
    started[0]!.finish(5); // EIO: the fsync will report it; later spans are still started
    await settle();
    wb.wrote(a, 64 * KIB, 64 * KIB);
    started[1]!.finish(5);
    await settle();
    expect(errors).toEqual([5]);
    wb.wrote(a, 128 * KIB, 64 * KIB);
    const queued = chunk(6);
    wb.wrote(queued, 0, 64 * KIB);
    expect(queued.refs).toBe(2);
    started[2]!.finish(38); // ENOSYS: never again, and the queued one is let go
    await settle();
    expect(queued.refs).toBe(1);
    expect(a.refs).toBe(1);
    wb.wrote(a, 0, 1024 * KIB);
    expect(started).toHaveLength(3);
    expect(errors).toEqual([5]);
  });

  it('a start that rejects counts as a failure that turns it off, and lets go of the handle', async () => {
    const errors: number[] = [];
    const a = chunk(11);
    const wb = new EarlyWriteback({
      everyBytes: 64 * KIB,
      start: () => Promise.reject(new Error('boom')),
      retain: (oc) => oc.refs++,
      release: (oc) => oc.refs--,
      onError: (errno) => errors.push(errno),
    });
    wb.wrote(a, 0, 64 * KIB);
    await waitFor(() => errors.length > 0 && wb.pending === 0, { what: 'the failed start to be counted' });
    expect(errors).toEqual([-1]);
    expect(a.refs).toBe(1);
    expect(wb.pending).toBe(0);
  });

  it('stop lets go of the queued write-outs and waits for the running one', async () => {
    const { wb, started, settle } = setup(64 * KIB);
    const a = chunk(8);
    const b = chunk(9);
    wb.wrote(a, 0, 64 * KIB);
    wb.wrote(b, 0, 64 * KIB);
    let stopped = false;
    const stop = wb.stop().then(() => (stopped = true));
    expect(b.refs).toBe(1);
    await settle();
    expect(stopped).toBe(false);
    started[0]!.finish(0);
    await stop;
    expect(a.refs).toBe(1);
    wb.wrote(a, 64 * KIB, 1024 * KIB);
    expect(started).toHaveLength(1);
    await settle();
  });
});
