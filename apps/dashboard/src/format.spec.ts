import { describe, expect, it } from '@jest/globals';
import { formatDate, formatInstant, formatRate, fromLocalInput, toLocalInput } from './format.js';

describe('Beijing-time formatting', () => {
  it('shows a deadline instant as its Shanghai day, whatever the offset it was written with', () => {
    expect(formatDate('2025-10-15T15:59:59.999Z')).toBe('2025-10-15');
    expect(formatInstant('2025-10-15T23:59:59.999+08:00')).toBe('2025-10-15 23:59');
  });

  it('reads a datetime-local value as Beijing time and writes it back the same', () => {
    expect(fromLocalInput('2025-10-09T12:30')).toBe('2025-10-09T12:30:00+08:00');
    expect(toLocalInput('2025-10-09T04:30:00Z')).toBe('2025-10-09T12:30');
    expect(fromLocalInput('not a time')).toBeNull();
  });

  it('shows an on-time rate as a percentage with one decimal, and no rate as a dash', () => {
    expect(formatRate(6 / 7)).toBe('85.7%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(null)).toBe('—');
  });
});
