import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CalendarYearData, validateCalendarYear } from '../../domain/calendar/calendar-year.js';
import { prcCalendar } from '../../domain/calendar/prc-calendar.js';
import type { WorkingDayCalendar } from '../../domain/calendar/working-day-calendar.js';

const YEAR_FILE = /^(\d{4})\.json$/;

export class CalendarFileError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`Calendar file ${file}: ${problems.join('; ')}`);
    this.name = 'CalendarFileError';
  }
}

/**
 * Reads every `<year>.json` in `dir` (same shape as CalendarYearData), so that an operator can add next year's notice,
 * or correct a shipped one, by dropping in a data file with no code change (SPEC §6). Other files are ignored. A bad file
 * fails loudly at start-up: a silently skipped year would move deadlines.
 */
export const loadCalendarYearFiles = (dir: string): CalendarYearData[] =>
  readdirSync(dir)
    .filter((name) => YEAR_FILE.test(name))
    .sort()
    .map((name) => readYearFile(join(dir, name), Number(YEAR_FILE.exec(name)?.[1])));

/** The shipped calendar, with the years found in `dir` (when given) added or replacing shipped ones. */
export const loadWorkingDayCalendar = (dir?: string): WorkingDayCalendar =>
  dir ? prcCalendar.withYears(loadCalendarYearFiles(dir)) : prcCalendar;

const readYearFile = (file: string, yearInName: number): CalendarYearData => {
  let data: CalendarYearData;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as CalendarYearData;
  } catch (error) {
    throw new CalendarFileError(file, [`unreadable JSON: ${(error as Error).message}`]);
  }
  const problems = validateCalendarYear(data);
  if (problems.length === 0 && data.year !== yearInName) problems.push(`holds year ${data.year}, not ${yearInName}`);
  if (problems.length > 0) throw new CalendarFileError(file, problems);
  return data;
};
