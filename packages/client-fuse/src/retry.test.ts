import { EventEmitter } from 'node:events';
import { ErrCode, HiveError } from '@hivefs/protocol';
import { waitFor } from '@hivefs/common/testing';
import { describe, expect, it } from 'vitest';
import { OutageLog } from './outage-log.js';
import { RetryPolicy, backoffDelay, decideRetry, isInterrupted, unlessInterrupted, type AttemptOptions, type FailureMode } from './retry.js';
import type { Server, ServerHealth } from './server-health.js';

const E = (code: ErrCode) => new HiveError(code, `failed with ${code}`);
const T101 = (): Server => ({ kind: 'storage', id: 101 });

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
    expect(await p.run('op', T101, f.fn)).toBe('ok');
    expect(f.calls()).toBe(5);
    expect(delays).toEqual([100, 200, 400, 800]);
    expect(refreshes()).toBe(4);
  });

  it('failout: a retryable error fails with IO after one attempt', async () => {
    const { p, delays } = policy('failout');
    const f = failing(E(ErrCode.UNREACHABLE));
    await expect(p.run('op', T101, f.fn)).rejects.toMatchObject({ code: ErrCode.IO });
    expect(f.calls()).toBe(1);
    expect(delays).toEqual([]);
  });

  it('STALE_MAP: refreshes and retries at once, in both modes', async () => {
    for (const mode of ['failover', 'failout'] as const) {
      const { p, delays, refreshes } = policy(mode);
      const f = failing(E(ErrCode.STALE_MAP));
      expect(await p.run('op', T101, f.fn)).toBe('ok');
      expect(refreshes()).toBe(1);
      expect(delays).toEqual([]);
    }
  });

  it('a routing error that persists after the refresh fails (failout) with IO', async () => {
    const { p } = policy('failout');
    const f = failing(E(ErrCode.STALE_MAP), E(ErrCode.STALE_MAP), E(ErrCode.STALE_MAP));
    await expect(p.run('op', T101, f.fn)).rejects.toMatchObject({ code: ErrCode.IO });
    expect(f.calls()).toBe(2);
  });

  it('non-retryable errors fail at once', async () => {
    const { p } = policy('failover');
    const f = failing(E(ErrCode.ACCESS_DENIED));
    await expect(p.run('op', T101, f.fn)).rejects.toMatchObject({ code: ErrCode.ACCESS_DENIED });
    expect(f.calls()).toBe(1);
  });

  it('an abort ends a failover wait with SHUTTING_DOWN', async () => {
    const ac = new AbortController();
    const p = new RetryPolicy({ mode: 'failover', signal: ac.signal, refreshMap: async () => undefined });
    let calls = 0;
    const run = p.run('op', T101, async () => {
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
    const run = p.run('op', T101, async () => {
      throw E(ErrCode.STALE_MAP);
    });
    const settled = run.then(() => 'ok', (e: HiveError) => e.code);
    await waitFor(() => refreshing, { what: 'the map refresh' });
    ac.abort();
    expect(await settled).toBe(ErrCode.SHUTTING_DOWN);
  });
});


describe('RetryPolicy.run with an operation signal (an interrupted FUSE request)', () => {
  it('ends an attempt in flight with INTERRUPTED: the RPC got the signal', async () => {
    const { p } = policy('failover');
    const op = new AbortController();
    const h = hanging();
    const run = p.run('op', T101, h.fn, op.signal);
    await waitFor(() => h.seen.length === 1, { what: 'the attempt' });
    expect(h.seen[0]!.signal).toBe(op.signal);
    op.abort();
    await expect(run).rejects.toMatchObject({ code: ErrCode.INTERRUPTED });
  });

  it('ends a failover wait between attempts with INTERRUPTED, not SHUTTING_DOWN, and sends nothing more', async () => {
    const p = new RetryPolicy({ mode: 'failover', signal: new AbortController().signal, refreshMap: async () => undefined });
    const op = new AbortController();
    let calls = 0;
    const run = p.run('op', T101, async () => {
      calls++;
      throw E(ErrCode.UNREACHABLE);
    }, op.signal);
    await waitFor(() => calls === 1, { what: 'the first attempt' });
    op.abort();
    await expect(run).rejects.toMatchObject({ code: ErrCode.INTERRUPTED });
    expect(calls).toBe(1);
  });

  it('an operation already interrupted sends nothing; another operation is not affected', async () => {
    const { p } = policy('failover');
    const op = new AbortController();
    op.abort();
    const f = failing();
    await expect(p.run('op', T101, f.fn, op.signal)).rejects.toMatchObject({ code: ErrCode.INTERRUPTED });
    expect(f.calls()).toBe(0);
    expect(await p.run('op', T101, failing(E(ErrCode.UNREACHABLE)).fn, new AbortController().signal)).toBe('ok');
  });

  it('in failout mode with server health the signal ends the attempt too', async () => {
    const p = new RetryPolicy({ mode: 'failout', signal: new AbortController().signal, refreshMap: async () => undefined, health: new FakeHealth(), failoutTimeoutMs: 60_000 });
    const op = new AbortController();
    const h = hanging();
    const run = p.run('op', T101, h.fn, op.signal);
    await waitFor(() => h.seen.length === 1, { what: 'the attempt' });
    op.abort();
    await expect(run).rejects.toMatchObject({ code: ErrCode.INTERRUPTED });
  });
});

