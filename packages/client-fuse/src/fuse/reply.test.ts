import { constants } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { VfsError } from '../errors.js';
import { CallerCreds } from './creds.js';
import { INTERRUPTED, once, Replier } from './reply.js';

const E = constants.errno;
const quiet = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };

/** A Replier whose binding dispatches the op of `current` (a token) and marks tokens in `marked`. */
function replier() {
  const marked = new Set<object>();
  let current: object = {};
  const r = new Replier({
    log: quiet as never,
    creds: new CallerCreds({ readStatus: async () => 'Groups:\t\n' }),
    caller: () => ({ uid: 0, gid: 0, pid: 1 }),
    interrupts: { token: () => current, interrupted: (t) => marked.has(t as object) },
  });
  const dispatch = (): object => (current = {});
  return { r, marked, dispatch };
}

/** An op body that settles only when its signal aborts (rejecting as the VFS does: EINTR). */
const waitsForever = (signal: AbortSignal): Promise<never> =>
  new Promise((_res, rej) => signal.addEventListener('abort', () => rej(VfsError.of('EINTR', String(signal.reason))), { once: true }));

describe('Replier interrupts', () => {
  it('aborts the signal of exactly the op the binding marks interrupted, which then answers', async () => {
    const { r, marked, dispatch } = replier();
    const signals: AbortSignal[] = [];
    const answers: number[] = [];
    const t1 = dispatch();
    r.run((code: number) => answers.push(code), 'read', 1, (s) => (signals.push(s), waitsForever(s)));
    dispatch();
    r.run((code: number) => answers.push(code), 'read', 2, (s) => (signals.push(s), waitsForever(s)));
    expect(r.inFlight).toBe(2);
    r.interrupt(); // nothing marked yet
    expect(signals.map((s) => s.aborted)).toEqual([false, false]);
    marked.add(t1);
    r.interrupt();
    expect(signals.map((s) => s.aborted)).toEqual([true, false]);
    expect(signals[0]!.reason).toBe(INTERRUPTED);
    await vi.waitFor(() => expect(answers).toEqual([-E.EINTR!]));
    expect(r.inFlight).toBe(1);
  });

  it('an op the binding marked before it started is aborted at once', () => {
    const { r, marked, dispatch } = replier();
    marked.add(dispatch());
    let signal: AbortSignal | undefined;
    r.bytes(() => undefined, 'write', 3, (s) => ((signal = s), waitsForever(s)));
    expect(signal?.aborted).toBe(true);
  });
});

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
