import { DAY_MS } from './local-date.js';

/** At most this many years are tabulated (~37 KB); a calendar spanning more keeps answering by rule. */
const MAX_YEARS = 50;

/**
 * Each day's working status over a run of years, and the running count of working days, indexed by epoch day. Counting
 * working days between two days becomes one subtraction instead of a walk over every day (the walk was most of a
 * project-view query). Filled once from the calendar's own definition, so it cannot disagree with it.
 */
export class WorkingDayTable {
  private constructor(
    /** The first and last epoch days tabulated. */
    readonly firstDay: number,
    private readonly working: Uint8Array,
    /** cumulative[i] = working days among firstDay … firstDay + i, inclusive. */
    private readonly cumulative: Int32Array,
  ) {}

  /**
   * The table from 1 January of the year before the first data year to 31 December of the year after the last one
   * (clocks started late in a year run into the next), or undefined when there is no data or the span is too long.
   */
  static over(years: readonly number[], isWorkingDay: (epochDay: number) => boolean): WorkingDayTable | undefined {
    if (years.length === 0) return undefined;
    const firstYear = Math.min(...years) - 1;
    const lastYear = Math.max(...years) + 1;
    if (firstYear < 100 || lastYear - firstYear + 1 > MAX_YEARS) return undefined;
    const firstDay = Date.UTC(firstYear, 0, 1) / DAY_MS;
    const length = Date.UTC(lastYear + 1, 0, 1) / DAY_MS - firstDay;
    const working = new Uint8Array(length);
    const cumulative = new Int32Array(length);
    let count = 0;
    for (let i = 0; i < length; i++) {
      if (isWorkingDay(firstDay + i)) {
        working[i] = 1;
        count++;
      }
      cumulative[i] = count;
    }
    return new WorkingDayTable(firstDay, working, cumulative);
  }

  get lastDay(): number {
    return this.firstDay + this.working.length - 1;
  }

  /** Working days from the first day tabulated up to and including `day`, clamped to the table (0 before it). */
  countThrough(day: number): number {
    const i = day - this.firstDay;
    return i < 0 ? 0 : this.cumulative[Math.min(i, this.cumulative.length - 1)];
  }

  /** The day's status, or undefined when the day lies outside the table. */
  isWorkingDay(epochDay: number): boolean | undefined {
    const i = epochDay - this.firstDay;
    return i >= 0 && i < this.working.length ? this.working[i] === 1 : undefined;
  }
}
