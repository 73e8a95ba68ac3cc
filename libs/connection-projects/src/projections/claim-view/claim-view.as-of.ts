import { CLAIM_CLOCKS, prcCalendar, type WorkingDayCalendar } from '../../domain/index.js';
import { evaluateTableClocks } from '../../domain/sla/index.js';
import type { ClaimView, ClaimViewDocument } from './claim-view.js';

/** The view with its clock evaluated as of business time `asOf` (SPEC §8: `dueSoon` from the row's `dueSoonBefore`). */
export function claimViewAsOf(doc: ClaimViewDocument, asOf: string, calendar: WorkingDayCalendar = prcCalendar): ClaimView {
  const { clockRecords, ...rest } = doc;
  return { ...rest, clocks: evaluateTableClocks(calendar, CLAIM_CLOCKS, clockRecords, asOf) };
}
