import { prcCalendar, type WorkingDayCalendar } from '../../domain/calendar/index.js';
import { evaluateClock, type ClockPauseSpan } from '../../domain/sla/index.js';
import { instantMs } from '../../domain/calendar/index.js';
import type { ProjectView, ProjectViewDocument } from './project-view.js';

/**
 * The view as of business time `asOf`: clocks evaluated from their stored records (SPEC §5). A cancelled project stops
 * its clocks: a clock still open at the cancellation is no longer shown from the cancellation on.
 */
export function viewAsOf(doc: ProjectViewDocument, asOf: string, calendar: WorkingDayCalendar = prcCalendar): ProjectView {
  const { clockRecords, pendingCompletionAt: _, clockPending: __, ...rest } = doc;
  const cancelledAt = doc.cancellation?.at;
  const clocks = clockRecords.flatMap((record) => {
    const evaluated = evaluateClock(calendar, record, asOf, cancelledAt);
    if (!evaluated) return [];
    const pauses = record.pauses && pausesSeen(record.pauses, asOf);
    return [{ ...evaluated, ...(record.round !== undefined ? { round: record.round } : {}), ...(pauses?.length ? { pauses } : {}) }];
  });
  return { ...rest, clocks };
}

/** The pauses as they were known at `asOf`: begun by then, and ended only if the end came by then. */
function pausesSeen(pauses: readonly ClockPauseSpan[], asOf: string): ClockPauseSpan[] {
  const t = instantMs(asOf);
  return pauses
    .filter((p) => instantMs(p.from) <= t)
    .map((p) => (p.to !== undefined && instantMs(p.to) <= t ? { from: p.from, to: p.to } : { from: p.from }));
}
