import { accountStatusOn, lastSuspendedDay, prcCalendar, shanghaiDateOf, suspendedCapacityOn, type WorkingDayCalendar } from '../../domain/index.js';
import { evaluateClock } from '../../domain/sla/index.js';
import type { AccountView, AccountViewDocument, SuspensionRecord, SuspensionView } from './account-view.js';

/**
 * The view as of business time `asOf` (SPEC §7.1): status and suspended capacity on `asOf`'s day in Shanghai, clocks
 * evaluated as of `asOf` (SPEC §5). Closing or splitting the account stops its clocks as a cancellation stops a
 * project's: a clock still open then is no longer shown from the closure on.
 */
export function accountViewAsOf(doc: AccountViewDocument, asOf: string, calendar: WorkingDayCalendar = prcCalendar): AccountView {
  const { clockRecords, closed: _, removal: __, suspensions, ...rest } = doc;
  const day = shanghaiDateOf(asOf);
  const clocks = clockRecords.flatMap((record) => evaluateClock(calendar, record, asOf, doc.closedAt) ?? []);
  return {
    ...rest,
    status: accountStatusOn(doc, day),
    suspendedCapacity: suspendedCapacityOn(doc, day),
    suspensions: suspensions.map((s) => suspensionOn(s, day)),
    clocks,
  };
}

/** A suspension is over once its last suspended day is behind `day`: it ran its whole course, or was restored early. */
function suspensionOn(s: SuspensionRecord, day: string): SuspensionView {
  const endedOn = lastSuspendedDay(s);
  if (endedOn >= day) return s;
  return { ...s, endedOn, basicChargeWaived: s.basicChargeWaived ?? true };
}
