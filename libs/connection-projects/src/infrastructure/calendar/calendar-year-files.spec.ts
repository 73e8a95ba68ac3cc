import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prcCalendar } from '../../domain/calendar/prc-calendar.js';
import { CalendarFileError, loadCalendarYearFiles, loadWorkingDayCalendar } from './calendar-year-files.js';

const notice2027 = {
  year: 2027,
  source: { title: 'test notice for 2027', date: '2026-11-01' },
  daysOff: [{ from: '2027-10-01', to: '2027-10-07' }],
  workingWeekendDays: ['2027-10-09'],
};

describe('calendar year files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'calendar-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('given a 2027.json beside other files when loaded then only the year file is read and its holidays apply', () => {
    writeFileSync(join(dir, '2027.json'), JSON.stringify(notice2027));
    writeFileSync(join(dir, 'README.txt'), 'not a year');
    expect(loadCalendarYearFiles(dir).map((y) => y.year)).toEqual([2027]);

    const calendar = loadWorkingDayCalendar(dir);
    expect(calendar.years()).toEqual([2025, 2026, 2027]);
    expect(calendar.isWorkingDay('2027-10-01')).toBe(false);
    expect(calendar.isEstimated('2027-10-01')).toBe(false);
  });

  it('given no directory when loading the calendar then the shipped calendar is used', () => {
    expect(loadWorkingDayCalendar()).toBe(prcCalendar);
  });

  it('given a file whose name and year differ when loaded then it is refused', () => {
    writeFileSync(join(dir, '2028.json'), JSON.stringify(notice2027));
    expect(() => loadCalendarYearFiles(dir)).toThrow(/holds year 2027, not 2028/);
  });

  it('given malformed JSON or invalid data when loaded then CalendarFileError names the file', () => {
    writeFileSync(join(dir, '2027.json'), '{ not json');
    expect(() => loadCalendarYearFiles(dir)).toThrow(CalendarFileError);
    writeFileSync(join(dir, '2027.json'), JSON.stringify({ ...notice2027, workingWeekendDays: ['2027-10-08'] }));
    expect(() => loadCalendarYearFiles(dir)).toThrow(/2027\.json: workingWeekendDays: 2027-10-08 is not a Saturday or Sunday/);
  });

  it('given a directory that does not exist when loaded then it fails loudly', () => {
    expect(() => loadCalendarYearFiles(join(dir, 'missing'))).toThrow(/ENOENT/);
  });
});
