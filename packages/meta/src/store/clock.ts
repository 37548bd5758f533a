// Wall-clock time with nanoseconds: Date.now() anchored once, advanced by process.hrtime.
import type { Timespec } from './types.js';

/** A source of timestamps for inode times. */
export interface Clock {
  /** The current time; strictly increasing between calls of one clock. */
  now(): Timespec;
}

/**
 * A clock anchored at the wall-clock time of its creation and advanced by the monotonic
 * high-resolution timer, so consecutive stamps are ordered even within one millisecond.
 */
export function createHrClock(): Clock {
  const baseNs = BigInt(Date.now()) * 1_000_000n;
  const baseHr = process.hrtime.bigint();
  let last = 0n;
  return {
    now(): Timespec {
      let ns = baseNs + (process.hrtime.bigint() - baseHr);
      if (ns <= last) ns = last + 1n;
      last = ns;
      return { sec: Number(ns / 1_000_000_000n), nsec: Number(ns % 1_000_000_000n) };
    },
  };
}
