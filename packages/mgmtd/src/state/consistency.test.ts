// Pure consistency compare-and-swap rules.
import { hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { casConsistency, isConsistency } from './consistency.js';

const C = hivefs.Consistency;

describe('casConsistency', () => {
  it('applies a change when the current state is the expected one', () => {
    expect(casConsistency(C.GOOD, { expected: C.GOOD, state: C.NEEDS_RESYNC, force: false })).toEqual({ ok: true, state: C.NEEDS_RESYNC, changed: true });
  });

  it('refuses a change when the current state differs and reports the current state', () => {
    expect(casConsistency(C.BAD, { expected: C.GOOD, state: C.NEEDS_RESYNC, force: false })).toEqual({ ok: false, current: C.BAD });
  });

  it('applies a forced change whatever the current state', () => {
    expect(casConsistency(C.BAD, { expected: C.GOOD, state: C.GOOD, force: true })).toEqual({ ok: true, state: C.GOOD, changed: true });
  });

  it('reports an unchanged state as not changed', () => {
    expect(casConsistency(C.GOOD, { expected: C.GOOD, state: C.GOOD, force: false })).toEqual({ ok: true, state: C.GOOD, changed: false });
  });

  it('accepts only Good, Needs-resync and Bad as states', () => {
    expect([0, 1, 2, 3, 4].map(isConsistency)).toEqual([false, true, true, true, false]);
  });
});
