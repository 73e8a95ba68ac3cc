import { instantMs, prcCalendar, utcInstant } from '../../domain/calendar/index.js';
import type { ClockDefinition } from '../../domain/index.js';
import { deadlineFor, pausedTermsAt, withPauseEnded, withPauseStarted, workingDaysBetween, type ClockRecords } from '../../domain/sla/index.js';
import { OPEN_FOREVER, type SlaClockName, type SlaClockRecord } from './sla-clocks.js';

/** The compact record of a clock, whatever its subject: instants in UTC, deadline and due-soon instant precomputed, working days once stopped. */
export const SLA_CLOCK_RECORDS: ClockRecords<SlaClockRecord> = {
  started: (name, at, limit, round) => {
    const { deadline, dueSoonFrom, calendarEstimated } = deadlineFor(prcCalendar, at, limit);
    return {
      name: name as SlaClockName,
      ...(round !== undefined ? { round } : {}),
      startedAt: at,
      limit,
      deadline: utcInstant(deadline),
      dueSoonFrom: utcInstant(dueSoonFrom),
      ...(calendarEstimated ? { calendarEstimated: true as const } : {}),
    };
  },
  stopped: (c, at) => ({ ...c, stoppedAt: at, workingDaysToStop: workingDaysToStop(c, at) }),
  paused: (c, at) => ({ ...c, pauses: withPauseStarted(c.pauses, at) }),
  resumed: (c, at) => ({ ...c, pauses: withPauseEnded(c.pauses!, at) }),
};

/** The same records for a clock table with hour clocks: `dueSoonFrom` from each row's `dueSoonBefore` (SPEC §8). */
export const slaClockRecordsFor = (table: readonly ClockDefinition[]): ClockRecords<SlaClockRecord> => ({
  ...SLA_CLOCK_RECORDS,
  started: (name, at, limit, round) => {
    const record = SLA_CLOCK_RECORDS.started(name, at, limit, round);
    const dueSoonBefore = table.find((row) => row.name === name)?.dueSoonBefore;
    return dueSoonBefore ? { ...record, dueSoonFrom: utcInstant(deadlineFor(prcCalendar, at, limit, undefined, dueSoonBefore).dueSoonFrom) } : record;
  },
});

/** No pause starts after the stop, and one still open counts up to the stop day: the figure is final at the stop. */
function workingDaysToStop(c: SlaClockRecord, at: string): number {
  const days = workingDaysBetween(prcCalendar, c.startedAt, at);
  if (c.pauses === undefined) return days;
  const stopMs = instantMs(at);
  return Math.max(0, days - pausedTermsAt(prcCalendar, c.startedAt, c.limit, c.pauses, stopMs, stopMs).pausedWorkingDays);
}

const isOpen = (c: SlaClockRecord): boolean => c.stoppedAt === undefined && c.cancelledAt === undefined;

/**
 * "A cancelled project stops its clocks" (SPEC §5), and so does a closed account: open ones are marked, so that from
 * then on they leave the dashboard, while an `asOf` before it still sees them running.
 */
export const cancelOpenClocks = (clocks: SlaClockRecord[], at: string): SlaClockRecord[] => clocks.map((c) => (isOpen(c) ? { ...c, cancelledAt: at } : c));

/** The last instant a clock of these is open: its latest stop or cancellation, or OPEN_FOREVER while one runs. */
export function openUntilOf(clocks: SlaClockRecord[]): string {
  let until = '';
  for (const c of clocks) {
    const closedAt = c.stoppedAt ?? c.cancelledAt ?? OPEN_FOREVER;
    if (closedAt > until) until = closedAt;
  }
  return until;
}

/** The latest clock start, and never before the subject began. */
export const lastStartedAtOf = (clocks: SlaClockRecord[], since: string): string =>
  clocks.reduce((latest, c) => (c.startedAt > latest ? c.startedAt : latest), since);
