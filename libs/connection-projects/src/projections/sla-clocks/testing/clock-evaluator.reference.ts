import { instantMs, prcCalendar, shanghaiDateOf, type LocalDate } from '../../../domain/calendar/index.js';
import { clockStatusAt, pausedTermsAt, type ClockStatus } from '../../../domain/sla/index.js';
import type { SlaClockRecord } from '../sla-clocks.js';

/** A clock as seen at `asOf`. */
export interface SeenClock {
  record: SlaClockRecord;
  status: ClockStatus;
  elapsedWorkingDays: number;
  /** A paused clock's deadline as moved at `asOf` (else the record's). */
  deadline?: string;
}

/** Keep clocks that started in [from, to] (API.md `from`/`to`; absent = no limit). UTC ISO instants. */
export interface SlaPeriod {
  from?: string;
  to?: string;
}

export const inPeriod = (instant: string, { from, to }: SlaPeriod): boolean =>
  (from === undefined || instant >= from) && (to === undefined || instant <= to);

/**
 * Reference for specs: stored `sla-clocks` records evaluated at business time `asOf` (a normalised UTC instant) with
 * the one status rule (`clockStatusAt`), as the project view's `viewAsOf` does (SPEC §5). Returns null for a clock
 * not seen at `asOf`: not yet started, or open when its project was cancelled at or before `asOf`.
 */
export function clockEvaluator(asOf: string): (record: SlaClockRecord) => SeenClock | null {
  const asOfMs = instantMs(asOf);
  const asOfDay = shanghaiDateOf(asOf);
  const runningDays = new Map<LocalDate, number>();
  const elapsedSince = (startedAt: string): number => {
    const startDay = shanghaiDateOf(startedAt);
    let days = runningDays.get(startDay);
    if (days === undefined) runningDays.set(startDay, (days = prcCalendar.workingDaysBetween(startDay, asOfDay)));
    return days;
  };
  const ms = (instant: string | undefined) => (instant === undefined ? Infinity : instantMs(instant));

  return (record) => {
    const stoppedAt = ms(record.stoppedAt);
    if (record.pauses !== undefined) return pausedClock(record, asOfMs, asOfDay);
    const status = clockStatusAt(asOfMs, ms(record.startedAt), stoppedAt, ms(record.cancelledAt), ms(record.deadline), ms(record.dueSoonFrom));
    if (status === null) return null;
    if (stoppedAt > asOfMs) return { record, status, elapsedWorkingDays: elapsedSince(record.startedAt) };
    const elapsedWorkingDays = record.workingDaysToStop ?? prcCalendar.workingDaysBetween(shanghaiDateOf(record.startedAt), shanghaiDateOf(record.stoppedAt!));
    return { record, status, elapsedWorkingDays };
  };
}

/** A clock the customer's waits paused (SPEC §5.1): its deadline moved as of `asOf`, its paused working days left out. */
function pausedClock(record: SlaClockRecord, asOfMs: number, asOfDay: LocalDate): SeenClock | null {
  const ms = (instant: string | undefined) => (instant === undefined ? Infinity : instantMs(instant));
  const stoppedAt = ms(record.stoppedAt);
  const terms = pausedTermsAt(prcCalendar, record.startedAt, record.limit, record.pauses!, stoppedAt, asOfMs);
  const status = clockStatusAt(asOfMs, ms(record.startedAt), stoppedAt, ms(record.cancelledAt), ms(terms.deadline), ms(terms.dueSoonFrom), terms.pausedNow);
  if (status === null) return null;
  const startDay = shanghaiDateOf(record.startedAt);
  const elapsedWorkingDays =
    stoppedAt <= asOfMs
      ? (record.workingDaysToStop ?? 0)
      : Math.max(0, prcCalendar.workingDaysBetween(startDay, asOfDay) - terms.pausedWorkingDays);
  return { record, status, elapsedWorkingDays, deadline: terms.deadline };
}
