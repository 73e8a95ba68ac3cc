import { describe, expect, it } from '@jest/globals';
import { monthWindows } from './months.js';

describe('monthWindows (the on-time-rate chart\'s months)', () => {
  it('given no period, shows the twelve months up to asOf, in Beijing time', () => {
    // 2025-10-31T20:00Z is already November 1st in Beijing.
    const months = monthWindows({ asOf: '2025-10-31T20:00:00Z' });
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ label: '2024-12', from: '2024-12-01T00:00:00+08:00', to: '2024-12-31T23:59:59.999+08:00' });
    expect(months[11]!.label).toBe('2025-11');
  });

  it('given a period, shows its months cut to the period, February of a leap year included', () => {
    const months = monthWindows({ asOf: '2026-11-23T00:00:00Z', from: '2024-01-15', to: '2024-03-10' });
    expect(months.map((m) => [m.label, m.from, m.to])).toEqual([
      ['2024-01', '2024-01-15T00:00:00+08:00', '2024-01-31T23:59:59.999+08:00'],
      ['2024-02', '2024-02-01T00:00:00+08:00', '2024-02-29T23:59:59.999+08:00'],
      ['2024-03', '2024-03-01T00:00:00+08:00', '2024-03-10T23:59:59.999+08:00'],
    ]);
  });

  it('keeps the latest 24 months of a longer period, across a year end', () => {
    const months = monthWindows({ asOf: '2026-11-23T00:00:00Z', from: '2020-01-01', to: '2025-12-31' });
    expect(months).toHaveLength(24);
    expect(months[0]!.label).toBe('2024-01');
    expect(months[23]!.label).toBe('2025-12');
  });
});
