import {
  addDays,
  addMonthsClamped,
  dayOfWeek,
  daysBetween,
  endOfDay,
  epochDay,
  fromEpochDay,
  instantMs,
  isLocalDate,
  shanghaiDateOf,
  startOfDay,
  yearOf,
} from './local-date.js';

describe('Shanghai dates of instants (fixed +08:00, no DST)', () => {
  it.each([
    ['2025-09-30T17:00:00Z', '2025-10-01'], // 01:00 on 1 October in Shanghai
    ['2025-09-30T15:59:59.999Z', '2025-09-30'], // one ms before Shanghai midnight
    ['2025-09-30T16:00:00.000Z', '2025-10-01'], // Shanghai midnight
    ['2025-09-30T23:59:59.999+08:00', '2025-09-30'],
    ['2025-10-01T00:00:00+08:00', '2025-10-01'],
    ['2025-10-01T01:00:00+09:00', '2025-10-01'], // = 16:00Z = Shanghai midnight
    ['2025-09-30T12:00:00-05:00', '2025-10-01'], // = 17:00Z
    ['2025-07-01T12:00Z', '2025-07-01'], // seconds are optional in ISO 8601
  ])('given %s when read in Shanghai then the day is %s', (instant, day) => {
    expect(shanghaiDateOf(instant)).toBe(day);
  });

  it('given an instant without an offset when parsed then it is refused (it would depend on the host time zone)', () => {
    expect(() => instantMs('2025-10-01T00:00:00')).toThrow(RangeError);
    expect(() => instantMs('2025-10-01')).toThrow(RangeError);
    expect(() => instantMs('yesterday')).toThrow(RangeError);
  });
});

describe('local date arithmetic', () => {
  it('given a month end when adding one month then the day is clamped to the shorter month', () => {
    expect(addMonthsClamped('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29'); // leap year
    expect(addMonthsClamped('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonthsClamped('2025-12-31', 1)).toBe('2026-01-31'); // across the year end
    expect(addMonthsClamped('2025-08-15', 1)).toBe('2025-09-15');
    expect(addMonthsClamped('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('given dates when adding days and comparing then calendar days are counted across months and years', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2025-09-30', '2025-10-11')).toBe(11);
    expect(daysBetween('2025-10-11', '2025-09-30')).toBe(-11);
  });

  it('given known dates when asking the weekday then Sunday is 0 and Saturday is 6', () => {
    expect(dayOfWeek('2025-10-01')).toBe(3); // Wednesday
    expect(dayOfWeek('2025-09-28')).toBe(0); // Sunday (worked in 2025)
    expect(dayOfWeek('2025-10-11')).toBe(6); // Saturday (worked in 2025)
  });

  it('given a day when asking its bounds then both are written with the +08:00 offset', () => {
    expect(endOfDay('2025-10-11')).toBe('2025-10-11T23:59:59.999+08:00');
    expect(startOfDay('2025-10-11')).toBe('2025-10-11T00:00:00.000+08:00');
    expect(instantMs(endOfDay('2025-10-11')) + 1).toBe(instantMs(startOfDay('2025-10-12')));
  });

  it('given an impossible or malformed date when used then it is refused rather than rolled over', () => {
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2025-2-1')).toBe(false);
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => endOfDay('2025-13-01')).toThrow(RangeError);
  });
});

describe('conversions are remembered, never changed (the memo is bounded and starts over when full)', () => {
  const DAY_MS = 86_400_000;
  const byDate = (t: number) => new Date(t).toISOString().slice(0, 10);
  // Instants spread over 1900–2100 (repeatable; domain/ imports no packages): more days than the memo holds, so answers
  // after it starts over are checked too.
  const FROM = Date.UTC(1900, 0, 1);
  const instants = (count: number): number[] => {
    let seed = 7;
    return Array.from({ length: count }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return FROM + Math.floor((seed / 2 ** 32) * 200 * 365.25 * DAY_MS);
    });
  };

  it('given any instant when read in Shanghai then the day is the one Date gives at +08:00, with its year and weekday', () => {
    const wrong = instants(40_000).filter((t) => {
      const day = shanghaiDateOf(new Date(t).toISOString());
      const expected = new Date(t + 8 * 3_600_000);
      return day !== byDate(expected.getTime()) || yearOf(day) !== expected.getUTCFullYear() || dayOfWeek(day) !== expected.getUTCDay();
    });
    expect(wrong).toEqual([]);
  });

  it('given any day when converted to its epoch day and back then it is the same day, and days add up', () => {
    const wrong = instants(5_000).filter((t, i) => {
      const day = byDate(t);
      const n = (i % 801) - 400;
      const number = epochDay(day);
      return (
        number !== Math.floor(t / DAY_MS) ||
        fromEpochDay(number) !== day ||
        addDays(day, n) !== byDate(t + n * DAY_MS) ||
        daysBetween(day, addDays(day, n)) !== n
      );
    });
    expect(wrong).toEqual([]);
  });

  it('given a malformed date asked twice, before and after valid ones, then it is refused both times', () => {
    for (let asked = 0; asked < 2; asked++) {
      expect(() => epochDay('2025-02-29')).toThrow(RangeError);
      expect(epochDay('2025-02-28') + 1).toBe(epochDay('2025-03-01'));
      expect(isLocalDate('2025-02-29')).toBe(false);
    }
  });
});
