import { describe, expect, it } from 'vitest';
import { LockManager, withResolvedLocks } from './locks.js';

describe('LockManager', () => {
  it('runs holders of one key one at a time, in arrival order', async () => {
    const locks = new LockManager();
    const order: string[] = [];
    let inside = 0;
    const job = (name: string) =>
      locks.with(['a'], async () => {
        inside += 1;
        expect(inside).toBe(1);
        await Promise.resolve();
        order.push(name);
        inside -= 1;
      });
    await Promise.all([job('1'), job('2'), job('3')]);
    expect(order).toEqual(['1', '2', '3']);
    expect(locks.size).toBe(0);
  });

  it('does not deadlock when overlapping sets are asked in opposite order', async () => {
    const locks = new LockManager();
    let done = 0;
    const jobs = Array.from({ length: 50 }, (_, i) => locks.with(i % 2 ? ['x', 'y'] : ['y', 'x'], async () => void (done += 1)));
    await Promise.all(jobs);
    expect(done).toBe(50);
  });

  it('lets different keys run concurrently', async () => {
    const locks = new LockManager();
    let release!: () => void;
    const held = locks.with(['a'], () => new Promise<void>((r) => (release = r)));
    await locks.with(['b'], async () => undefined);
    release();
    await held;
  });

  it('releases the lock when the holder throws', async () => {
    const locks = new LockManager();
    await expect(locks.with(['a'], async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(locks.with(['a'], async () => 'ok')).resolves.toBe('ok');
  });
});

describe('withResolvedLocks', () => {
  it('resolves again when the answer changed before the locks were taken', async () => {
    const locks = new LockManager();
    const answers = [['p'], ['q'], ['q'], ['q']];
    let calls = 0;
    const seen: string[][] = [];
    const result = await withResolvedLocks(locks, ['base'], async () => {
      const a = answers[Math.min(calls++, answers.length - 1)]!;
      seen.push(a);
      return a;
    }, async () => 'ran');
    expect(result).toBe('ran');
    expect(seen).toEqual([['p'], ['q'], ['q'], ['q']]);
  });
});
