// Pure reachability rules by heartbeat age.
import { hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { clientExpired, reachabilityOf, reachabilityName } from './reachability.js';

const R = hivefs.Reachability;
const limits = { probablyOfflineMs: 3000, offlineMs: 6000 };

describe('reachabilityOf', () => {
  it('is Online until the probably-offline age, then Probably-offline, then Offline', () => {
    const live = { reported: true, heardAtMs: 10_000 };
    expect(reachabilityOf(live, 10_000, limits)).toBe(R.ONLINE);
    expect(reachabilityOf(live, 12_999, limits)).toBe(R.ONLINE);
    expect(reachabilityOf(live, 13_000, limits)).toBe(R.PROBABLY_OFFLINE);
    expect(reachabilityOf(live, 15_999, limits)).toBe(R.PROBABLY_OFFLINE);
    expect(reachabilityOf(live, 16_000, limits)).toBe(R.OFFLINE);
    expect(reachabilityOf(live, 1e12, limits)).toBe(R.OFFLINE);
  });

  it('never calls an entity Online before it reported since the start', () => {
    const live = { reported: false, heardAtMs: 10_000 };
    expect(reachabilityOf(live, 10_000, limits)).toBe(R.PROBABLY_OFFLINE);
    expect(reachabilityOf(live, 15_999, limits)).toBe(R.PROBABLY_OFFLINE);
    expect(reachabilityOf(live, 16_000, limits)).toBe(R.OFFLINE);
  });

  it('treats a clock behind the last report as age 0', () => {
    expect(reachabilityOf({ reported: true, heardAtMs: 10_000 }, 9_000, limits)).toBe(R.ONLINE);
  });

  it('expires clients after the client timeout and names states as ctl prints them', () => {
    expect(clientExpired(1000, 60_999, { clientTimeoutMs: 60_000 })).toBe(false);
    expect(clientExpired(1000, 61_000, { clientTimeoutMs: 60_000 })).toBe(true);
    expect([R.ONLINE, R.PROBABLY_OFFLINE, R.OFFLINE].map(reachabilityName)).toEqual(['Online', 'Probably-offline', 'Offline']);
  });
});
