import { describe, expect, it } from 'vitest';
import { formatInodes, formatPercent, formatSpace } from './units.js';

const GIB = 1024 ** 3;

describe('size formatting', () => {
  it('GiB with one decimal below 1 TiB', () => {
    expect(formatSpace(227.9 * GIB)).toBe('227.9GiB');
    expect(formatSpace(0)).toBe('0.0GiB');
    expect(formatSpace(512 * 1024 ** 2)).toBe('0.5GiB');
    expect(formatSpace(1023.9 * GIB)).toBe('1023.9GiB');
  });

  it('TiB from 1 TiB on', () => {
    expect(formatSpace(1024 * GIB)).toBe('1.0TiB');
    expect(formatSpace(8 * 1024 * GIB + 512 * GIB)).toBe('8.5TiB');
  });

  it('inodes in millions', () => {
    expect(formatInodes(1_234_567)).toBe('1.2M');
    expect(formatInodes(0)).toBe('0.0M');
    expect(formatInodes(292_300_000)).toBe('292.3M');
  });

  it('whole percentages, 0% of nothing', () => {
    expect(formatPercent(200.1, 227.9)).toBe('88%');
    expect(formatPercent(1, 1)).toBe('100%');
    expect(formatPercent(5, 0)).toBe('0%');
  });
});
