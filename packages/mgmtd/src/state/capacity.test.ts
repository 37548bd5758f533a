// Pure capacity pool classification.
import { hivefs } from '@hivefs/protocol';
import { describe, expect, it } from 'vitest';
import { capacityPoolOf, worsePool } from './capacity.js';

const P = hivefs.CapacityPool;
const G = 1024 ** 3;
const limits = { spaceLow: 10 * G, spaceEmergency: G, inodesLow: 1000, inodesEmergency: 100 };
const fig = (freeBytes: number, freeInodes: number, totalInodes = 10_000) => ({ freeBytes, freeInodes, totalInodes });

describe('capacityPoolOf', () => {
  it('puts a target without a report in the emergency pool', () => {
    expect(capacityPoolOf(undefined, limits)).toBe(P.EMERGENCY);
  });

  it('classifies by free space against the low and emergency limits', () => {
    expect(capacityPoolOf(fig(10 * G, 5000), limits)).toBe(P.NORMAL);
    expect(capacityPoolOf(fig(10 * G - 1, 5000), limits)).toBe(P.LOW);
    expect(capacityPoolOf(fig(G, 5000), limits)).toBe(P.LOW);
    expect(capacityPoolOf(fig(G - 1, 5000), limits)).toBe(P.EMERGENCY);
  });

  it('takes the worse of the space pool and the inode pool', () => {
    expect(capacityPoolOf(fig(20 * G, 999), limits)).toBe(P.LOW);
    expect(capacityPoolOf(fig(20 * G, 99), limits)).toBe(P.EMERGENCY);
    expect(capacityPoolOf(fig(5 * G, 99), limits)).toBe(P.EMERGENCY);
    expect(capacityPoolOf(fig(G - 1, 5000), limits)).toBe(P.EMERGENCY);
  });

  it('ignores inodes on a file system that reports no inode total', () => {
    expect(capacityPoolOf(fig(20 * G, 0, 0), limits)).toBe(P.NORMAL);
  });

  it('orders pools normal < low < emergency', () => {
    expect(worsePool(P.NORMAL, P.LOW)).toBe(P.LOW);
    expect(worsePool(P.EMERGENCY, P.LOW)).toBe(P.EMERGENCY);
    expect(worsePool(P.NORMAL, P.NORMAL)).toBe(P.NORMAL);
  });
});
