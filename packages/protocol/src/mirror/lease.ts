// The primary lease of a buddy-mirror member: granted by mgmtd's heartbeat replies, counted from send time on a monotonic clock.
import { performance } from 'node:perf_hooks';

/** A monotonic clock in milliseconds (performance.now() unless a test injects one). */
export type MonotonicClock = () => number;

/**
 * The lease a node holds as primary of its buddy groups. Every heartbeat reply carrying
 * `leaseMs` renews it until `sentAtMs + leaseMs`, where `sentAtMs` is when the heartbeat was
 * SENT (network delay only shortens the lease). A reply may name the map version it was granted
 * at: the lease counts only once the node's own map is at least that new, so a node never acts
 * as primary on a map older than the one mgmtd granted the lease for.
 */
export class LeaseHolder {
  private expiresAt = -Infinity;
  private grantedAtVersion = 0;

  constructor(private readonly now: MonotonicClock = () => performance.now()) {}

  /** Records a lease of `leaseMs` granted by a reply to a heartbeat sent at `sentAtMs` (this clock). 0: no lease. */
  grant(leaseMs: number, sentAtMs: number, mapVersion = 0): void {
    if (!(leaseMs > 0)) return;
    const until = sentAtMs + leaseMs;
    if (until > this.expiresAt) this.expiresAt = until;
    if (mapVersion > this.grantedAtVersion) this.grantedAtVersion = mapVersion;
  }

  /** Whether the lease holds now for a node whose map has version `mapVersion` (default: any). */
  valid(mapVersion = Number.POSITIVE_INFINITY): boolean {
    return this.now() < this.expiresAt && mapVersion >= this.grantedAtVersion;
  }

  /** Milliseconds the lease has left (0 when expired or never granted). */
  remainingMs(): number {
    return Math.max(0, this.expiresAt - this.now());
  }

  /** Drops the lease at once (e.g. at shutdown). */
  revoke(): void {
    this.expiresAt = -Infinity;
  }
}
