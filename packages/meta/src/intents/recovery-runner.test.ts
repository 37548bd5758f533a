import { afterEach, describe, expect, it, vi } from 'vitest';
import { openMemoryStore, type KvStore } from '@hivefs/common';
import { INTENT_PREFIX } from '../store/keys.js';
import { LockManager } from '../store/locks.js';
import { quietLog } from '../testing/journal-link.js';
import { LinkedPeers } from '../testing/linked-peers.js';
import { RecoveryRunner } from './recovery.js';
import type { PeerContext } from './remote.js';

/** A runner over an empty store that counts its passes (each lists the intents once). */
function runner(): { r: RecoveryRunner; passes: () => number } {
  let passes = 0;
  const kv: KvStore = openMemoryStore();
  const counted = new Proxy(kv, {
    get(target, prop, recv) {
      if (prop === 'keysWithPrefix') {
        return (prefix: string, opts?: unknown) => {
          if (prefix === INTENT_PREFIX) passes += 1;
          return target.keysWithPrefix(prefix, opts as never);
        };
      }
      const v = Reflect.get(target, prop, recv) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  const ctx = { kv: counted, log: quietLog, locks: new LockManager(), nodeId: 1, peers: new LinkedPeers().peersOf(1) } as unknown as PeerContext;
  return { r: new RecoveryRunner(ctx), passes: () => passes };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('RecoveryRunner', () => {
  it('runs one pass for a burst of nudges from failing operations, at most one per 250 ms; a kick is at once', async () => {
    vi.useFakeTimers();
    const { r, passes } = runner();
    r.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(passes()).toBe(1);
    for (let i = 0; i < 50; i++) r.nudge();
    await vi.advanceTimersByTimeAsync(100);
    expect(passes()).toBe(1);
    await vi.advanceTimersByTimeAsync(150);
    expect(passes()).toBe(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(passes()).toBe(2); // idle, and no nudge
    r.nudge();
    await vi.advanceTimersByTimeAsync(0);
    expect(passes()).toBe(3);
    r.kick();
    await vi.advanceTimersByTimeAsync(0);
    expect(passes()).toBe(4);
    const stopped = r.stop();
    await vi.advanceTimersByTimeAsync(0);
    await stopped;
  });
});
