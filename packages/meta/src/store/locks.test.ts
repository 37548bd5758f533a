import { describe, expect, it } from 'vitest';
import { ErrCode } from '@hivefs/protocol';
import { IGNORE_PINS, LockManager, nameKey, withResolvedLocks } from './locks.js';

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

describe('LockManager: shared and exclusive', () => {
  /** A holder that stays inside until `leave()`; `entered` says when it got its locks. */
  function holder(locks: LockManager, set: Parameters<LockManager['acquire']>[0], log: string[], name: string) {
    let leave!: () => void;
    const left = new Promise<void>((r) => (leave = r));
    const done = locks.with(set, async () => {
      log.push(`in ${name}`);
      await left;
      log.push(`out ${name}`);
    });
    return { leave, done };
  }
  const turn = (): Promise<void> => new Promise((r) => setImmediate(r));

  it('lets sharers of a key in together; an exclusive request waits for all of them, and later sharers wait behind it', async () => {
    const locks = new LockManager();
    const log: string[] = [];
    const a = holder(locks, { exclusive: [], shared: ['d'] }, log, 'a');
    const b = holder(locks, { exclusive: [], shared: ['d'] }, log, 'b');
    await turn();
    expect(log).toEqual(['in a', 'in b']);
    const x = holder(locks, ['d'], log, 'x');
    const c = holder(locks, { exclusive: [], shared: ['d'] }, log, 'c');
    await turn();
    expect(log).toEqual(['in a', 'in b']); // x waits for a and b; c waits behind x
    a.leave();
    await a.done;
    await turn();
    expect(log).toEqual(['in a', 'in b', 'out a']);
    b.leave();
    await b.done;
    await turn();
    expect(log.slice(3)).toEqual(['out b', 'in x']);
    x.leave();
    await x.done;
    await turn();
    expect(log.slice(5)).toEqual(['out x', 'in c']);
    c.leave();
    await c.done;
    expect(locks.size).toBe(0);
  });

  it('a key asked both ways is taken exclusively; names of one directory are separate keys', async () => {
    const locks = new LockManager();
    const log: string[] = [];
    const a = holder(locks, { exclusive: ['d'], shared: ['d'] }, log, 'a');
    const b = holder(locks, { exclusive: [nameKey('d', 'n1')], shared: ['e'] }, log, 'b');
    const c = holder(locks, { exclusive: [nameKey('d', 'n2')], shared: ['e'] }, log, 'c');
    await turn();
    expect(log).toEqual(['in a', 'in b', 'in c']);
    const s = holder(locks, { exclusive: [], shared: ['d'] }, log, 's');
    await turn();
    expect(log).not.toContain('in s');
    for (const h of [a, b, c, s]) h.leave();
    await Promise.all([a.done, b.done, c.done, s.done]);
    expect(locks.size).toBe(0);
  });

  it('does not deadlock with mixed modes asked in opposite orders', async () => {
    const locks = new LockManager();
    let done = 0;
    const jobs = Array.from({ length: 60 }, (_, i) =>
      locks.with(i % 3 === 0 ? { exclusive: ['x'], shared: ['y'] } : i % 3 === 1 ? { exclusive: ['y'], shared: ['x'] } : { exclusive: [], shared: ['x', 'y'] }, async () => {
        await Promise.resolve();
        done += 1;
      }),
    );
    await Promise.all(jobs);
    expect(done).toBe(60);
    expect(locks.size).toBe(0);
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

describe('pins', () => {
  it('keep pinned keys from everyone but the owner (and recovery) until unpinned', async () => {
    const m = new LockManager();
    m.pin(['a', 'b'], 'intent-1');
    let got = false;
    const other = m.acquire(['b', 'c']).then((r) => {
      got = true;
      return r;
    });
    const own = await m.acquire(['a'], 'intent-1');
    own();
    const rec = await m.acquire(['b'], IGNORE_PINS);
    rec();
    await Promise.resolve();
    expect(got).toBe(false);
    m.unpin('intent-1');
    (await other)();
    expect(got).toBe(true);
  });

  it('an acquire that got its keys while a pin was placed lets them go and waits', async () => {
    const m = new LockManager();
    const holder = await m.acquire(['a']);
    let got = false;
    const waiter = m.acquire(['a']).then((r) => ((got = true), r));
    m.pin(['a'], 'x');
    holder();
    await new Promise((r) => setImmediate(r));
    expect(got).toBe(false);
    m.unpin('x');
    (await waiter)();
    expect(m.size).toBe(0);
  });
});

describe('pin waits', () => {
  it('an acquire held back by a pin longer than pinWaitMs fails with BUSY and holds nothing', async () => {
    const m = new LockManager(50);
    m.pin(['a'], 'x');
    await expect(m.acquire(['a', 'b'])).rejects.toEqual(expect.objectContaining({ code: ErrCode.BUSY }));
    expect(m.size).toBe(0);
    (await m.acquire(['b']))();
    m.unpin('x');
    (await m.acquire(['a']))();
  });
});
