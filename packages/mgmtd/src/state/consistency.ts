// Pure consistency rules: compare-and-swap changes of Good / Needs-resync / Bad.
import { hivefs } from '@hivefs/protocol';

const C = hivefs.Consistency;

/** A requested consistency change. */
export interface StateChange {
  expected: hivefs.Consistency;
  state: hivefs.Consistency;
  /** Apply unconditionally (the admin's --setstate). */
  force: boolean;
}

/** Outcome of {@link casConsistency}: the new state, or the current one on a mismatch. */
export type CasResult = { ok: true; state: hivefs.Consistency; changed: boolean } | { ok: false; current: hivefs.Consistency };

/** Whether `c` is one of Good, Needs-resync, Bad. */
export function isConsistency(c: number): c is hivefs.Consistency {
  return c === C.GOOD || c === C.NEEDS_RESYNC || c === C.BAD;
}

/** Applies `change` to `current`: without force only if `current` is `change.expected`. */
export function casConsistency(current: hivefs.Consistency, change: StateChange): CasResult {
  if (!change.force && current !== change.expected) return { ok: false, current };
  return { ok: true, state: change.state, changed: current !== change.state };
}

/** Display name of a consistency as ctl prints it (`Needs-resync`). */
export function consistencyName(c: hivefs.Consistency): string {
  return c === C.GOOD ? 'Good' : c === C.NEEDS_RESYNC ? 'Needs-resync' : c === C.BAD ? 'Bad' : 'Unknown';
}
