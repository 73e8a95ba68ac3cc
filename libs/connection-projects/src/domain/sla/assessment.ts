import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { ConnectionPolicy } from '../policy/connection-policy.js';
import { evaluateClock, type ClockInput } from './sla-clock.js';

/** SPEC §6 业扩时限达标: a project under an assessed policy, judged when archived. */
export interface ProjectAssessment {
  onTime: boolean;
  /** The archive's occurredAt. */
  judgedAt: string;
  /** Distinct names, in the clock table's order, of the clocks (exempt ones aside) not `metOnTime` at archiving. */
  lateClocks: string[];
}

/**
 * The assessment at archiving: every clock of the project but the policy's exempt ones (`postConnectionCheck`) must be
 * `metOnTime` as of the archive's business time; null for a policy that assesses nothing (seed).
 */
export function assessAtArchive(
  calendar: WorkingDayCalendar,
  policy: ConnectionPolicy,
  clocks: readonly ClockInput[],
  archivedAt: string,
): ProjectAssessment | null {
  if (policy.assessment === undefined) return null;
  const exempt = new Set(policy.assessment.exempt);
  const late = new Set<string>();
  for (const clock of clocks) {
    if (exempt.has(clock.name)) continue;
    const seen = evaluateClock(calendar, clock, archivedAt);
    if (seen === null || seen.status !== 'metOnTime') late.add(clock.name);
  }
  const lateClocks = [...new Set(policy.clocks.map((c) => c.name))].filter((name) => late.has(name));
  return { onTime: lateClocks.length === 0, judgedAt: archivedAt, lateClocks };
}
