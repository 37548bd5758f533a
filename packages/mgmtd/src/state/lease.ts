// Pure primary lease rule of mgmtd: when a lease granted with a heartbeat reply has surely run out.

/**
 * The mgmtd clock time at which a lease of `leaseMs` granted at `grantedAtMs` has surely run
 * out on the node: the node counts it from when it sent the heartbeat (before mgmtd received
 * it), and a margin of 10% + 500 ms covers clocks that run at slightly different rates.
 */
export function leaseOverAt(grantedAtMs: number, leaseMs: number): number {
  return grantedAtMs + leaseMs + leaseMs / 10 + 500;
}
