import { endOfDay, prcCalendar, shanghaiDateOf } from '../../domain/calendar/index.js';
import type { CustomerClass } from '../../domain/index.js';
import type { ClockName } from '../project-view/index.js';
import { clockEvaluator } from './sla-clocks.evaluate.js';
import type { SlaClocksDocument } from './sla-clocks.js';

export const ALERT_STATUSES = ['overdue', 'dueSoon'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** One line of the 预警清单 (API.md `/api/dashboards/sla/alerts`), plus what a dispatcher needs to act on it. */
export interface SlaAlert {
  projectId: string;
  customerId: string;
  clock: ClockName;
  /** Design review clocks: the submission round. */
  round?: number;
  /** `YYYY-MM-DDT23:59:59.999+08:00` (SPEC §5). */
  deadline: string;
  status: AlertStatus;
  orgUnit: string;
  customerClass: CustomerClass;
  startedAt: string;
  elapsedWorkingDays: number;
  /** dueSoon: working days after asOf's day up to and including the deadline day (0 = due by the end of today). */
  workingDaysLeft?: number;
  /** overdue: working days after the deadline day up to and including asOf's day (SPEC §5 duration rule). */
  workingDaysOver?: number;
  calendarEstimated?: true;
}

/**
 * The overdue and due-soon clocks at business time `asOf` (UTC ISO), earliest deadline first (ties: project id,
 * clock, round, so the order is stable). The caller has applied the org-unit and class filters.
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
      const deadlineDay = shanghaiDateOf(record.deadline);
      alerts.push({
        projectId: doc.projectId,
        customerId: doc.customerId,
        clock: record.name,
        ...(record.round !== undefined ? { round: record.round } : {}),
        deadline: endOfDay(deadlineDay),
        status,
        orgUnit: doc.orgUnit,
        customerClass: doc.customerClass,
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
  compare(a.deadline, b.deadline) || compare(a.projectId, b.projectId) || compare(a.clock, b.clock) || compare(a.round ?? 0, b.round ?? 0);
