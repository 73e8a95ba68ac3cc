import { instantMs, prcCalendar, type WorkingDayCalendar } from '../../domain/calendar/index.js';
import { evaluateClock } from '../../domain/sla/index.js';
import type { ClockRecord, ProjectView, ProjectViewDocument } from './project-view.js';

/**
 * The view as of business time `asOf`: clocks evaluated from their stored records (SPEC §5). A cancelled project stops
 * its clocks: a clock still open at the cancellation is no longer shown from the cancellation on.
 */
export function viewAsOf(doc: ProjectViewDocument, asOf: string, calendar: WorkingDayCalendar = prcCalendar): ProjectView {
  const { clockRecords, pendingCompletionAt: _, ...rest } = doc;
  const clocks = clockRecords.flatMap((record) => {
    if (cancelledOpenClock(record, doc.cancellation?.at, asOf)) return [];
    const evaluated = evaluateClock(calendar, record, asOf);
    return evaluated ? [{ ...evaluated, ...(record.round !== undefined ? { round: record.round } : {}) }] : [];
  });
  return { ...rest, clocks };
}

function cancelledOpenClock(record: ClockRecord, cancelledAt: string | undefined, asOf: string): boolean {
  if (cancelledAt === undefined || instantMs(cancelledAt) > instantMs(asOf)) return false;
  return record.stoppedAt === undefined || instantMs(record.stoppedAt) > instantMs(cancelledAt);
}
