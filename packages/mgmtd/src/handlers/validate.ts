// Checks of request fields: every value from the network is validated before it is used.
import { ErrCode, HiveError, hivefs, isValidNumericId } from '@hivefs/protocol';
import { nodeTypeName } from '../ids.js';
import type { Addr } from '../store/records.js';
import { isConsistency } from '../state/consistency.js';

/** Throws INVALID_ARGUMENT with `msg`. */
export function badArg(msg: string): never {
  throw new HiveError(ErrCode.INVALID_ARGUMENT, msg);
}

/** A required id in 1..65535. */
export function checkId(n: number, what: string): number {
  if (!isValidNumericId(n)) badArg(`${what} ${n} is invalid: ids are 1..65535`);
  return n;
}

/** An id in 1..65535, or 0 for "assign one". */
export function checkOptionalId(n: number, what: string): number {
  return n === 0 ? 0 : checkId(n, what);
}

/** A node type out of `allowed`. */
export function checkNodeType(t: number, allowed: readonly hivefs.NodeType[], what = 'node type'): hivefs.NodeType {
  if (!allowed.includes(t)) badArg(`${what} ${nodeTypeName(t)} is not allowed here (expected ${allowed.map(nodeTypeName).join(' or ')})`);
  return t;
}

/** A consistency state (Good, Needs-resync or Bad). */
export function checkConsistency(c: number, what: string): hivefs.Consistency {
  if (!isConsistency(c)) badArg(`${what} ${c} is not a consistency state (GOOD=1, NEEDS_RESYNC=2, BAD=3)`);
  return c;
}

/** Printable text without control characters, at most `max` characters. */
export function checkText(s: string, what: string, max: number): string {
  if (s.length > max) badArg(`${what} is ${s.length} characters long; at most ${max} are allowed`);
  if (/[\u0000-\u001f\u007f]/.test(s)) badArg(`${what} contains control characters`);
  return s;
}

const ALIAS_RE = /^[A-Za-z0-9][A-Za-z0-9._@+-]*$/;

/** A node alias, or '' when none was given. */
export function checkAlias(s: string): string {
  checkText(s, 'alias', 64);
  if (s !== '' && !ALIAS_RE.test(s)) badArg(`alias '${s}' is invalid: letters, digits and . _ @ + - only, starting with a letter or digit`);
  return s;
}

/** Listening addresses of a node: at most 16, non-empty hosts, ports 1..65535. */
export function checkAddrs(addrs: readonly hivefs.INodeAddr[], required: boolean): Addr[] {
  if (required && addrs.length === 0) badArg('a server must register at least one address');
  if (addrs.length > 16) badArg(`${addrs.length} addresses given; at most 16 are allowed`);
  return addrs.map((a, i) => {
    const host = checkText(a.host ?? '', `address ${i} host`, 255);
    const port = a.port ?? 0;
    if (host === '' || /\s/.test(host)) badArg(`address ${i} has an empty or blank host`);
    if (!Number.isInteger(port) || port < 1 || port > 65535) badArg(`address ${i} (${host}) has port ${port}; expected 1..65535`);
    return { host, port };
  });
}
