// LeaseHolder on an injected monotonic clock: counted from send time, renewed, bound to a map version.
import { describe, expect, it } from 'vitest';
import { LeaseHolder } from './lease.js';

describe('LeaseHolder', () => {
  it('holds from the send time for leaseMs, is renewed by later grants and never shortened by older ones', () => {
    let now = 1000;
    const lease = new LeaseHolder(() => now);
    expect(lease.valid()).toBe(false);
    lease.grant(4000, 900); // heartbeat sent at 900, reply came at 1000
    expect(lease.valid()).toBe(true);
    expect(lease.remainingMs()).toBe(3900);
    now = 4899;
    expect(lease.valid()).toBe(true);
    now = 4900;
    expect(lease.valid()).toBe(false);
    lease.grant(4000, 4500);
    expect(lease.remainingMs()).toBe(3600);
    lease.grant(4000, 100); // a late reply to an old beat does not shorten it
    expect(lease.remainingMs()).toBe(3600);
    lease.grant(0, 4900); // no lease in this reply: nothing changes
    expect(lease.remainingMs()).toBe(3600);
    lease.revoke();
    expect(lease.valid()).toBe(false);
  });

  it('counts only for a map at least as new as the one it was granted at', () => {
    const lease = new LeaseHolder(() => 0);
    lease.grant(1000, 0, 7);
    expect(lease.valid(6)).toBe(false);
    expect(lease.valid(7)).toBe(true);
    expect(lease.valid()).toBe(true);
  });
});
