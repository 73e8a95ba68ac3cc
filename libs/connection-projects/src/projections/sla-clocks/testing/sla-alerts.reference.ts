import { endOfDay, prcCalendar, shanghaiDateOf } from '../../../domain/calendar/index.js';
import { ALERT_STATUSES, type AlertStatus, type SlaAlert } from '../sla-alerts.js';
import type { SlaClocksDocument } from '../sla-clocks.js';
import { clockEvaluator } from './clock-evaluator.reference.js';

/**
 * Reference for specs (the API answers from `compactAlerts`): the overdue and due-soon clocks at business time `asOf` (UTC ISO), earliest deadline first (ties: subject,
 * subject id, clock, round, so the order is stable). The caller has applied the org-unit and class filters.
 */
export function listSlaAlerts(
  docs: Iterable<SlaClocksDocument>,
  asOf: string,
  statuses: readonly AlertStatus[] = ALERT_STATUSES,
): SlaAlert[] {
  const evaluate = clockEvaluator(asOf);
  const asOfDay = shanghaiDateOf(asOf);
  const alerts: SlaAlert[] = [];
  for (const doc of docs) {
    for (const record of doc.clocks) {
      const seen = evaluate(record);
      if (!seen || !(statuses as readonly string[]).includes(seen.status)) continue;
      const status = seen.status as AlertStatus;
      const deadlineDay = shanghaiDateOf(seen.deadline ?? record.deadline);
      alerts.push({
        subject: doc.subject,
        subjectId: doc.subjectId,
        ...(doc.projectId !== undefined ? { projectId: doc.projectId } : {}),
        customerId: doc.customerId,
        clock: record.name,
        ...(record.round !== undefined ? { round: record.round } : {}),
        deadline: endOfDay(deadlineDay),
        status,
        orgUnit: doc.orgUnit,
        ...(doc.customerClass !== undefined ? { customerClass: doc.customerClass } : {}),
        startedAt: record.startedAt,
        elapsedWorkingDays: seen.elapsedWorkingDays,
        ...(status === 'overdue'
          ? { workingDaysOver: prcCalendar.workingDaysBetween(deadlineDay, asOfDay) }
          : { workingDaysLeft: prcCalendar.workingDaysBetween(asOfDay, deadlineDay) }),
        ...(record.calendarEstimated ? { calendarEstimated: true as const } : {}),
      });
    }
  }
  return alerts.sort(byDeadline);
}

const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

// Every deadline is written with the same +08:00 offset, so as strings they sort chronologically.
const byDeadline = (a: SlaAlert, b: SlaAlert): number =>
  compare(a.deadline, b.deadline) || compare(a.subject, b.subject) || compare(a.subjectId, b.subjectId) || compare(a.clock, b.clock) || compare(a.round ?? 0, b.round ?? 0);
