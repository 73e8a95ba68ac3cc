import type { ClockSummary } from '../../domain/sla/index.js';
import type { ClockName } from '../project-view/index.js';

export interface SlaFigures {
  /** Per clock; `open` = running + dueSoon + overdue (see ClockSummary). */
  clocks: Record<ClockName, ClockSummary>;
  /** 平均接电时长: mean working days from application to energization, 2 decimals; null when none. */
  avgConnectionWorkingDays: number | null;
}

export interface SlaDashboard extends SlaFigures {
  asOf: string;
  /** The same figures per org unit that has a clock in view, in org-unit order. */
  byOrgUnit: (SlaFigures & { orgUnit: string })[];
}
