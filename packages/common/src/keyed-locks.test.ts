// Unit tests of the keyed shared/exclusive locks.
import { describe, expect, it } from 'vitest';
import { KeyedLocks } from './keyed-locks.js';

describe('KeyedLocks', () => {
  it('grants shared locks at once and makes an exclusive lock wait for all of them', async () => {
    const locks = new KeyedLocks();
    expect(locks.shared('a')).toBeUndefined();
    expect(locks.shared('a')).toBeUndefined();
    const order: string[] = [];
    const ex = locks.exclusive('a')!.then(() => order.push('exclusive'));
    expect(ex).toBeInstanceOf(Promise);
    locks.releaseShared('a');
    await Promise.resolve();
    expect(order).toEqual([]);
    locks.releaseShared('a');
    await ex;
    expect(order).toEqual(['exclusive']);
    locks.releaseExclusive('a');
    expect(locks.size).toBe(0);
  });

  it('queues shared requests behind a waiting exclusive one (FIFO) and keeps keys apart', async () => {
    const locks = new KeyedLocks();
    locks.shared('k');
    const order: string[] = [];
    const ex = locks.exclusive('k')!.then(() => order.push('ex'));
    const sh = locks.shared('k')!.then(() => order.push('sh'));
    expect(locks.shared('other')).toBeUndefined();
    locks.releaseShared('k');
    await ex;
    expect(order).toEqual(['ex']);
    locks.releaseExclusive('k');
    await sh;
    expect(order).toEqual(['ex', 'sh']);
    locks.releaseShared('k');
    locks.releaseShared('other');
    expect(locks.size).toBe(0);
  });
});
