import { constants } from 'node:os';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VfsError } from '../errors.js';
import { CallerCreds } from './creds.js';
import { INTERRUPTED, once, Replier } from './reply.js';

const E = constants.errno;
const quiet = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };

/** A Replier whose binding dispatches the op of `current` (a token) and marks tokens in `marked`. */
function replier(interruptGraceMs = 0) {
  const marked = new Set<object>();
  let current: object = {};
  const r = new Replier({
    log: quiet as never,
    creds: new CallerCreds({ readStatus: async () => 'Groups:\t\n' }),
    caller: () => ({ uid: 0, gid: 0, pid: 1 }),
    interrupts: { token: () => current, interrupted: (t) => marked.has(t as object) },
    interruptGraceMs,
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

describe('Replier interrupt grace', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('an op the server answers within the grace time answers normally: the interrupt changes nothing', async () => {
    const { r, marked, dispatch } = replier(1000);
    let signal: AbortSignal | undefined;
    let answer: (v: number) => void = () => undefined;
    const codes: [number, unknown][] = [];
    marked.add(dispatch());
    r.run((code: number, v: unknown) => codes.push([code, v]), 'create', 'f', (s) => ((signal = s), new Promise<number>((res) => (answer = res))));
    r.interrupt(); // a signal to the caller, again and again (an interval timer)
    await vi.advanceTimersByTimeAsync(400);
    r.interrupt();
    expect(signal?.aborted).toBe(false);
    answer(7); // the create was carried out: it must be answered as such, not with EINTR
    await vi.advanceTimersByTimeAsync(2000);
    expect(codes).toEqual([[0, 7]]);
    expect(signal?.aborted).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an op still waiting at the grace age ends with EINTR then; one older than that at once', async () => {
    const { r, marked, dispatch } = replier(1000);
    const answers: number[] = [];
    /** Starts an op that waits until aborted, and interrupts it when it is `ageMs` old. */
    const interruptedAt = async (ageMs: number): Promise<void> => {
      const token = dispatch();
      r.run((code: number) => answers.push(code), 'lookup', ageMs, waitsForever);
      await vi.advanceTimersByTimeAsync(ageMs);
      marked.add(token);
      r.interrupt();
    };
    await interruptedAt(300);
    await vi.advanceTimersByTimeAsync(699);
    expect(answers).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(answers).toEqual([-E.EINTR!]);
    await interruptedAt(5000);
    await vi.advanceTimersByTimeAsync(0);
    expect(answers).toEqual([-E.EINTR!, -E.EINTR!]);
    expect(r.inFlight).toBe(0);
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