describe('unlessInterrupted', () => {
  it('passes the promise through, or rejects with INTERRUPTED as soon as the signal aborts', async () => {
    expect(await unlessInterrupted(Promise.resolve(1), undefined, 'x')).toBe(1);
    const op = new AbortController();
    expect(await unlessInterrupted(Promise.resolve(2), op.signal, 'x')).toBe(2);
    const never = new Promise<number>(() => undefined);
    const waiting = unlessInterrupted(never, op.signal, 'x');
    op.abort();
    await expect(waiting).rejects.toMatchObject({ code: ErrCode.INTERRUPTED });
    await expect(unlessInterrupted(Promise.resolve(3), op.signal, 'x')).rejects.toSatisfy(isInterrupted);
  });
});

/** A ServerHealth the test drives: `markDown` sets a server down and aborts its watched attempts. */
class FakeHealth implements ServerHealth {
  readonly down = new Map<number, string>();
  readonly watched = new Set<{ id: number; ac: AbortController }>();
  /** Buddy groups whose secondary could take over. */
  readonly switchable = new Set<number>();
  downReason(s: Server): string | undefined {
    return this.down.get(s.id);
  }
  canSwitch(s: Server): boolean {
    return s.group !== undefined && this.switchable.has(s.group);
  }
  watch(s: Server, ac: AbortController): () => void {
    const w = { id: s.id, ac };
    this.watched.add(w);
    return () => this.watched.delete(w);
  }
  markDown(id: number, why: string): void {
    this.down.set(id, why);
    for (const w of this.watched) if (w.id === id) w.ac.abort(new HiveError(ErrCode.TARGET_OFFLINE, why));
  }
}

/** A send that records its options and settles only when its signal aborts (as an RPC does: ABORTED). */
function hanging() {
  const seen: AttemptOptions[] = [];
  const fn = (_s: Server, opts: AttemptOptions) =>
    new Promise<string>((_resolve, reject) => {
      seen.push(opts);
      opts.signal?.addEventListener('abort', () => reject(new HiveError(ErrCode.ABORTED, 'readChunk aborted')), { once: true });
    });
  return { fn, seen };
}

describe('RetryPolicy in failout mode with server health', () => {
  const failout = (health: ServerHealth) =>
    new RetryPolicy({ mode: 'failout', health, failoutTimeoutMs: 1500, signal: new AbortController().signal, refreshMap: async () => undefined });

  it('fails at once with IO, without sending, when the map has the server down', async () => {
    const health = new FakeHealth();
    health.down.set(101, 'storage target 101 is Offline in map version 7');
    let sent = 0;
    await expect(failout(health).run('readChunk', T101, async () => void sent++)).rejects.toMatchObject({
      code: ErrCode.IO,
      message: expect.stringContaining('storage target 101 is Offline in map version 7'),
    });
    expect(sent).toBe(0);
    await expect(failout(health).once(T101, async () => void sent++)).rejects.toMatchObject({ code: ErrCode.TARGET_OFFLINE });
    expect(sent).toBe(0);
  });

  it('gives each attempt the failout deadline and ends one in flight with IO when its server goes down', async () => {
    const health = new FakeHealth();
    const h = hanging();
    const run = failout(health).run('readChunk', T101, h.fn).then(() => 'ok', (e: HiveError) => e);
    await waitFor(() => h.seen.length === 1, { what: 'the attempt' });
    expect(h.seen[0]!.timeoutMs).toBe(1500);
    health.markDown(102, 'storage target 102 is Offline'); // another server: no effect
    health.markDown(101, 'storage target 101 is Probably-offline in map version 9');
    const err = (await run) as HiveError;
    expect(err.code).toBe(ErrCode.IO);
    expect(err.message).toContain('Probably-offline in map version 9');
    expect(health.watched.size).toBe(0);
  });

  it('failover mode neither checks health nor adds options', async () => {
    const health = new FakeHealth();
    health.down.set(101, 'down');
    const seen: AttemptOptions[] = [];
    const p = new RetryPolicy({ mode: 'failover', health, failoutTimeoutMs: 1500, signal: new AbortController().signal, refreshMap: async () => undefined });
    expect(await p.run('op', T101, async (_s, o) => (seen.push(o), 'ok'))).toBe('ok');
    expect(seen).toEqual([{}]);
  });
});

