import { createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { advertisedAddresses, canListen, ephemeralPortRange, parseHostPort, pickListenPort } from './net.js';

describe('parseHostPort', () => {
  it('parses the accepted forms', () => {
    expect(parseHostPort('mgmt01', 8008)).toEqual({ host: 'mgmt01', port: 8008 });
    expect(parseHostPort(' mgmt01:9008 ', 8008)).toEqual({ host: 'mgmt01', port: 9008 });
    expect(parseHostPort('10.0.0.5:0', 8008)).toEqual({ host: '10.0.0.5', port: 0 });
    expect(parseHostPort('[::1]:8005', 1)).toEqual({ host: '::1', port: 8005 });
    expect(parseHostPort('[fe80::1]', 8003)).toEqual({ host: 'fe80::1', port: 8003 });
    expect(parseHostPort('fe80::1', 8003)).toEqual({ host: 'fe80::1', port: 8003 });
  });

  it.each(['host:', 'host:abc', 'host:70000', 'host:-1', '[::1]:x', '[::1', ':8008', ''])('rejects %j', (s) => {
    expect(() => parseHostPort(s, 8008)).toThrow(Error);
  });
});

describe('advertisedAddresses', () => {
  it('returns a specific host as is', () => {
    expect(advertisedAddresses('10.1.2.3', 8005)).toEqual([{ host: '10.1.2.3', port: 8005 }]);
    expect(advertisedAddresses('127.0.0.1', 0)).toEqual([{ host: '127.0.0.1', port: 0 }]);
  });

  it('expands a wildcard to the non-internal IPv4 addresses, else loopback', () => {
    const expected = Object.values(networkInterfaces())
      .flatMap((l) => l ?? [])
      .filter((a) => a.family === 'IPv4' && !a.internal)
      .map((a) => a.address);
    const hosts = expected.length > 0 ? [...new Set(expected)] : ['127.0.0.1'];
    for (const wildcard of ['0.0.0.0', '']) {
      expect(advertisedAddresses(wildcard, 8003)).toEqual(hosts.map((host) => ({ host, port: 8003 })));
    }
  });
});

describe('pickListenPort', () => {
  it('picks a port below the ephemeral range that can be listened on, skipping excluded ones', async () => {
    const range = await ephemeralPortRange();
    const seen = new Set<number>();
    for (let i = 0; i < 20; i++) {
      const port = await pickListenPort('127.0.0.1', { exclude: seen });
      expect(port).toBeGreaterThanOrEqual(10_000);
      expect(port).toBeLessThan(range.low);
      expect(seen.has(port)).toBe(false);
      expect(await canListen('127.0.0.1', port)).toBe(true);
      seen.add(port);
    }
  });

  it('passes over a port someone listens on, and says so when no candidate is free', async () => {
    const busy = createServer();
    const port = await pickListenPort('127.0.0.1');
    await new Promise<void>((r) => busy.listen(port, '127.0.0.1', r));
    try {
      expect(await canListen('127.0.0.1', port)).toBe(false);
      await expect(pickListenPort('127.0.0.1', { range: { from: port, to: port + 1 }, tries: 5 })).rejects.toThrow(`no free TCP port on 127.0.0.1 in ${port}..${port}`);
    } finally {
      await new Promise((r) => busy.close(r));
    }
  });

  it('never returns an excluded port, even a free one', async () => {
    const port = await pickListenPort('127.0.0.1');
    expect(await canListen('127.0.0.1', port)).toBe(true);
    await expect(pickListenPort('127.0.0.1', { range: { from: port, to: port + 1 }, tries: 5, exclude: new Set([port]) })).rejects.toThrow('no free TCP port');
  });

  it('reads the kernel range, and falls back to Linux defaults', async () => {
    const r = await ephemeralPortRange();
    expect(r.low).toBeLessThanOrEqual(r.high);
    expect(await ephemeralPortRange('/nonexistent/ip_local_port_range')).toEqual({ low: 32768, high: 60999 });
  });
});
