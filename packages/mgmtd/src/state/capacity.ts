// Pure capacity pool classification: normal, low or emergency by free space and free inodes.
import { hivefs } from '@hivefs/protocol';
import type { CapacityLimits } from './limits.js';

const P = hivefs.CapacityPool;

/** The figures capacity pools are computed from (a subset of TargetSpace). */
export interface SpaceFigures {
  freeBytes?: number | null;
  totalInodes?: number | null;
  freeInodes?: number | null;
}

/** The worse of two pools (emergency > low > normal). */
export function worsePool(a: hivefs.CapacityPool, b: hivefs.CapacityPool): hivefs.CapacityPool {
  return Math.max(a, b) as hivefs.CapacityPool;
}

function classify(free: number, low: number, emergency: number): hivefs.CapacityPool {
  if (free < emergency) return P.EMERGENCY;
  if (free < low) return P.LOW;
  return P.NORMAL;
}

/**
 * The capacity pool of a target from its last report: the worse of its space pool and its
 * inode pool. No report yet -> emergency. A file system that reports zero total inodes has no
 * inode limit, so only its space counts.
 */
export function capacityPoolOf(space: SpaceFigures | undefined, limits: CapacityLimits): hivefs.CapacityPool {
  if (!space) return P.EMERGENCY;
  const bySpace = classify(space.freeBytes ?? 0, limits.spaceLow, limits.spaceEmergency);
  if (!space.totalInodes) return bySpace;
  return worsePool(bySpace, classify(space.freeInodes ?? 0, limits.inodesLow, limits.inodesEmergency));
}

/** Display name of a capacity pool (`normal`, `low`, `emergency`). */
export function capacityPoolName(p: hivefs.CapacityPool): string {
  return p === P.NORMAL ? 'normal' : p === P.LOW ? 'low' : p === P.EMERGENCY ? 'emergency' : 'unknown';
}