describe('RetryPolicy and the outage log', () => {
  it('failover: one warning for the first failure and one line for the recovery, however many retries', async () => {
    const lines: string[] = [];
    const log = { warn: (_f: object, m: string) => lines.push(`warn ${m}`), info: (_f: object, m: string) => lines.push(`info ${m}`) };
    const outages = new OutageLog({ log, mode: 'failover' });
    const p = new RetryPolicy({ mode: 'failover', signal: new AbortController().signal, refreshMap: async () => undefined, sleep: async () => undefined, outages });
    const f = failing(...Array.from({ length: 20 }, () => E(ErrCode.UNREACHABLE)));
    expect(await p.run('writeChunk', T101, f.fn)).toBe('ok');
    expect(lines).toEqual([
      expect.stringMatching(/^warn storage target 101 does not answer; operations wait for it and retry$/),
      expect.stringMatching(/^info storage target 101 answers again after .* \(20 failed attempts\)$/),
    ]);
    expect(outages.size).toBe(0);
  });

  it('errors that do not say the server is down are not outages', async () => {
    const lines: string[] = [];
    const log = { warn: (_f: object, m: string) => lines.push(m), info: (_f: object, m: string) => lines.push(m) };
    const p = new RetryPolicy({ mode: 'failover', signal: new AbortController().signal, refreshMap: async () => undefined, outages: new OutageLog({ log, mode: 'failover' }) });
    await expect(p.run('op', T101, failing(E(ErrCode.NOT_FOUND)).fn)).rejects.toMatchObject({ code: ErrCode.NOT_FOUND });
    expect(await p.run('op', T101, failing(E(ErrCode.STALE_MAP)).fn)).toBe('ok');
    expect(lines).toEqual([]);
  });
});

/** A map the test changes: what RetryPolicy watches (a MapView in the client). */
class FakeMap extends EventEmitter {
  version = 1;
  bump(): void {
    this.version++;
    this.emit('map');
  }
}

