// Host/port parsing and the addresses a service advertises to others.

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
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

/** The kernel's range of ephemeral (outgoing) ports; Linux's default when it cannot be read. */
export async function ephemeralPortRange(file = '/proc/sys/net/ipv4/ip_local_port_range'): Promise<{ low: number; high: number }> {
  try {
    const [low, high] = (await readFile(file, 'utf8')).trim().split(/\s+/).map(Number);
    if (Number.isInteger(low) && Number.isInteger(high) && low! > 0 && low! <= high!) return { low: low!, high: high! };
  } catch {
    // not Linux, or no /proc: fall through
  }
  return { low: 32768, high: 60999 };
}

/** Lowest port {@link pickListenPort} picks by default (above the well-known and most registered service ports). */
const PICK_FLOOR = 10_000;

/** Ports {@link pickListenPort} picks from by default: [10000, start of the ephemeral range). */
export async function listenPortCandidates(): Promise<{ from: number; to: number }> {
  const { low } = await ephemeralPortRange();
  return low > PICK_FLOOR + 1000 ? { from: PICK_FLOOR, to: low } : { from: PICK_FLOOR, to: PICK_FLOOR + 1000 };
}

/**
 * A TCP port on `host` that is free now and lies below the kernel's ephemeral range, for a
 * daemon that will listen on it later (local clusters, tests). A port the kernel picks for
 * `listen(0)` is an ephemeral one: any outgoing connection made meanwhile (a daemon dialling
 * mgmtd, a client reconnecting to a stopped daemon) may take it as its source port, and the
 * daemon's later listen fails with EADDRINUSE. Ports below the range are never handed out that way.
 * Candidates are drawn at random from `range` (default {@link listenPortCandidates}); `exclude`
 * holds ports already picked for daemons not listening yet.
 */
export async function pickListenPort(
  host: string,
  opts: { range?: { from: number; to: number }; tries?: number; exclude?: ReadonlySet<number> } = {},
): Promise<number> {
  const { from, to } = opts.range ?? (await listenPortCandidates());
  for (let i = 0; i < (opts.tries ?? 50); i++) {
    const port = from + Math.floor(Math.random() * (to - from));
    if (!opts.exclude?.has(port) && (await canListen(host, port))) return port;
  }
  throw new Error(`no free TCP port on ${host} in ${from}..${to - 1}`);
}

/** Whether a listener on host:port can be opened now (it is closed again at once). */
export function canListen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen({ host, port, exclusive: true }, () => s.close(() => resolve(true)));
  });
}
