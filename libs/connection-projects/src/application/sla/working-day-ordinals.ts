import { prcCalendar, type LocalDate, type WorkingDayCalendar } from '../../domain/calendar/index.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The Shanghai calendar day of an epoch-ms instant, as a day number (days since 1970-01-01). */
export const shanghaiDayNumber = (ms: number): number => Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);

/** The `YYYY-MM-DD` of a day number. */
export const localDateOfDay = (day: number): LocalDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * `workingDaysBetween` in O(1): a running count of working days per day number over the span seen so far, so that
 * the working days after `from` up to and including `to` are one subtraction. The calendar walks day by day, which is
 * what made a dashboard cost ~0.5 s (hundreds of distinct start days × hundreds of days each). The span grows on
 * demand; beyond `maxSpanDays` (an `asOf` centuries away) it asks the calendar itself, as slow as before but right.
 */
export class WorkingDayOrdinals {
  private first = 0;
  /** counts[i] = working days from `first` up to and including `first + i`. */
  private counts = new Int32Array(0);

  constructor(
    private readonly calendar: WorkingDayCalendar = prcCalendar,
    private readonly maxSpanDays = 100 * 366,
  ) {}

  /** Working days after day `from` up to and including day `to` (SPEC §5 durations); 0 when `to` is not after `from`. */
  between(from: number, to: number): number {
    if (to <= from) return 0;
    if (!this.covers(from, to) && !this.grow(from, to)) {
      return this.calendar.workingDaysBetween(localDateOfDay(from), localDateOfDay(to));
    }
    return this.counts[to - this.first] - this.counts[from - this.first];
  }

  private covers(from: number, to: number): boolean {
    return from >= this.first && to < this.first + this.counts.length;
  }

  /** Recounts over the union of the current span and [from, to], with a year's margin; false when too wide. */
  private grow(from: number, to: number): boolean {
    const empty = this.counts.length === 0;
    const first = Math.min(empty ? from : this.first, from) - 366;
    const last = Math.max(empty ? to : this.first + this.counts.length - 1, to) + 366;
    if (last - first + 1 > this.maxSpanDays) return false;
    const counts = new Int32Array(last - first + 1);
    let running = 0;
    for (let i = 0; i < counts.length; i++) {
      if (this.calendar.isWorkingDay(localDateOfDay(first + i))) running++;
      counts[i] = running;
    }
    this.first = first;
    this.counts = counts;
    return true;
  }
}