describe('RetryPolicy and buddy-mirrored requests', () => {
  const G1 = (primary: number) => (): Server => ({ kind: 'storage', id: primary, group: 1 });

  it('NOT_PRIMARY refreshes the map and re-routes at once, in both modes', async () => {
    for (const mode of ['failover', 'failout'] as const) {
      const { p, delays, refreshes } = policy(mode);
      let primary = 101;
      const sentTo: number[] = [];
      const r = await p.run('writeChunk', () => ({ kind: 'storage', id: primary, group: 1 }), async (s) => {
        sentTo.push(s.id);
        if (s.id === 101) {
          primary = 201; // the refresh brings the map that names the new primary
          throw E(ErrCode.NOT_PRIMARY);
        }
        return 'ok';
      });
      expect(r).toBe('ok');
      expect(sentTo).toEqual([101, 201]);
      expect(refreshes()).toBe(1);
      expect(delays).toEqual([]);
    }
  });

  it('failover: NO_LEASE and GROUP_DOWN wait and retry; failout: GROUP_DOWN fails with IO at once', async () => {
    const { p, delays } = policy('failover');
    expect(await p.run('writeChunk', G1(101), failing(E(ErrCode.NO_LEASE), E(ErrCode.GROUP_DOWN)).fn)).toBe('ok');
    expect(delays).toEqual([100, 200]);
    const health = new FakeHealth();
    health.switchable.add(1);
    const out = new RetryPolicy({ mode: 'failout', health, failoutTimeoutMs: 60_000, signal: new AbortController().signal, refreshMap: async () => undefined });
    const f = failing(E(ErrCode.GROUP_DOWN));
    await expect(out.run('writeChunk', G1(101), f.fn)).rejects.toMatchObject({ code: ErrCode.IO });
    expect(f.calls()).toBe(1);
  });

  it('failover: a waiting retry wakes up when the map version changes, long before its backoff step ends', async () => {
    const map = new FakeMap();
    const p = new RetryPolicy({ mode: 'failover', signal: new AbortController().signal, refreshMap: async () => undefined, map, backoff: { baseMs: 60_000, maxMs: 60_000 } });
    let primary = 101;
    const sentTo: number[] = [];
    const run = p.run('writeChunk', () => ({ kind: 'storage', id: primary, group: 1 }), async (s) => {
      sentTo.push(s.id);
      if (s.id === 101) throw E(ErrCode.UNREACHABLE);
      return 'ok';
    });
    await waitFor(() => sentTo.length === 1, { what: 'the first attempt' });
    const t0 = performance.now();
    primary = 201; // mgmtd switched the group over; the client's map learns it
    map.bump();
    expect(await run).toBe('ok');
    console.log(`retry after the map change: ${(performance.now() - t0).toFixed(1)} ms (backoff step 60 s)`);
    expect(sentTo).toEqual([101, 201]);
  });

  it('a request stuck on a primary (paused, no answer) ends when the map names another primary and goes to the new one, in both modes', async () => {
    for (const mode of ['failover', 'failout'] as const) {
      const map = new FakeMap();
      const p = new RetryPolicy({ mode, signal: new AbortController().signal, refreshMap: async () => undefined, map, failoutTimeoutMs: 60_000 });
      let primary = 101;
      const sentTo: number[] = [];
      const run = p.run('writeChunk', () => ({ kind: 'storage', id: primary, group: 1 }), (s, opts) => {
        sentTo.push(s.id);
        if (s.id === 201) return Promise.resolve('ok');
        // The old primary never answers; only the attempt's signal ends the request.
        return new Promise((_resolve, reject) => opts.signal?.addEventListener('abort', () => reject(E(ErrCode.ABORTED)), { once: true }));
      });
      await waitFor(() => sentTo.length === 1, { what: 'the first attempt' });
      map.bump(); // an unrelated map change: the attempt stays
      expect(sentTo).toEqual([101]);
      primary = 201;
      map.bump(); // the switchover
      expect(await run).toBe('ok');
      expect(sentTo).toEqual([101, 201]);
    }
  });

  it('failout: a group whose primary is down and whose secondary cannot take over fails with IO at once, unsent', async () => {
    const health = new FakeHealth();
    health.down.set(101, 'buddy group 1 is down: storage target 101 is Offline in map version 7, and its secondary 201 is Needs-resync');
    const p = new RetryPolicy({ mode: 'failout', health, failoutTimeoutMs: 60_000, signal: new AbortController().signal, refreshMap: async () => undefined, map: new FakeMap() });
    let sent = 0;
    const t0 = performance.now();
    await expect(p.run('writeChunk', G1(101), async () => void sent++)).rejects.toMatchObject({ code: ErrCode.IO, message: expect.stringContaining('buddy group 1 is down') });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(sent).toBe(0);
  });

  it('failout: a group whose secondary can take over waits for the switchover (up to the failout deadline), then reaches the new primary', async () => {
    const health = new FakeHealth();
    health.switchable.add(1);
    health.down.set(101, 'storage target 101 is Offline in map version 7; buddy group 1 waits for its secondary 201 to take over');
    const map = new FakeMap();
    const p = new RetryPolicy({ mode: 'failout', health, failoutTimeoutMs: 60_000, signal: new AbortController().signal, refreshMap: async () => undefined, map });
    let primary = 101;
    const sentTo: number[] = [];
    let routes = 0;
    const run = p.run('writeChunk', () => (routes++, { kind: 'storage', id: primary, group: 1 }), async (s) => (sentTo.push(s.id), 'ok'));
    await waitFor(() => routes === 1, { what: 'the first attempt' });
    primary = 201;
    map.bump();
    expect(await run).toBe('ok');
    expect(sentTo).toEqual([201]);
  });

  it('failout: the wait for a switchover ends with IO at the failout deadline', async () => {
    const health = new FakeHealth();
    health.switchable.add(1);
    const p = new RetryPolicy({ mode: 'failout', health, failoutTimeoutMs: 300, signal: new AbortController().signal, refreshMap: async () => undefined, map: new FakeMap() });
    const f = failing(...Array.from({ length: 100 }, () => E(ErrCode.UNREACHABLE)));
    const t0 = performance.now();
    await expect(p.run('writeChunk', G1(101), f.fn)).rejects.toMatchObject({ code: ErrCode.IO });
    const took = performance.now() - t0;
    console.log(`failout switchover wait ended after ${took.toFixed(0)} ms (deadline 300 ms), ${f.calls()} attempts`);
    expect(took).toBeGreaterThanOrEqual(250);
    expect(took).toBeLessThan(5000);
  });
});
