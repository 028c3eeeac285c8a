import { describe, expect, it } from 'vitest';
import { median, ratio } from './stats.ts';

describe('bench statistics', () => {
  it('median of odd and even counts, ignoring nulls', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });
  it('ratio guards a zero baseline', () => {
    expect(ratio(110, 100)).toBeCloseTo(1.1);
    expect(ratio(1, 0)).toBeNaN();
  });
});
