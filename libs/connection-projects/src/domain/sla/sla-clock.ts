import { instantMs, shanghaiDateOf } from '../calendar/local-date.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { deadlineFor } from './deadline.js';
import type { TimeLimit } from './time-limit.js';

export type ClockStatus = 'running' | 'dueSoon' | 'overdue' | 'metOnTime' | 'metLate';

export interface ClockInput<Name extends string = string> {
  name: Name;
  /** `occurredAt` of the starting event. */
  startedAt: string;
  /** `occurredAt` of the stopping event, if any (a stop later than `asOf` is not seen). */
  stoppedAt?: string;
  limit: TimeLimit;
}

/** The shape of `clocks[]` in the project view (API.md). */
export interface EvaluatedClock<Name extends string = string> {
  name: Name;
  status: ClockStatus;
  startedAt: string;
  deadline: string;
  /** Present only when the clock was stopped at or before `asOf`. */
  stoppedAt?: string;
  elapsedWorkingDays: number;
  /** Present (true) only when a day the clock used lies in a year without calendar data (SPEC §6). */
  calendarEstimated?: boolean;
}

/**
 * A clock as seen at business time `asOf` (SPEC §5). Returns null when the clock has not started by `asOf`: the starting
 * event is not yet visible, so there is no clock to show (callers skip it rather than inventing a `notStarted` status the
 * API does not have).
 *
 * `elapsedWorkingDays` counts working days after the start day up to and including the stop day, or `asOf`'s day while
 * running. `calendarEstimated` covers every day from the start day to the later of the deadline day and that end day.
 */
export const evaluateClock = <Name extends string>(
  calendar: WorkingDayCalendar,
  clock: ClockInput<Name>,
  asOf: string,
): EvaluatedClock<Name> | null => {
  const asOfMs = instantMs(asOf);
  if (instantMs(clock.startedAt) > asOfMs) return null;

  const { deadline, dueSoonFrom, calendarEstimated } = deadlineFor(calendar, clock.startedAt, clock.limit);
  const stoppedAt =
    clock.stoppedAt !== undefined && instantMs(clock.stoppedAt) <= asOfMs ? clock.stoppedAt : undefined;
  const startDay = shanghaiDateOf(clock.startedAt);
  const endDay = shanghaiDateOf(stoppedAt ?? asOf);
  const estimated = calendarEstimated || calendar.isEstimatedBetween(startDay, endDay);

  return {
    name: clock.name,
    status: statusOf(asOfMs, stoppedAt, deadline, dueSoonFrom),
    startedAt: clock.startedAt,
    deadline,
    ...(stoppedAt !== undefined ? { stoppedAt } : {}),
    elapsedWorkingDays: calendar.workingDaysBetween(startDay, endDay),
    ...(estimated ? { calendarEstimated: true } : {}),
  };
};

const statusOf = (asOfMs: number, stoppedAt: string | undefined, deadline: string, dueSoonFrom: string): ClockStatus => {
  const deadlineMs = instantMs(deadline);
  if (stoppedAt !== undefined) return instantMs(stoppedAt) <= deadlineMs ? 'metOnTime' : 'metLate';
  if (asOfMs > deadlineMs) return 'overdue';
  return asOfMs >= instantMs(dueSoonFrom) ? 'dueSoon' : 'running';
};
