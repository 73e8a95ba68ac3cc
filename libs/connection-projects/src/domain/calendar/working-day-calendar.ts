import { type CalendarYearData, expandSpan, validateCalendarYear } from './calendar-year.js';
import { daysBetween, epochDay, fromEpochDay, isWeekend, type LocalDate, yearOf } from './local-date.js';
import { WorkingDayTable } from './working-day-table.js';

interface YearDays {
  data: CalendarYearData;
  off: ReadonlySet<LocalDate>;
  worked: ReadonlySet<LocalDate>;
}

export class InvalidCalendarDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid working-day calendar data: ${problems.join('; ')}`);
    this.name = 'InvalidCalendarDataError';
  }
}

/**
 * Working days in Asia/Shanghai per the PRC public-holiday calendar (SPEC §6). Pure and immutable: built from year data,
 * never reads files or the clock.
 *
 * A date in a year without data is a working day when it falls Monday–Friday; `isEstimated` tells the caller so, and it
 * is never an error (a clock must keep running on 1 January even if next year's notice has not been loaded).
 */
export class WorkingDayCalendar {
  private readonly byYear: ReadonlyMap<number, YearDays>;
  /** Every day's status over the data's years (± one), precomputed from `isWorkingDayByRule`; outside it, the rule. */
  private readonly table: WorkingDayTable | undefined;

  /** Throws InvalidCalendarDataError when a year is malformed or given twice. */
  constructor(years: Iterable<CalendarYearData>) {
    const byYear = new Map<number, YearDays>();
    const problems: string[] = [];
    for (const data of years) {
      const found = validateCalendarYear(data);
      if (found.length > 0) problems.push(...found.map((p) => `${data?.year}: ${p}`));
      else if (byYear.has(data.year)) problems.push(`${data.year}: given twice`);
      else byYear.set(data.year, toYearDays(data));
    }
    if (problems.length > 0) throw new InvalidCalendarDataError(problems);
    this.byYear = byYear;
    this.table = WorkingDayTable.over(this.years(), (day) => this.isWorkingDayByRule(fromEpochDay(day)));
  }

  /** A calendar with these years added, replacing any year already present (e.g. a corrected notice). */
  withYears(years: Iterable<CalendarYearData>): WorkingDayCalendar {
    const replacing = [...years];
    const replaced = new Set(replacing.map((y) => y.year));
    const kept = [...this.byYear.values()].map((y) => y.data).filter((d) => !replaced.has(d.year));
    return new WorkingDayCalendar([...kept, ...replacing]);
  }

  /** Years with data, ascending. */
  years(): number[] {
    return [...this.byYear.keys()].sort((a, b) => a - b);
  }

  /** The published notice a year's data comes from, or undefined for a year without data. */
  sourceOf(year: number): CalendarYearData['source'] | undefined {
    return this.byYear.get(year)?.data.source;
  }

  hasDataFor(year: number): boolean {
    return this.byYear.has(year);
  }

  /** True when the date falls in a year with no data, so its working status is a Monday–Friday guess. */
  isEstimated(date: LocalDate): boolean {
    return !this.byYear.has(yearOf(date));
  }

  /** True when any day from `from` to `to` (inclusive, either order) falls in a year with no data. */
  isEstimatedBetween(from: LocalDate, to: LocalDate): boolean {
    const [first, last] = daysBetween(from, to) >= 0 ? [yearOf(from), yearOf(to)] : [yearOf(to), yearOf(from)];
    for (let year = first; year <= last; year++) if (!this.byYear.has(year)) return true;
    return false;
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.isWorkingEpochDay(epochDay(date));
  }

  /** The N-th working day after `date` (the date itself never counts); `date` itself when N is 0. */
  addWorkingDays(date: LocalDate, workingDays: number): LocalDate {
    if (!Number.isInteger(workingDays) || workingDays < 0) {
      throw new RangeError(`Working days must be a whole number ≥ 0: ${workingDays}`);
    }
    if (workingDays === 0) return date;
    let day = epochDay(date);
    for (let counted = 0; counted < workingDays; ) {
      day += 1;
      if (this.isWorkingEpochDay(day)) counted++;
    }
    return fromEpochDay(day);
  }

  /** Working days after `from` up to and including `to` (SPEC §5 durations); 0 when `to` is not after `from`. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    return this.workingDaysBetweenEpochDays(epochDay(from), epochDay(to));
  }

  /**
   * `workingDaysBetween` on epoch days, in O(1): the table's running count inside it and, outside it, where every day
   * lies in a year without data, a count of Mondays–Fridays. Dashboards ask it for every open clock.
   */
  workingDaysBetweenEpochDays(first: number, last: number): number {
    if (last <= first) return 0;
    const table = this.table;
    if (table === undefined) {
      let count = 0;
      for (let day = first + 1; day <= last; day++) if (this.isWorkingEpochDay(day)) count++;
      return count;
    }
    const before = table.firstDay - 1;
    const clamp = (day: number) => Math.min(Math.max(day, before), table.lastDay);
    let count = table.countThrough(clamp(last)) - table.countThrough(clamp(first));
    if (first < before) count += weekdaysBetween(first, Math.min(last, before));
    if (last > table.lastDay) count += weekdaysBetween(Math.max(first, table.lastDay), last);
    return count;
  }

  /** The last working day strictly between `after` and `before`, or undefined when there is none. */
  lastWorkingDayBetween(after: LocalDate, before: LocalDate): LocalDate | undefined {
    const first = epochDay(after);
    for (let day = epochDay(before) - 1; day > first; day--) {
      if (this.isWorkingEpochDay(day)) return fromEpochDay(day);
    }
    return undefined;
  }

  private isWorkingEpochDay(day: number): boolean {
    return this.table?.isWorkingDay(day) ?? this.isWorkingDayByRule(fromEpochDay(day));
  }

  /** The definition (SPEC §6): the year's notice first, then Monday–Friday. The table is filled from it. */
  private isWorkingDayByRule(date: LocalDate): boolean {
    const year = this.byYear.get(yearOf(date));
    if (year?.off.has(date)) return false;
    if (year?.worked.has(date)) return true;
    return !isWeekend(date);
  }
}

/** Mondays–Fridays after epoch day `first` up to and including `last` (epoch day 0, 1970-01-01, was a Thursday). */
const weekdaysBetween = (first: number, last: number): number => weekdaysBefore(last + 1) - weekdaysBefore(first + 1);

/** Mondays–Fridays among the epoch days before `day`, counted from a Monday (epoch day -3) for whole weeks. */
const weekdaysBefore = (day: number): number => {
  const sinceMonday = day + 3;
  const weeks = Math.floor(sinceMonday / 7);
  return weeks * 5 + Math.min(sinceMonday - weeks * 7, 5);
};

const toYearDays = (data: CalendarYearData): YearDays => ({
  data,
  off: new Set(data.daysOff.flatMap(expandSpan)),
  worked: new Set(data.workingWeekendDays.flatMap(expandSpan)),
});
