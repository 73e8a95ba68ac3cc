import { endOfDay, fromEpochDay, shanghaiEpochDay } from '../../domain/calendar/index.js';
import { clockStatusAt } from '../../domain/sla/index.js';
import { SLA_CLOCK_NAMES, type AlertStatus, type SlaAlert } from '../../projections/sla-clocks/index.js';
import type { CustomerClass } from '../../domain/index.js';
import { CALENDAR_ESTIMATED } from './clock-table.js';
import { roundOf, type AlertPosition, type CompactProject, type CompactSlaClocks } from './compact-sla-clocks.js';

export interface CompactAlertsFilter {
  asOf: number;
  orgUnit?: string;
  customerClass?: string;
  statuses: readonly AlertStatus[];
}

export interface AlertPage {
  items: SlaAlert[];
  /** The last item's place in the list when more alerts follow it; null on the last page. */
  next: AlertPosition | null;
}

/**
 * One page of the alert list: the alerts after `after` (from the start when absent), at most `limit` of them. The
 * clocks are kept in the list's order, so the page starts at a binary search and stops once it is full.
 */
export function compactAlertPage(set: CompactSlaClocks, filter: CompactAlertsFilter, page: { after?: AlertPosition; limit: number }): AlertPage {
  const items: SlaAlert[] = [];
  let last = -1;
  for (const [id, alert] of matchingAlerts(set, filter, page.after === undefined ? 0 : set.indexAfter(page.after))) {
    if (items.length === page.limit) return { items, next: set.positionOf(last) };
    items.push(alert);
    last = id;
  }
  return { items, next: null };
}

/**
 * `listSlaAlerts` over the compact clocks, with the same answer: the clocks are already in the list's order, so the
 * overdue and due-soon ones are picked in one pass with no sort; working days are subtractions in the calendar's table.
 */
export function compactAlerts(set: CompactSlaClocks, filter: CompactAlertsFilter): SlaAlert[] {
  return [...matchingAlerts(set, filter, 0)].map(([, alert]) => alert);
}

function* matchingAlerts(set: CompactSlaClocks, filter: CompactAlertsFilter, from: number): Generator<[number, SlaAlert]> {
  const { asOf } = filter;
  const org = filter.orgUnit === undefined ? -1 : set.code('orgUnit', filter.orgUnit);
  const cls = filter.customerClass === undefined ? -1 : set.code('customerClass', filter.customerClass);
  if ((filter.orgUnit !== undefined && org < 0) || (filter.customerClass !== undefined && cls < 0)) return;
  const wanted = new Set<string>(filter.statuses);
  const asOfDay = shanghaiEpochDay(asOf);
  const { calendar } = set;
  const deadlines = new Map<number, string>();
  const t = set.clocks;
  const order = set.inDeadlineOrder();
  for (let i = from; i < order.length; i++) {
    const id = order[i];
    const seen = clockStatusAt(asOf, t.startedAt[id], t.stoppedAt[id], t.cancelledAt[id], t.deadline[id], t.dueSoonFrom[id]);
    if (seen === null || !wanted.has(seen)) continue;
    const status = seen as AlertStatus;
    const project = set.projects[t.project[id]];
    if (project.appliedAt > asOf || (org >= 0 && project.orgUnit !== org) || (cls >= 0 && project.customerClass !== cls)) continue;
    const deadlineDay = t.deadlineDay[id];
    let deadline = deadlines.get(deadlineDay);
    if (deadline === undefined) deadlines.set(deadlineDay, (deadline = endOfDay(fromEpochDay(deadlineDay))));
    const alert = alertOf(set, id, project, deadline, status, calendar.workingDaysBetweenEpochDays(t.startDay[id], asOfDay));
    if (status === 'overdue') alert.workingDaysOver = calendar.workingDaysBetweenEpochDays(deadlineDay, asOfDay);
    else alert.workingDaysLeft = calendar.workingDaysBetweenEpochDays(asOfDay, deadlineDay);
    if (t.flags[id] & CALENDAR_ESTIMATED) alert.calendarEstimated = true;
    yield [id, alert];
  }
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
    ? { subject: 'project', subjectId: project.projectId, projectId: project.projectId, customerId: project.customerId, clock, deadline, status, orgUnit, customerClass, startedAt, elapsedWorkingDays }
    : { subject: 'project', subjectId: project.projectId, projectId: project.projectId, customerId: project.customerId, clock, round, deadline, status, orgUnit, customerClass, startedAt, elapsedWorkingDays };
}
