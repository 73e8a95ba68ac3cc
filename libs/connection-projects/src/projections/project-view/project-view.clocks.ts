import { prcCalendar, type WorkingDayCalendar } from '../../domain/calendar/index.js';
import { evaluateClock } from '../../domain/sla/index.js';
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
    return evaluated ? [{ ...evaluated, ...(record.round !== undefined ? { round: record.round } : {}) }] : [];
  });
  return { ...rest, clocks };
}
