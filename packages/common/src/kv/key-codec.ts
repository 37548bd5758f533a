// Builds and splits ordered KV keys: ':'-joined parts, numbers as fixed-width hex, strings escaped.

/** A key part: a string (escaped) or an unsigned 32-bit integer (fixed-width hex). */
export type KeyPart = string | number;

const MAX_U32 = 0xffffffff;

/**
 * Encode an unsigned 32-bit integer as 8 upper-case hex digits (`10` -> `'0000000A'`), so
 * that encoded numbers sort numerically. Throws a RangeError for negative, fractional or
 * too large values.
 */
export function hex8(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_U32) {
    throw new RangeError(`key number must be an integer in 0..${MAX_U32}, got ${n}`);
  }
  return n.toString(16).toUpperCase().padStart(8, '0');
}

/** Percent-encode only '%' and ':' so a string part can never contain the separator. */
function escapePart(s: string): string {
  return s.replace(/%/g, '%25').replace(/:/g, '%3A');
}

function unescapePart(s: string): string {
  return s.replace(/%(25|3A)/g, (_m, code: string) => (code === '25' ? '%' : ':'));
}

function encodePart(p: KeyPart): string {
  if (typeof p === 'number') return hex8(p);
  if (typeof p === 'string') return escapePart(p);
  throw new TypeError(`key part must be a string or number, got ${typeof p}`);
}

/**
 * Join parts into a key: `key('D', 5, 'a:b')` -> `'D:00000005:a%3Ab'`.
 * Numbers sort numerically; strings sort by their escaped form. Throws on zero parts.
 */
export function key(...parts: KeyPart[]): string {
  if (parts.length === 0) throw new RangeError('key() needs at least one part');
  return parts.map(encodePart).join(':');
}

/**
 * The prefix of all keys that start with exactly these parts: `key(...parts) + ':'`.
 * `prefix('D', 'a')` matches `key('D', 'a', x)` but never `key('D', 'ab', x)`.
 */
export function prefix(...parts: KeyPart[]): string {
  return key(...parts) + ':';
}

/**
 * Split a key back into its parts, unescaping string parts. Numbers come back as their
 * 8-digit hex strings (parse with `parseInt(part, 16)`).
 */
export function decodeKey(k: string): string[] {
  return k.split(':').map(unescapePart);
}
