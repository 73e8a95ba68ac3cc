import { instantMs, shanghaiDateOf } from '../calendar/local-date.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { pausedTermsAt, type ClockPauseSpan } from './clock-pauses.js';
import { deadlineFor, type DueSoonBefore } from './deadline.js';
import type { TimeLimit } from './time-limit.js';

/** Every status a clock can have at a time (SPEC §5), in the order dashboards count them. */
export const CLOCK_STATUSES = ['running', 'dueSoon', 'overdue', 'paused', 'metOnTime', 'metLate'] as const;
export type ClockStatus = (typeof CLOCK_STATUSES)[number];

export interface ClockInput<Name extends string = string> {
  name: Name;
  /** `occurredAt` of the starting event. */
  startedAt: string;
  /** `occurredAt` of the stopping event, if any (a stop later than `asOf` is not seen). */
  stoppedAt?: string;
  limit: TimeLimit;
  /** The waits on the customer that paused it (SPEC §5.1), in order. */
  pauses?: readonly ClockPauseSpan[];
  /** Hour clocks: the clock table's `dueSoonBefore` (SPEC §8); day clocks follow SPEC §5. */
  dueSoonBefore?: DueSoonBefore;
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
  /** Days the customer's waits paused it so far, in the clock's own unit (SPEC §5.1); 0 when never paused. */
  pausedDays: number;
  /** Present (true) only when a day the clock used lies in a year without calendar data (SPEC §6). */
  calendarEstimated?: boolean;
}

/**
 * A clock as seen at business time `asOf` (SPEC §5). Returns null when the clock is not seen at `asOf`: not started yet
 * (callers skip it rather than inventing a `notStarted` status the API does not have), or open when its project was
 * cancelled at or before `asOf` (`cancelledAt`: "a cancelled project stops its clocks").
 *
 * `elapsedWorkingDays` counts working days after the start day up to and including the stop day, or `asOf`'s day while
 * running. `calendarEstimated` covers every day from the start day to the later of the deadline day and that end day.
 */
export const evaluateClock = <Name extends string>(
  calendar: WorkingDayCalendar,
  clock: ClockInput<Name>,
  asOf: string,
  cancelledAt?: string,
): EvaluatedClock<Name> | null => {
  const asOfMs = instantMs(asOf);
  const startedMs = instantMs(clock.startedAt);
  if (startedMs > asOfMs) return null; // before its start a clock has no deadline worth computing
  const stoppedMs = clock.stoppedAt === undefined ? Infinity : instantMs(clock.stoppedAt);
  const paused = clock.pauses !== undefined && clock.pauses.length > 0;
  const terms = paused
    ? pausedTermsAt(calendar, clock.startedAt, clock.limit, clock.pauses!, stoppedMs, asOfMs)
    : { ...deadlineFor(calendar, clock.startedAt, clock.limit, undefined, clock.dueSoonBefore), pausedDays: 0, pausedWorkingDays: 0, pausedNow: false };
  const { deadline, dueSoonFrom, calendarEstimated } = terms;
  // Cancellation hides only a clock still open when it came.
  const cancelledMs = cancelledAt === undefined || stoppedMs <= instantMs(cancelledAt) ? Infinity : instantMs(cancelledAt);
  const status = clockStatusAt(asOfMs, startedMs, stoppedMs, cancelledMs, instantMs(deadline), instantMs(dueSoonFrom), terms.pausedNow);
  if (status === null) return null;
  // A stop later than asOf is not seen: the clock is still open at asOf.
  const stoppedAt = stoppedMs <= asOfMs ? clock.stoppedAt : undefined;
  const startDay = shanghaiDateOf(clock.startedAt);
  const endDay = shanghaiDateOf(stoppedAt ?? asOf);
  const estimated = calendarEstimated || calendar.isEstimatedBetween(startDay, endDay);
  return {
    name: clock.name,
    status,
    startedAt: clock.startedAt,
    deadline,
    ...(stoppedAt !== undefined ? { stoppedAt } : {}),
    elapsedWorkingDays: Math.max(0, calendar.workingDaysBetween(startDay, endDay) - terms.pausedWorkingDays),
    pausedDays: terms.pausedDays,
    ...(estimated ? { calendarEstimated: true } : {}),
  };
};

/**
 * The status rule of SPEC §5, the one place it is written; every reader of clocks (project view, SLA dashboard and
 * alert list, in memory or over documents) asks it. Instants are epoch ms; Infinity for a clock not stopped, or not
 * cancelled while open. Null when the clock is not seen at `asOf`: not started yet, or cancelled open at or before it.
 * A stop later than `asOf` is not seen. `dueSoonFrom` is the deadline's (see `deadlineFor`); with pauses both are the
 * moved ones and `pausedNow` says whether `asOf` falls inside a wait that paused the clock (`pausedTermsAt`).
 */
export const clockStatusAt = (
  asOf: number,
  startedAt: number,
  stoppedAt: number,
  cancelledAt: number,
  deadline: number,
  dueSoonFrom: number,
  pausedNow = false,
): ClockStatus | null => {
  if (startedAt > asOf || cancelledAt <= asOf) return null;
  if (stoppedAt <= asOf) return stoppedAt <= deadline ? 'metOnTime' : 'metLate';
  // Inside a wait on the customer that paused it (SPEC §5.1): never dueSoon or overdue, in no alert list.
  if (pausedNow) return 'paused';
  if (asOf > deadline) return 'overdue';
  return asOf >= dueSoonFrom ? 'dueSoon' : 'running';
};
