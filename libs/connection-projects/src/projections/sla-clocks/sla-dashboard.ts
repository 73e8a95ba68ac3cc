import type { ClockSummary } from '../../domain/sla/index.js';
import type { SlaClockName } from './sla-clocks.js';

export interface SlaFigures {
  /**
   * Per clock name, pooled across policies (a name means the same stage); `open` = running + dueSoon + overdue (see
   * ClockSummary). The seed clocks always; the others when they have data in scope.
   */
  clocks: Partial<Record<SlaClockName, ClockSummary>>;
  /** 平均接电时长: mean working days from application to energization, 2 decimals; null when none. */
  avgConnectionWorkingDays: number | null;
  /** 业扩时限达标率 (SPEC §6): present when the scope has projects under a policy that judges them at archiving. */
  projectsOnTime?: ProjectsOnTime;
  /** 回访满意率 (SPEC §8): present when the scope has complaints; closed by asOf, in the period by their closure. */
  complaintSatisfaction?: ComplaintSatisfaction;
}

export interface ProjectsOnTime {
  /** Projects archived in the period (by their archive), by asOf. */
  archived: number;
  onTime: number;
  /** onTime / archived; null when none was archived. */
  rate: number | null;
}

export const projectsOnTimeOf = (archived: number, onTime: number): ProjectsOnTime => ({
  archived,
  onTime,
  rate: archived === 0 ? null : onTime / archived,
});

export interface SlaDashboard extends SlaFigures {
  asOf: string;
  /** The same figures per org unit that has a clock in view, in org-unit order. */
  byOrgUnit: (SlaFigures & { orgUnit: string })[];
}

export interface ComplaintSatisfaction {
  closed: number;
  satisfied: number;
  neutral: number;
  dissatisfied: number;
  /** satisfied / closed; null when none was closed. */
  rate: number | null;
}

export const complaintSatisfactionOf = (satisfied: number, neutral: number, dissatisfied: number): ComplaintSatisfaction => {
  const closed = satisfied + neutral + dissatisfied;
  return { closed, satisfied, neutral, dissatisfied, rate: closed === 0 ? null : satisfied / closed };
};
