import { prcCalendar, shanghaiDateOf, type LocalDate } from '../../domain/calendar/index.js';
import type { ClockStatus } from '../../domain/sla/index.js';
import type { SlaClockRecord } from './sla-clocks.js';

/** A clock as seen at `asOf`. */
export interface SeenClock {
  record: SlaClockRecord;
  status: ClockStatus;
  elapsedWorkingDays: number;
}

/** Keep clocks that started in [from, to] (API.md `from`/`to`; absent = no limit). UTC ISO instants. */
export interface SlaPeriod {
  from?: string;
  to?: string;
}

export const inPeriod = (instant: string, { from, to }: SlaPeriod): boolean =>
  (from === undefined || instant >= from) && (to === undefined || instant <= to);

/**
 * Evaluates stored clock records at business time `asOf` (a normalised UTC instant), exactly as `evaluateClock` and
 * the project view's `viewAsOf` do (SPEC §5), but on string comparisons and precomputed deadlines and stop durations:
 * a dashboard evaluates every clock of every project, so the per-clock work is kept to a few comparisons. Returns
 * null for a clock not seen at `asOf`: not yet started, or open when its project was cancelled at or before `asOf`.
 * Working days of running clocks are memoised per start day, the only per-clock calendar work left.
 */
export function clockEvaluator(asOf: string): (record: SlaClockRecord) => SeenClock | null {
  const asOfDay = shanghaiDateOf(asOf);
  const runningDays = new Map<LocalDate, number>();
  const elapsedSince = (startedAt: string): number => {
    const startDay = shanghaiDateOf(startedAt);
    let days = runningDays.get(startDay);
    if (days === undefined) runningDays.set(startDay, (days = prcCalendar.workingDaysBetween(startDay, asOfDay)));
    return days;
  };

  return (record) => {
    if (record.startedAt > asOf) return null;
    if (record.cancelledAt !== undefined && record.cancelledAt <= asOf) return null;
    const { stoppedAt, deadline } = record;
    if (stoppedAt !== undefined && stoppedAt <= asOf) {
      const elapsedWorkingDays = record.workingDaysToStop ?? prcCalendar.workingDaysBetween(shanghaiDateOf(record.startedAt), shanghaiDateOf(stoppedAt));
      return { record, status: stoppedAt <= deadline ? 'metOnTime' : 'metLate', elapsedWorkingDays };
    }
    // A stop after asOf is not seen: the clock is still open at asOf.
    const status: ClockStatus = asOf > deadline ? 'overdue' : asOf >= record.dueSoonFrom ? 'dueSoon' : 'running';
    return { record, status, elapsedWorkingDays: elapsedSince(record.startedAt) };
  };
}
