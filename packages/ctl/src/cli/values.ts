// Parsers of option values (commander argParsers): each returns the typed value or throws InvalidArgumentError.
import { InvalidArgumentError } from 'commander';
import { parseHostPort, parseSize } from '@hivefs/common';
import { isValidChunkSize } from '@hivefs/protocol';
import type { NodeKind, PatternKind, SettableState, TargetKind } from './types.js';

const NODE_KINDS: Record<string, NodeKind> = { meta: 'meta', metadata: 'meta', storage: 'storage', client: 'client' };

/** `--nodetype` of --listnodes: meta (or metadata), storage or client. */
export function parseNodeKind(v: string): NodeKind {
  const k = NODE_KINDS[v.toLowerCase()];
  if (!k) throw new InvalidArgumentError('expected meta, storage or client.');
  return k;
}

/** `--nodetype` of --listtargets: meta (or metadata) or storage. */
export function parseTargetKind(v: string): TargetKind {
  const k = NODE_KINDS[v.toLowerCase()];
  if (k !== 'meta' && k !== 'storage') throw new InvalidArgumentError('expected meta or storage.');
  return k;
}

/** `--chunksize`: a size like 512k or 1m; a power of two of at least 64K (at most 1G). */
export function parseChunkSize(v: string): number {
  let n: number;
  try {
    n = parseSize(v);
  } catch (e) {
    throw new InvalidArgumentError(`${(e as Error).message}.`);
  }
  if (!isValidChunkSize(n)) throw new InvalidArgumentError(`chunk size must be a power of two from 64K to 1G (got ${n} bytes).`);
  return n;
}

/** A whole decimal number in [min, max]. */
export function parseIntIn(min: number, max: number): (v: string) => number {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}.`);
    }
    return n;
  };
}

/** `--pattern`: raid0 or buddymirror. */
export function parsePatternKind(v: string): PatternKind {
  const k = v.toLowerCase();
  if (k !== 'raid0' && k !== 'buddymirror') throw new InvalidArgumentError('expected raid0 or buddymirror.');
  return k;
}

/** `--mode`: octal permission bits such as 0755 or 755. */
export function parseOctalMode(v: string): number {
  if (!/^0?[0-7]{1,4}$/.test(v.trim())) throw new InvalidArgumentError('expected octal permission bits such as 0755.');
  return parseInt(v.trim(), 8);
}

/** `--mgmtd`: host:port (port required). */
export function parseMgmtdAddress(v: string): { host: string; port: number } {
  let hp: { host: string; port: number };
  try {
    hp = parseHostPort(v, 0);
  } catch (e) {
    throw new InvalidArgumentError(`${(e as Error).message}.`);
  }
  if (hp.port === 0) throw new InvalidArgumentError('expected host:port with a port from 1 to 65535.');
  return hp;
}

const DURATION_UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `--timespan`: a positive duration such as 90s, 30m, 1h or 2d (a bare number means seconds); milliseconds. */
export function parseDuration(v: string): number {
  const m = /^(\d+)([smhd]?)$/i.exec(v.trim());
  const ms = m ? Number(m[1]) * DURATION_UNITS[(m[2] || 's').toLowerCase()]! : NaN;
  if (!Number.isSafeInteger(ms) || ms <= 0) throw new InvalidArgumentError('expected a duration such as 90s, 30m, 1h or 2d.');
  return ms;
}

/** `--state` of --setstate: good or bad. */
export function parseSettableState(v: string): SettableState {
  const k = v.toLowerCase();
  if (k !== 'good' && k !== 'bad') throw new InvalidArgumentError('expected good or bad.');
  return k;
}
