// Host/port parsing and the addresses a service advertises to others.

import { networkInterfaces } from 'node:os';

/** A host and TCP port. */
export interface HostPort {
  host: string;
  port: number;
}

function parsePort(text: string, whole: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new Error(`bad port '${text}' in '${whole}' (expected 0..65535)`);
  return port;
}

/**
 * Parse `host`, `host:port`, `[v6addr]` or `[v6addr]:port`; a bare IPv6 address (several
 * colons, no brackets) is taken as a host. Throws an Error on an empty host or a bad port.
 */
export function parseHostPort(s: string, defaultPort: number): HostPort {
  const text = s.trim();
  if (text.startsWith('[')) {
    const m = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
    if (!m) throw new Error(`bad address '${s}' (expected [addr]:port)`);
    return { host: m[1]!, port: m[2] === undefined ? defaultPort : parsePort(m[2], s) };
  }
  const colon = text.indexOf(':');
  if (colon >= 0 && colon === text.lastIndexOf(':')) {
    const host = text.slice(0, colon);
    if (!host) throw new Error(`bad address '${s}' (missing host)`);
    return { host, port: parsePort(text.slice(colon + 1), s) };
  }
  if (!text) throw new Error('bad address: empty host');
  return { host: text, port: defaultPort };
}

/**
 * Addresses to publish for a listener on `listenHost`. For a wildcard (`''`, `0.0.0.0` or
 * `::`) that is every non-internal IPv4 address of this host, or 127.0.0.1 if there is none;
 * otherwise just `listenHost`.
 */
export function advertisedAddresses(listenHost: string, port: number): HostPort[] {
  if (listenHost !== '' && listenHost !== '0.0.0.0' && listenHost !== '::') return [{ host: listenHost, port }];
  const hosts = new Set<string>();
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.family === 'IPv4' && !a.internal) hosts.add(a.address);
    }
  }
  if (hosts.size === 0) hosts.add('127.0.0.1');
  return [...hosts].map((host) => ({ host, port }));
}
