import type { ClockSubject, CustomerClass } from '../../domain/index.js';
import type { SlaClockName } from './sla-clocks.js';

export const ALERT_STATUSES = ['overdue', 'dueSoon'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** One line of the 预警清单 (API.md `/api/dashboards/sla/alerts`), plus what a dispatcher needs to act on it. */
export interface SlaAlert {
  /** What the clock runs on (API.md): a project or an account; complaints and claims as they come. */
  subject: ClockSubject;
  /** The id used in that subject's routes. */
  subjectId: string;
  /** Project alerts: the project (= subjectId). */
  projectId?: string;
  customerId: string;
  clock: SlaClockName;
  /** Design review clocks: the submission round. */
  round?: number;
  /** `YYYY-MM-DDT23:59:59.999+08:00` (SPEC §5). */
  deadline: string;
  status: AlertStatus;
  orgUnit: string;
  /** Project alerts: the project's class. */
  customerClass?: CustomerClass;
  startedAt: string;
  elapsedWorkingDays: number;
  /** dueSoon: working days after asOf's day up to and including the deadline day (0 = due by the end of today). */
  workingDaysLeft?: number;
  /** overdue: working days after the deadline day up to and including asOf's day (SPEC §5 duration rule). */
  workingDaysOver?: number;
  calendarEstimated?: true;
}
