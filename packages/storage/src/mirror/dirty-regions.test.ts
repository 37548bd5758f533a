// DirtyRegions: the changed regions of dirty chunk files, whole-file fallbacks, take and restore.
import { describe, expect, it } from 'vitest';
import { DirtyRegions, MAX_REGIONS_PER_FILE, REGION_BYTES } from './dirty-regions.js';

const R = REGION_BYTES;
const sorted = (r: ReturnType<DirtyRegions['take']>): number[] | 'all' => (r === 'all' ? r : [...r].sort((a, b) => a - b));

describe('DirtyRegions', () => {
  it('records the regions a write touches, across region borders', () => {
    const d = new DirtyRegions();
    d.write('a', 10, 100);
    d.write('a', 3 * R - 1, 2); // ends in the next region
    d.write('b', 5 * R, R); // exactly one region
    expect(sorted(d.take('a'))).toEqual([0, 2, 3]);
    expect(sorted(d.take('b'))).toEqual([5]);
  });

  it('unknown entries, truncates, unlinks and too many regions mean the whole chunk file', () => {
    const d = new DirtyRegions();
    expect(d.take('never-seen')).toBe('all');
    d.write('t', 0, 10);
    d.whole('t');
    d.write('t', R, 10); // stays whole
    expect(d.take('t')).toBe('all');
    d.write('big', 0, (MAX_REGIONS_PER_FILE + 1) * R);
    expect(d.take('big')).toBe('all');
  });

  it('take forgets, restore puts back merged with what changed meanwhile, clear forgets everything', () => {
    const d = new DirtyRegions();
    d.write('a', 0, 1);
    const taken = d.take('a');
    expect(d.take('a')).toBe('all'); // nothing known any more
    d.write('a', 4 * R, 1);
    d.restore('a', taken);
    expect(sorted(d.peek('a'))).toEqual([0, 4]);
    d.clear();
    expect(d.peek('a')).toBe('all');
  });
});
