import { daysBetween, instantMs, shanghaiDateOf } from '../calendar/local-date.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { deadlineFor, type Deadline } from './deadline.js';
import type { TimeLimit } from './time-limit.js';

/** A wait on the customer as one clock saw it (SPEC §5.1): the wait's start, and its end once recorded. ISO instants. */
export interface ClockPauseSpan {
  from: string;
  to?: string;
}

/** A paused clock's terms as of a time: its moved deadline and what the pauses count so far. */
export interface PausedTerms extends Deadline {
  /** The sum of the pause lengths in the clock's own unit (working days when its limit has them, else calendar days). */
  pausedDays: number;
  /** The same pauses counted in working days: what `elapsedWorkingDays` leaves out. */
  pausedWorkingDays: number;
  /** `asOf` falls inside a wait that paused the clock, and the clock has not stopped: its status is `paused`. */
  pausedNow: boolean;
}

/**
 * SPEC §5.1, the one place it is written: each pause counts from the wait's start day to the earliest of its end day,
 * the clock's stop day and (while the wait is open) `asOf`'s day, days after the start day up to and including that
 * day (a wait that starts and ends on one day pauses 0 days). A pause that starts after `asOf` is not seen; a stop or
 * an end later than `asOf` is not seen either. Instants are epoch ms; `stoppedAt` Infinity while the clock runs.
 */
export function pausedTermsAt(
  calendar: WorkingDayCalendar,
  startedAt: string,
  limit: TimeLimit,
  pauses: readonly ClockPauseSpan[],
  stoppedAt: number,
  asOf: number,
): PausedTerms {
  let workingDays = 0;
  let calendarDays = 0;
  let pausedNow = false;
  const stopSeen = stoppedAt <= asOf;
  for (const pause of pauses) {
    const from = instantMs(pause.from);
    if (from > asOf) continue;
    const to = pause.to === undefined ? Infinity : instantMs(pause.to);
    let end = to <= asOf ? to : asOf;
    if (stopSeen && stoppedAt < end) end = stoppedAt;
    if (to > asOf && !stopSeen) pausedNow = true;
    const fromDay = shanghaiDateOf(pause.from);
    const endDay = shanghaiDateOf(new Date(end).toISOString());
    workingDays += calendar.workingDaysBetween(fromDay, endDay);
    calendarDays += Math.max(0, daysBetween(fromDay, endDay));
  }
  const deadline = deadlineFor(calendar, startedAt, limit, { workingDays, calendarDays });
  return {
    ...deadline,
    pausedDays: limit.workingDays !== undefined ? workingDays : calendarDays,
    pausedWorkingDays: workingDays,
    pausedNow,
  };
}
