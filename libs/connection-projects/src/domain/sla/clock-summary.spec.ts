import { averageRounded, nearestRankPercentile, summarizeClocks } from './clock-summary.js';
import type { ClockStatus, EvaluatedClock } from './sla-clock.js';

const clock = (status: ClockStatus, elapsedWorkingDays: number): EvaluatedClock => ({
  name: 'schemeReply',
  status,
  startedAt: '2025-03-03T10:00:00+08:00',
  deadline: '2025-03-06T23:59:59.999+08:00',
  elapsedWorkingDays,
  pausedDays: 0,
});

describe('SLA dashboard summary of one clock', () => {
  it('given no clocks then counts are 0 and rates and durations are null', () => {
    expect(summarizeClocks([])).toEqual({
      open: 0, paused: 0, dueSoon: 0, overdue: 0, metOnTime: 0, metLate: 0, onTimeRate: null, avgWorkingDays: null, p90WorkingDays: null,
    });
  });

  it('given a mix then open = running + dueSoon + overdue and on-time rate = metOnTime / (metOnTime + metLate + overdue)', () => {
    const clocks = [
      clock('running', 2), clock('dueSoon', 1), clock('overdue', 10), clock('metOnTime', 3), clock('metOnTime', 4), clock('metLate', 8),
    ];
    expect(summarizeClocks(clocks)).toEqual({
      open: 3,
      paused: 0,
      dueSoon: 1,
      overdue: 1,
      metOnTime: 2,
      metLate: 1,
      onTimeRate: 0.5, // 2 / (2 + 1 + 1)
      avgWorkingDays: 4.67, // 28 / 6 over all clocks, running ones included
      p90WorkingDays: 10, // nearest rank ceil(0.9 × 6) = 6th of [1,2,3,4,8,10]
    });
  });

  it('given only running and dueSoon clocks then the on-time rate is null but durations are still reported', () => {
    expect(summarizeClocks([clock('running', 1), clock('dueSoon', 2)])).toMatchObject({
      open: 2, onTimeRate: null, avgWorkingDays: 1.5, p90WorkingDays: 2,
    });
  });

  it('given only overdue clocks then the on-time rate is 0, not null', () => {
    expect(summarizeClocks([clock('overdue', 5)]).onTimeRate).toBe(0);
  });
});

describe('duration statistics', () => {
  it('given 1..10 then the nearest-rank p90 is the 9th value; given 20 values it is the 18th; given one value it is that value', () => {
    const oneToTen = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    expect(nearestRankPercentile(oneToTen, 90)).toBe(9);
    expect(nearestRankPercentile(Array.from({ length: 20 }, (_, i) => i + 1), 90)).toBe(18);
    expect(nearestRankPercentile([7], 90)).toBe(7);
    expect(nearestRankPercentile([], 90)).toBeNull();
  });

  it('given durations then the average is rounded to 2 decimals', () => {
    expect(averageRounded([1, 1, 2])).toBe(1.33);
    expect(averageRounded([2, 3])).toBe(2.5);
    expect(averageRounded([])).toBeNull();
  });
});
