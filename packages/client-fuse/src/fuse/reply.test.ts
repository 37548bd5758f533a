import { describe, expect, it, vi } from 'vitest';
import { once } from './reply.js';

describe('once', () => {
  it('lets only the first call through', () => {
    const cb = vi.fn();
    const f = once(cb);
    f(1);
    f(2);
    expect(cb.mock.calls).toEqual([[1]]);
  });

  it('does not count a call that threw (it did not answer)', () => {
    const cb = vi.fn().mockImplementationOnce(() => {
      throw new Error('conversion failed');
    });
    const f = once(cb);
    expect(() => f('bad')).toThrow('conversion failed');
    f('good');
    f('late');
    expect(cb.mock.calls).toEqual([['bad'], ['good']]);
  });
});
