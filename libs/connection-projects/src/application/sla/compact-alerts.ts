import { endOfDay, fromEpochDay, instantMs, shanghaiEpochDay } from '../../domain/calendar/index.js';
import { clockStatusAt } from '../../domain/sla/index.js';
import { SLA_CLOCK_NAMES, type AlertStatus, type SlaAlert } from '../../projections/sla-clocks/index.js';
import type { CustomerClass } from '../../domain/index.js';
import { CALENDAR_ESTIMATED, PAUSED } from './clock-table.js';
import { roundOf, type CompactProject, type CompactSlaClocks } from './compact-sla-clocks.js';

export interface CompactAlertsFilter {
  asOf: number;
  orgUnit?: string;
  customerClass?: string;
  statuses: readonly AlertStatus[];
}

/**
 * `listSlaAlerts` over the compact clocks, with the same answer: the clocks are already in the list's order, so the
 * overdue and due-soon ones are picked in one pass with no sort; working days are subtractions in the calendar's table.
 */
export function compactAlerts(set: CompactSlaClocks, filter: CompactAlertsFilter): SlaAlert[] {
  const { asOf } = filter;
  const org = filter.orgUnit === undefined ? -1 : set.code('orgUnit', filter.orgUnit);
  const cls = filter.customerClass === undefined ? -1 : set.code('customerClass', filter.customerClass);
  if ((filter.orgUnit !== undefined && org < 0) || (filter.customerClass !== undefined && cls < 0)) return [];
  const wanted = new Set<string>(filter.statuses);
  const asOfDay = shanghaiEpochDay(asOf);
  const { calendar } = set;
  const deadlines = new Map<number, string>();
  const alerts: SlaAlert[] = [];

  /** Clocks the customer's waits paused, whose deadlines moved: placed by their moved deadline at the end. */
  const moved: { alert: SlaAlert; deadlineDay: number }[] = [];

  const t = set.clocks;
  for (const id of set.inDeadlineOrder()) {
    const paused = (t.flags[id] & PAUSED) !== 0;
    const terms = paused ? set.pausedTerms(id, asOf) : undefined;
    const seen = terms
      ? clockStatusAt(asOf, t.startedAt[id], t.stoppedAt[id], t.cancelledAt[id], instantMs(terms.deadline), instantMs(terms.dueSoonFrom), terms.pausedNow)
      : clockStatusAt(asOf, t.startedAt[id], t.stoppedAt[id], t.cancelledAt[id], t.deadline[id], t.dueSoonFrom[id]);
    if (seen === null || !wanted.has(seen)) continue;
    const status = seen as AlertStatus;
    const project = set.projects[t.project[id]];
    if (project.appliedAt > asOf || (org >= 0 && project.orgUnit !== org) || (cls >= 0 && project.customerClass !== cls)) continue;
    const deadlineDay = terms ? shanghaiEpochDay(instantMs(terms.deadline)) : t.deadlineDay[id];
    let deadline = deadlines.get(deadlineDay);
    if (deadline === undefined) deadlines.set(deadlineDay, (deadline = endOfDay(fromEpochDay(deadlineDay))));
    const elapsed = calendar.workingDaysBetweenEpochDays(t.startDay[id], asOfDay) - (terms?.pausedWorkingDays ?? 0);
    const alert = alertOf(set, id, project, deadline, status, Math.max(0, elapsed));
    if (status === 'overdue') alert.workingDaysOver = calendar.workingDaysBetweenEpochDays(deadlineDay, asOfDay);
    else alert.workingDaysLeft = calendar.workingDaysBetweenEpochDays(asOfDay, deadlineDay);
    if (t.flags[id] & CALENDAR_ESTIMATED) alert.calendarEstimated = true;
    if (terms) moved.push({ alert, deadlineDay });
    else alerts.push(alert);
  }
  return moved.length === 0 ? alerts : mergeMoved(alerts, moved);
}

const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** The list's order: deadline, project, clock, round (as `CompactSlaClocks` sorts). */
const byDeadline = (a: SlaAlert, b: SlaAlert): number =>
  compare(a.deadline, b.deadline) || compare(a.projectId, b.projectId) || compare(a.clock, b.clock) || compare(a.round ?? 0, b.round ?? 0);

/** Merges the few alerts of paused clocks, sorted, into the list already in order: one pass. */
function mergeMoved(alerts: SlaAlert[], moved: { alert: SlaAlert }[]): SlaAlert[] {
  const extra = moved.map((m) => m.alert).sort(byDeadline);
  const merged: SlaAlert[] = [];
  let j = 0;
  for (const alert of alerts) {
    while (j < extra.length && byDeadline(extra[j], alert) < 0) merged.push(extra[j++]);
    merged.push(alert);
  }
  while (j < extra.length) merged.push(extra[j++]);
  return merged;
}

/**
 * One literal per shape, keys in `listSlaAlerts` order: spreading the optional round costs more than the rest of the
 * loop at 100,000 alerts. The start instant's text is made once per clock.
 */
function alertOf(set: CompactSlaClocks, id: number, project: CompactProject, deadline: string, status: AlertStatus, elapsedWorkingDays: number): SlaAlert {
  const t = set.clocks;
  const orgUnit = set.orgUnits[project.orgUnit];
  const customerClass = set.customerClasses[project.customerClass] as CustomerClass;
  const startedAt = (t.startedAtText[id] ??= new Date(t.startedAt[id]).toISOString());
  const clock = SLA_CLOCK_NAMES[t.name[id]];
  const round = roundOf(t.round[id]);
  return round === undefined
    ? { projectId: project.projectId, customerId: project.customerId, clock, deadline, status, orgUnit, customerClass, startedAt, elapsedWorkingDays }
    : { projectId: project.projectId, customerId: project.customerId, clock, round, deadline, status, orgUnit, customerClass, startedAt, elapsedWorkingDays };
}
