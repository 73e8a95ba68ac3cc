import { describe, expect, it } from '@jest/globals';
import { distribution, median, percentile } from './stats.js';

describe('stats', () => {
  it('takes nearest-rank percentiles of an ascending sample', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
  });

  it('summarises an unsorted sample', () => {
    expect(distribution([3, 1, 2, 10])).toEqual({ count: 4, mean: 4, p50: 2, p90: 10, p99: 10, max: 10 });
  });

  it('takes the median of odd and even samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
