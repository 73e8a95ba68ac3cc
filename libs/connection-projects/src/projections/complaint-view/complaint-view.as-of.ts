import { COMPLAINT_CLOCKS, prcCalendar, type WorkingDayCalendar } from '../../domain/index.js';
import { evaluateTableClocks } from '../../domain/sla/index.js';
import type { ComplaintView, ComplaintViewDocument } from './complaint-view.js';

/** The view with its clocks evaluated as of business time `asOf` (SPEC §8). */
export function complaintViewAsOf(doc: ComplaintViewDocument, asOf: string, calendar: WorkingDayCalendar = prcCalendar): ComplaintView {
  const { clockRecords, ...rest } = doc;
  return { ...rest, clocks: evaluateTableClocks(calendar, COMPLAINT_CLOCKS, clockRecords, asOf) };
}
