import { ErrCode, HiveError } from '@hivefs/protocol';
import { waitFor } from '@hivefs/common/testing';
import { describe, expect, it } from 'vitest';
import { RetryPolicy, backoffDelay, decideRetry, type FailureMode } from './retry.js';

const E = (code: ErrCode) => new HiveError(code, `failed with ${code}`);

function policy(mode: FailureMode, signal = new AbortController().signal) {
  const delays: number[] = [];
  let refreshes = 0;
  const p = new RetryPolicy({
    mode,
    signal,
    refreshMap: async () => void refreshes++,
    sleep: async (ms) => void delays.push(ms),
  });
  return { p, delays, refreshes: () => refreshes };
}

/** An attempt function that fails with the given errors in turn, then returns 'ok'. */
function failing(...errs: Error[]) {
  let n = 0;
  const fn = async () => {
    const e = errs[n++];
    if (e) throw e;
    return 'ok';
  };
  return { fn, calls: () => n };
}

describe('decideRetry', () => {
  it('refreshes once for routing errors, then treats them by their retry policy', () => {
    for (const c of [ErrCode.STALE_MAP, ErrCode.UNKNOWN_NODE, ErrCode.UNKNOWN_TARGET_ID]) expect(decideRetry(E(c), 'failout', 0, false)).toEqual({ action: 'refresh' });
    expect(decideRetry(E(ErrCode.STALE_MAP), 'failover', 0, true)).toEqual({ action: 'wait', delayMs: 100 });
    const d = decideRetry(E(ErrCode.UNKNOWN_NODE), 'failover', 0, true);
    expect(d.action).toBe('fail');
    expect(((d as { error: HiveError }).error).code).toBe(ErrCode.IO);
  });

  it('waits on retryable errors in failover and fails with IO in failout', () => {
    for (const c of [ErrCode.TIMEOUT, ErrCode.UNREACHABLE, ErrCode.CONNECTION_LOST, ErrCode.TARGET_OFFLINE]) {
      expect(decideRetry(E(c), 'failover', 3, false)).toEqual({ action: 'wait', delayMs: 800 });
      const d = decideRetry(E(c), 'failout', 0, false) as { action: string; error: HiveError };
      expect(d.action).toBe('fail');
      expect(d.error.code).toBe(ErrCode.IO);
    }
  });

  it('passes non-retryable errors and foreign errors through', () => {
    const nf = E(ErrCode.NOT_FOUND);
    expect(decideRetry(nf, 'failover', 0, false)).toEqual({ action: 'fail', error: nf });
    const te = new TypeError('bug');
    expect(decideRetry(te, 'failover', 0, false)).toEqual({ action: 'fail', error: te });
  });

  it('backs off from 100 ms doubling to a 2 s cap', () => {
    expect([0, 1, 2, 3, 4, 5, 50].map((a) => backoffDelay(a))).toEqual([100, 200, 400, 800, 1600, 2000, 2000]);
  });
});

describe('RetryPolicy.run', () => {
  it('failover: retries retryable errors with growing delays until success, refreshing the map', async () => {
    const { p, delays, refreshes } = policy('failover');
    const f = failing(E(ErrCode.UNREACHABLE), E(ErrCode.TIMEOUT), E(ErrCode.CONNECTION_LOST), E(ErrCode.UNREACHABLE));
    expect(await p.run('op', f.fn)).toBe('ok');
    expect(f.calls()).toBe(5);
    expect(delays).toEqual([100, 200, 400, 800]);
    expect(refreshes()).toBe(4);
  });

  it('failout: a retryable error fails with IO after one attempt', async () => {
    const { p, delays } = policy('failout');
    const f = failing(E(ErrCode.UNREACHABLE));
    await expect(p.run('op', f.fn)).rejects.toMatchObject({ code: ErrCode.IO });
    expect(f.calls()).toBe(1);
    expect(delays).toEqual([]);
  });

  it('STALE_MAP: refreshes and retries at once, in both modes', async () => {
    for (const mode of ['failover', 'failout'] as const) {
      const { p, delays, refreshes } = policy(mode);
      const f = failing(E(ErrCode.STALE_MAP));
      expect(await p.run('op', f.fn)).toBe('ok');
      expect(refreshes()).toBe(1);
      expect(delays).toEqual([]);
    }
  });

  it('a routing error that persists after the refresh fails (failout) with IO', async () => {
    const { p } = policy('failout');
    const f = failing(E(ErrCode.STALE_MAP), E(ErrCode.STALE_MAP), E(ErrCode.STALE_MAP));
    await expect(p.run('op', f.fn)).rejects.toMatchObject({ code: ErrCode.IO });
    expect(f.calls()).toBe(2);
  });

  it('non-retryable errors fail at once', async () => {
    const { p } = policy('failover');
    const f = failing(E(ErrCode.ACCESS_DENIED));
    await expect(p.run('op', f.fn)).rejects.toMatchObject({ code: ErrCode.ACCESS_DENIED });
    expect(f.calls()).toBe(1);
  });

  it('an abort ends a failover wait with SHUTTING_DOWN', async () => {
    const ac = new AbortController();
    const p = new RetryPolicy({ mode: 'failover', signal: ac.signal, refreshMap: async () => undefined });
    let calls = 0;
    const run = p.run('op', async () => {
      calls++;
      throw E(ErrCode.UNREACHABLE);
    });
    await Promise.resolve();
    ac.abort();
    await expect(run).rejects.toMatchObject({ code: ErrCode.SHUTTING_DOWN });
    expect(calls).toBe(1);
  });

  it('an abort also ends a wait for a map refresh that never completes', async () => {
    const ac = new AbortController();
    let refreshing = false;
    const p = new RetryPolicy({ mode: 'failover', signal: ac.signal, refreshMap: () => ((refreshing = true), new Promise(() => undefined)) });
    const run = p.run('op', async () => {
      throw E(ErrCode.STALE_MAP);
    });
    const settled = run.then(() => 'ok', (e: HiveError) => e.code);
    await waitFor(() => refreshing, { what: 'the map refresh' });
    ac.abort();
    expect(await settled).toBe(ErrCode.SHUTTING_DOWN);
  });
});

