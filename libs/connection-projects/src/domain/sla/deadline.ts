import {
  addDays,
  addMonthsClamped,
  daysBetween,
  endOfDay,
  instantMs,
  type LocalDate,
  shanghaiDateOf,
  shanghaiInstantOf,
  startOfDay,
} from '../calendar/local-date.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { TimeLimit } from './time-limit.js';

export interface Deadline {
  /** Last instant of the deadline day in Shanghai: `YYYY-MM-DDT23:59:59.999+08:00` (SPEC §5). */
  deadline: string;
  deadlineDay: LocalDate;
  /** First instant at which a clock still running is `dueSoon`: `YYYY-MM-DDT00:00:00.000+08:00`. */
  dueSoonFrom: string;
  /** True when a day from the start day to the deadline day lies in a year without calendar data. */
  calendarEstimated: boolean;
}

interface Candidate {
  deadlineDay: LocalDate;
  dueSoonDay: LocalDate;
}

/**
 * The deadline of a clock started at `startedAt` (SPEC §5). The start day never counts. With several units the earliest
 * deadline wins (residential scheme reply: 3 working days or 5 calendar days, whichever ends first); when two units end
 * on the same day, the earlier due-soon warning is kept.
 *
 * dueSoon starts at the last working day before the deadline day (working-day limits) or the day before it (calendar
 * days and months). It never starts before the start day: when no such day lies after the start day, the clock is due
 * soon as soon as it starts, and no day before the start day is consulted.
 */
export const deadlineFor = (
  calendar: WorkingDayCalendar,
  startedAt: string,
  limit: TimeLimit,
  shift: DeadlineShift = NO_SHIFT,
  dueSoonBefore?: DueSoonBefore,
): Deadline => {
  if (limit.hours !== undefined) return instantDeadline(startedAt, limit, shift, dueSoonBefore);
  const startDay = shanghaiDateOf(startedAt);
  const candidates = candidatesFor(calendar, startDay, checkedLimit(limit), shift);
  const best = candidates.reduce((a, b) => (earlier(b, a) ? b : a));
  return {
    deadline: endOfDay(best.deadlineDay),
    deadlineDay: best.deadlineDay,
    dueSoonFrom: startOfDay(best.dueSoonDay),
    calendarEstimated: calendar.isEstimatedBetween(startDay, best.deadlineDay),
  };
};

/** Hour clocks (SPEC §8): how long before the deadline they are `dueSoon` (the clock table's `dueSoonBefore`). */
export interface DueSoonBefore {
  hours: number;
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * An hour limit ends at an instant, not at the end of a day (SPEC §8: the damage investigation, 24 hours from the
 * filing): `dueSoon` from `dueSoonBefore` hours before it (none given: only at the deadline itself). No calendar is
 * consulted, and no wait pauses such a clock.
 */
const instantDeadline = (startedAt: string, limit: TimeLimit, shift: DeadlineShift, dueSoonBefore: DueSoonBefore = { hours: 0 }): Deadline => {
  const hours = limit.hours!;
  if (Object.keys(limit).length > 1) throw new RangeError('An hour limit stands alone: it is not combined with day limits');
  if (!(Number.isFinite(hours) && hours > 0)) throw new RangeError(`Time limit hours must be a number > 0: ${hours}`);
  if (shift.workingDays !== 0 || shift.calendarDays !== 0) throw new RangeError('An hour clock is never paused');
  const deadlineMs = instantMs(startedAt) + hours * HOUR_MS;
  const deadline = shanghaiInstantOf(deadlineMs);
  return {
    deadline,
    deadlineDay: shanghaiDateOf(deadline),
    dueSoonFrom: shanghaiInstantOf(Math.max(instantMs(startedAt), deadlineMs - dueSoonBefore.hours * HOUR_MS)),
    calendarEstimated: false,
  };
};

/** Working days after the Shanghai day of `from` up to and including the Shanghai day of `to` (SPEC §5 durations). */
export const workingDaysBetween = (calendar: WorkingDayCalendar, from: string, to: string): number =>
  calendar.workingDaysBetween(shanghaiDateOf(from), shanghaiDateOf(to));

/**
 * How far pauses move a deadline (SPEC §5.1): a working-day limit by the paused working days, a calendar-day or month
 * limit by the paused calendar days; with two limits each moves in its own unit and the earlier still wins.
 */
export interface DeadlineShift {
  workingDays: number;
  calendarDays: number;
}

export const NO_SHIFT: DeadlineShift = Object.freeze({ workingDays: 0, calendarDays: 0 });

const candidatesFor = (calendar: WorkingDayCalendar, startDay: LocalDate, limit: TimeLimit, shift: DeadlineShift): Candidate[] => {
  const candidates: Candidate[] = [];
  const notBeforeStart = (day: LocalDate): LocalDate => (daysBetween(startDay, day) < 0 ? startDay : day);
  if (limit.workingDays !== undefined) {
    // The unpaused deadline day moved N working days later is the (limit + N)-th working day after the start day.
    const deadlineDay = calendar.addWorkingDays(startDay, limit.workingDays + shift.workingDays);
    const dueSoonDay = calendar.lastWorkingDayBetween(startDay, deadlineDay) ?? startDay;
    candidates.push({ deadlineDay, dueSoonDay });
  }
  if (limit.calendarDays !== undefined) {
    const deadlineDay = addDays(startDay, limit.calendarDays + shift.calendarDays);
    candidates.push({ deadlineDay, dueSoonDay: notBeforeStart(addDays(deadlineDay, -1)) });
  }
  if (limit.calendarMonths !== undefined) {
    const deadlineDay = addDays(addMonthsClamped(startDay, limit.calendarMonths), shift.calendarDays);
    candidates.push({ deadlineDay, dueSoonDay: notBeforeStart(addDays(deadlineDay, -1)) });
  }
  return candidates;
};

const earlier = (a: Candidate, b: Candidate): boolean => {
  const byDeadline = daysBetween(b.deadlineDay, a.deadlineDay);
  return byDeadline < 0 || (byDeadline === 0 && daysBetween(b.dueSoonDay, a.dueSoonDay) < 0);
};

const checkedLimit = (limit: TimeLimit): TimeLimit => {
  const units = (['workingDays', 'calendarDays', 'calendarMonths'] as const).filter((u) => limit[u] !== undefined);
  if (units.length === 0) throw new RangeError('A time limit needs workingDays, calendarDays or calendarMonths');
  for (const unit of units) {
    const value = limit[unit];
    if (!Number.isInteger(value) || (value as number) < 0) {
      throw new RangeError(`Time limit ${unit} must be a whole number ≥ 0: ${value}`);
    }
  }
  return limit;
};
