// Parsing and printing of single config values: sizes, ints, bools, lists, enums.

import type { ConfigKeySpec } from './config-schema.js';

const SIZE_UNITS = ['', 'K', 'M', 'G', 'T'] as const;
const SIZE_RE = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i;
const INT_RE = /^[+-]?\d+$/;
const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const BOOLS: Record<string, boolean> = { true: true, yes: true, '1': true, false: false, no: false, '0': false };

/**
 * Parse a byte size: `'123'`, `'512k'`, `'1m'`, `'1M'`, `'4G'`, `'1T'` (binary units, k = 1024).
 * A trailing `B`/`iB` is tolerated (`512KiB`). Fractions are allowed if the result is whole
 * (`1.5k` = 1536). Throws an Error on anything else.
 */
export function parseSize(s: string): number {
  const m = SIZE_RE.exec(s.trim());
  if (!m) throw new Error(`invalid size '${s}' (expected e.g. 4096, 512k, 1M, 4G)`);
  const exp = SIZE_UNITS.indexOf(m[2]!.toUpperCase() as (typeof SIZE_UNITS)[number]);
  const n = Number(m[1]) * 1024 ** exp;
  if (!Number.isSafeInteger(n)) throw new Error(`invalid size '${s}' (not a whole number of bytes or too large)`);
  return n;
}

/**
 * Format a byte count BeeGFS chunksize style: the largest binary unit that divides it exactly
 * (`524288` -> `'512K'`, `1048576` -> `'1M'`), else the plain number (`1536` -> `'1536'`, `0` -> `'0'`).
 * Throws a RangeError for negative or non-integer input.
 */
export function formatSize(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`invalid size ${n}`);
  if (n === 0) return '0';
  for (let exp = SIZE_UNITS.length - 1; exp > 0; exp--) {
    const unit = 1024 ** exp;
    if (n % unit === 0) return `${n / unit}${SIZE_UNITS[exp]}`;
  }
  return String(n);
}

/**
 * Convert raw text to the typed value of `spec`, checking enum values and min/max.
 * Throws an Error whose message is the reason only (callers add the key and location).
 */
export function parseValue(spec: ConfigKeySpec, raw: string): unknown {
  const v = raw.trim();
  switch (spec.type) {
    case 'string':
    case 'path':
      return v;
    case 'bool': {
      const b = BOOLS[v.toLowerCase()];
      if (b === undefined) throw new Error('expected true/false/yes/no/1/0');
      return b;
    }
    case 'int':
      if (!INT_RE.test(v) || !Number.isSafeInteger(Number(v))) throw new Error('expected an integer');
      return checkRange(spec, Number(v));
    case 'number':
      if (!NUMBER_RE.test(v) || !Number.isFinite(Number(v))) throw new Error('expected a number');
      return checkRange(spec, Number(v));
    case 'size':
      return checkRange(spec, parseSize(v));
    case 'list':
      return v.split(',').map((s) => s.trim()).filter((s) => s !== '');
    case 'enum': {
      const allowed = spec.values ?? [];
      const hit = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
      if (hit === undefined) throw new Error(`expected one of ${allowed.join('|')}`);
      return hit;
    }
    default:
      throw new Error(`unsupported config type '${String(spec.type)}'`);
  }
}

function checkRange(spec: ConfigKeySpec, n: number): number {
  const show = (x: number): string => (spec.type === 'size' && Number.isSafeInteger(x) && x >= 0 ? formatSize(x) : String(x));
  if (spec.min !== undefined && n < spec.min) throw new Error(`must be at least ${show(spec.min)}`);
  if (spec.max !== undefined && n > spec.max) throw new Error(`must be at most ${show(spec.max)}`);
  return n;
}

/** Print a typed value the way it would be written in a config file (inverse of {@link parseValue}). */
export function formatValue(spec: ConfigKeySpec, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (spec.type === 'size' && typeof value === 'number') return formatSize(value);
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}
