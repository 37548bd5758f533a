// The clock mgmtd measures heartbeat ages with; tests inject a fake one.

/** A millisecond clock. */
export interface Clock {
  /** Milliseconds since the epoch, never going backwards. */
  now(): number;
}

/** The real clock: monotonic, anchored at the process start's wall time. */
export const systemClock: Clock = {
  now: () => performance.timeOrigin + performance.now(),
};

/** A clock that moves only when told to, for tests. */
export class ManualClock implements Clock {
  constructor(private t = 1_700_000_000_000) {}
  now(): number {
    return this.t;
  }
  /** Moves the clock forward by `ms`. */
  advance(ms: number): void {
    this.t += ms;
  }
}
