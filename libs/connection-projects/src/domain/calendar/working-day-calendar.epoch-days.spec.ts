import { fromEpochDay, instantMs, shanghaiEpochDay } from './local-date.js';
import { prcCalendar } from './prc-calendar.js';
import { WorkingDayCalendar } from './working-day-calendar.js';

/** Epoch days and their working-day counts: what the in-memory SLA clocks count with (once `WorkingDayOrdinals`). */
const day = (date: string) => shanghaiEpochDay(instantMs(`${date}T12:00:00+08:00`));

describe('working days between epoch days', () => {
  it('given instants either side of Shanghai midnight then they fall on the Shanghai day', () => {
    expect(fromEpochDay(shanghaiEpochDay(instantMs('2025-09-30T16:00:00Z')))).toBe('2025-10-01');
    expect(fromEpochDay(shanghaiEpochDay(instantMs('2025-09-30T15:59:59.999Z')))).toBe('2025-09-30');
  });

  it('given the National Day holiday then Sep 30 → Oct 13 counts Oct 9, 10, the worked Sat 11 and 13 = 4', () => {
    expect(prcCalendar.workingDaysBetweenEpochDays(day('2025-09-30'), day('2025-10-13'))).toBe(4);
  });

  it('given a later or equal `from` then 0, as the calendar says', () => {
    expect(prcCalendar.workingDaysBetweenEpochDays(day('2025-10-13'), day('2025-09-30'))).toBe(0);
    expect(prcCalendar.workingDaysBetweenEpochDays(day('2025-10-13'), day('2025-10-13'))).toBe(0);
  });

  it('given every pair of days over 2020–2031 (sampled) then it equals the count by dates, across estimated years', () => {
    const start = day('2020-01-01');
    for (let from = start; from < start + 12 * 365; from += 73) {
      for (let to = from - 40; to < start + 12 * 365; to += 97) {
        expect(prcCalendar.workingDaysBetweenEpochDays(from, to)).toBe(prcCalendar.workingDaysBetween(fromEpochDay(from), fromEpochDay(to)));
      }
    }
  });

  it('given days far outside the data years then Monday–Friday count: 2030-01-01 (Tue) → 2030-01-14 (Mon) = 9', () => {
    expect(prcCalendar.workingDaysBetweenEpochDays(day('2030-01-01'), day('2030-01-14'))).toBe(9);
    // 2020-01-03 (Fri) → 2020-01-13 (Mon): 6, 7, 8, 9, 10, 13.
    expect(prcCalendar.workingDaysBetweenEpochDays(day('2020-01-03'), day('2020-01-13'))).toBe(6);
  });

  it('given spans reaching into the precomputed years from either side then both parts count', () => {
    // Fri 2023-12-29 → Wed 2024-01-03: Jan 1 2024 (no data: a Monday counts), 2, 3.
    expect(prcCalendar.workingDaysBetweenEpochDays(day('2023-12-29'), day('2024-01-03'))).toBe(3);
    // Fri 2024-12-27 → Mon 2025-01-06: Dec 30, 31; 2025: Jan 1 off, Jan 2, 3, 6.
    expect(prcCalendar.workingDaysBetweenEpochDays(day('2024-12-27'), day('2025-01-06'))).toBe(5);
    // Thu 2027-12-30 → Tue 2028-01-04: Dec 31, Jan 3, 4 (Sat 1, Sun 2 off).
    expect(prcCalendar.workingDaysBetweenEpochDays(day('2027-12-30'), day('2028-01-04'))).toBe(3);
  });

  it('given a calendar without data then Monday–Friday count, as the walk gives', () => {
    expect(new WorkingDayCalendar([]).workingDaysBetweenEpochDays(day('2025-09-30'), day('2025-10-13'))).toBe(9);
  });
});
