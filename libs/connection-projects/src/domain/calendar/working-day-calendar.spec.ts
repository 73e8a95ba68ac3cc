import type { CalendarYearData } from './calendar-year.js';
import { prcCalendar } from './prc-calendar.js';
import { InvalidCalendarDataError, WorkingDayCalendar } from './working-day-calendar.js';

const calendar = prcCalendar;

const notice2027: CalendarYearData = {
  year: 2027,
  source: { title: 'test notice for 2027', date: '2026-11-01' },
  daysOff: [{ from: '2027-10-01', to: '2027-10-07' }],
  workingWeekendDays: ['2027-10-09'],
};

describe('PRC working days: 2025 National Day (Oct 1–8 off; Sun Sep 28 and Sat Oct 11 worked)', () => {
  it.each([
    ['2025-09-27', false, 'an ordinary Saturday'],
    ['2025-09-28', true, 'Sunday worked in exchange (调休上班)'],
    ['2025-09-30', true, 'a Tuesday'],
    ['2025-10-01', false, 'National Day'],
    ['2025-10-06', false, 'Monday inside the holiday'],
    ['2025-10-08', false, 'last day of the holiday, a Wednesday'],
    ['2025-10-09', true, 'Thursday after the holiday'],
    ['2025-10-11', true, 'Saturday worked in exchange'],
    ['2025-10-12', false, 'an ordinary Sunday'],
  ])('given %s when asked then working is %s (%s)', (date, working) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
    expect(calendar.isEstimated(date)).toBe(false);
  });
});

describe('PRC working days: 2026 Spring Festival (Feb 15–23 off; Sat Feb 14 and Sat Feb 28 worked)', () => {
  it.each([
    ['2026-02-13', true],
    ['2026-02-14', true], // Saturday worked
    ['2026-02-15', false],
    ['2026-02-23', false], // Monday, last day off
    ['2026-02-24', true],
    ['2026-02-28', true], // Saturday worked
    ['2026-03-01', false], // ordinary Sunday
  ])('given %s when asked then working is %s', (date, working) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
  });
});

describe('a year with no data (2027)', () => {
  it('given 2027 dates when asked then Monday–Friday are working days and every date is estimated', () => {
    expect(calendar.hasDataFor(2027)).toBe(false);
    expect(calendar.isWorkingDay('2027-10-01')).toBe(true); // a Friday: no holiday is known
    expect(calendar.isWorkingDay('2027-01-02')).toBe(false); // a Saturday
    expect(calendar.isEstimated('2027-10-01')).toBe(true);
    expect(calendar.isEstimated('2026-12-31')).toBe(false);
  });

  it('given a range when asked then it is estimated only if some year in it has no data', () => {
    expect(calendar.isEstimatedBetween('2025-01-01', '2026-12-31')).toBe(false);
    expect(calendar.isEstimatedBetween('2026-12-30', '2027-01-04')).toBe(true);
    expect(calendar.isEstimatedBetween('2025-01-02', '2024-12-31')).toBe(true); // either order
  });

  it('given the 2027 notice added when asked then its holidays apply and nothing is estimated', () => {
    const with2027 = calendar.withYears([notice2027]);
    expect(with2027.years()).toEqual([2025, 2026, 2027]);
    expect(with2027.isWorkingDay('2027-10-01')).toBe(false);
    expect(with2027.isWorkingDay('2027-10-09')).toBe(true);
    expect(with2027.isEstimated('2027-10-01')).toBe(false);
    expect(calendar.hasDataFor(2027)).toBe(false); // the shipped calendar is unchanged
  });
});

describe('counting working days (the start day never counts)', () => {
  it('given Tue 2025-09-30 when adding 3 working days then it is Sat 2025-10-11 (Oct 9 Thu, Oct 10 Fri, Oct 11 worked Sat)', () => {
    expect(calendar.addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
  });

  it('given a start on a holiday when adding 1 working day then it is the first working day after the holiday', () => {
    expect(calendar.addWorkingDays('2025-10-03', 1)).toBe('2025-10-09');
  });

  it('given a start on a worked Saturday when adding 1 working day then that Saturday does not count', () => {
    expect(calendar.addWorkingDays('2025-10-11', 1)).toBe('2025-10-13');
  });

  it('given 0 working days when adding then it is the start day; given a negative count then it is refused', () => {
    expect(calendar.addWorkingDays('2025-10-03', 0)).toBe('2025-10-03');
    expect(() => calendar.addWorkingDays('2025-10-03', -1)).toThrow(RangeError);
  });

  it('given two days when counting between them then days after the first up to and including the last count', () => {
    expect(calendar.workingDaysBetween('2025-09-30', '2025-10-11')).toBe(3);
    expect(calendar.workingDaysBetween('2025-09-26', '2025-09-30')).toBe(3); // Sep 28 (Sun, worked), 29, 30
    expect(calendar.workingDaysBetween('2025-09-30', '2025-09-30')).toBe(0);
    expect(calendar.workingDaysBetween('2025-10-11', '2025-09-30')).toBe(0);
  });

  it('given a deadline day when asking the last working day strictly between then holidays are skipped', () => {
    expect(calendar.lastWorkingDayBetween('2025-09-30', '2025-10-11')).toBe('2025-10-10');
    expect(calendar.lastWorkingDayBetween('2026-02-12', '2026-02-24')).toBe('2026-02-14');
    expect(calendar.lastWorkingDayBetween('2025-09-30', '2025-10-09')).toBeUndefined();
  });
});

describe('building a calendar', () => {
  it('given the same year twice or malformed data when building then InvalidCalendarDataError lists the problems', () => {
    expect(() => new WorkingDayCalendar([notice2027, notice2027])).toThrow(/2027: given twice/);
    const bad = { ...notice2027, workingWeekendDays: ['2027-10-08'] }; // a Friday
    expect(() => new WorkingDayCalendar([bad])).toThrow(InvalidCalendarDataError);
  });

  it('given a corrected year when added then it replaces the shipped one', () => {
    const corrected: CalendarYearData = { ...notice2027, year: 2025, source: { title: 'corrected', date: '2025-01-01' }, daysOff: [], workingWeekendDays: [] };
    const replaced = calendar.withYears([corrected]);
    expect(replaced.isWorkingDay('2025-10-01')).toBe(true);
    expect(replaced.sourceOf(2025)?.title).toBe('corrected');
    expect(calendar.sourceOf(2026)?.date).toBe('2025-11-04');
  });
});
