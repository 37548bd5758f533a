// Thresholds of the state machine: heartbeat timeouts and capacity pool limits.

/** Free space (bytes) and free inode thresholds of one kind of target. */
export interface CapacityLimits {
  spaceLow: number;
  spaceEmergency: number;
  inodesLow: number;
  inodesEmergency: number;
}

/** Everything the pure state functions need to know about the config. */
export interface StateLimits {
  /** Heartbeat age after which an entity is Probably-offline. */
  probablyOfflineMs: number;
  /** Heartbeat age after which an entity is Offline (> probablyOfflineMs). */
  offlineMs: number;
  /** Heartbeat age after which a client is dropped. */
  clientTimeoutMs: number;
  /** Primary lease granted with each heartbeat reply of a meta or storage node. */
  leaseMs: number;
  storage: CapacityLimits;
  meta: CapacityLimits;
}
