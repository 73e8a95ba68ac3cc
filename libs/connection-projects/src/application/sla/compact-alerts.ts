import { endOfDay, fromEpochDay, shanghaiEpochDay } from '../../domain/calendar/index.js';
import { clockStatusAt } from '../../domain/sla/index.js';
import { SLA_CLOCK_NAMES, type AlertStatus, type SlaAlert } from '../../projections/sla-clocks/index.js';
import type { ClockSubject, CustomerClass } from '../../domain/index.js';
import { CALENDAR_ESTIMATED, GONE, PAUSED } from './clock-table.js';
import { roundOf, type AlertPosition, type CompactSlaClocks } from './compact-sla-clocks.js';
import { PROJECT } from './subject-table.js';

export interface CompactAlertsFilter {
  asOf: number;
  /** API.md `subject`: project, account, complaint or claim; absent, all. */
  subject?: string;
  orgUnit?: string;
  customerClass?: string;
  statuses: readonly AlertStatus[];
}

export interface AlertPage {
  items: SlaAlert[];
  /** The last item's place in the list when more alerts follow it; null on the last page. */
  next: AlertPosition | null;
}

type Placed = [AlertPosition, SlaAlert];

/**
 * One page of the alert list: the alerts after `after` (from the start when absent), at most `limit` of them. The
 * clocks are kept in the list's order, so the page starts at a binary search and stops once it is full.
 */
export function compactAlertPage(set: CompactSlaClocks, filter: CompactAlertsFilter, page: { after?: AlertPosition; limit: number }): AlertPage {
  const items: SlaAlert[] = [];
  let last: AlertPosition | null = null;
  for (const [position, alert] of matchingAlerts(set, filter, page.after)) {
    if (items.length === page.limit) return { items, next: last };
    items.push(alert);
    last = position;
  }
  return { items, next: null };
}

/**
 * `listSlaAlerts` over the compact clocks, with the same answer: the clocks are already in the list's order, so the
 * overdue and due-soon ones are picked in one pass with no sort; working days are subtractions in the calendar's table.
 */
export function compactAlerts(set: CompactSlaClocks, filter: CompactAlertsFilter): SlaAlert[] {
  return [...matchingAlerts(set, filter)].map(([, alert]) => alert);
}

/**
 * The alerts in the list's order, after `after`. Clocks a customer's wait paused have moved deadlines, so they are
 * not where `inDeadlineOrder` keeps them: the few of them are evaluated first, sorted by their moved place, and merged
 * into the walk over the others.
 */
function* matchingAlerts(set: CompactSlaClocks, filter: CompactAlertsFilter, after?: AlertPosition): Generator<Placed> {
  const judge = alertJudge(set, filter);
  if (!judge) return;
  const { flags } = set.clocks;
  const moved: Placed[] = [];
  for (const id of set.pausedIds()) {
    if (flags[id] & GONE) continue;
    const placed = judge(id);
    if (placed && (after === undefined || comparePositions(placed[0], after) > 0)) moved.push(placed);
  }
  moved.sort((a, b) => comparePositions(a[0], b[0]));
  let next = 0;
  const order = set.inDeadlineOrder();
  for (let i = after === undefined ? 0 : set.indexAfter(after); i < order.length; i++) {
    const id = order[i];
    if (flags[id] & PAUSED) continue;
    const placed = judge(id);
    if (!placed) continue;
    while (next < moved.length && comparePositions(moved[next][0], placed[0]) < 0) yield moved[next++];
    yield placed;
  }
  while (next < moved.length) yield moved[next++];
}

/** The alert of one clock as of the filter's asOf, with its place in the list; null when it is not one. */
function alertJudge(set: CompactSlaClocks, filter: CompactAlertsFilter): ((id: number) => Placed | null) | null {
  const { asOf } = filter;
  const sub = filter.subject === undefined ? -1 : set.code('subject', filter.subject);
  const org = filter.orgUnit === undefined ? -1 : set.code('orgUnit', filter.orgUnit);
  const cls = filter.customerClass === undefined ? -1 : set.code('customerClass', filter.customerClass);
  if ((filter.subject !== undefined && sub < 0) || (filter.orgUnit !== undefined && org < 0) || (filter.customerClass !== undefined && cls < 0)) return null;
  const wanted = new Set<string>(filter.statuses);
  const asOfDay = shanghaiEpochDay(asOf);
  const { calendar } = set;
  const deadlines = new Map<number, string>();
  const t = set.clocks;
  const s = set.subjects;
  return (id) => {
    const terms = t.flags[id] & PAUSED ? set.pausedTerms(id, asOf) : undefined;
    const seen = terms
      ? clockStatusAt(asOf, t.startedAt[id], t.stoppedAt[id], t.cancelledAt[id], terms.deadline, terms.dueSoonFrom, terms.pausedNow)
      : clockStatusAt(asOf, t.startedAt[id], t.stoppedAt[id], t.cancelledAt[id], t.deadline[id], t.dueSoonFrom[id]);
    if (seen === null || !wanted.has(seen)) return null;
    const status = seen as AlertStatus;
    const owner = t.owner[id];
    if (s.appliedAt[owner] > asOf || (sub >= 0 && s.subject[owner] !== sub) || (org >= 0 && s.orgUnit[owner] !== org) || (cls >= 0 && s.customerClass[owner] !== cls)) return null;
    const deadlineDay = terms ? terms.deadlineDay : t.deadlineDay[id];
    let deadline = deadlines.get(deadlineDay);
    if (deadline === undefined) deadlines.set(deadlineDay, (deadline = endOfDay(fromEpochDay(deadlineDay))));
    const elapsed = calendar.workingDaysBetweenEpochDays(t.startDay[id], asOfDay) - (terms?.pausedWorkingDays ?? 0);
    const alert = alertOf(set, id, owner, deadline, status, Math.max(0, elapsed));
    if (status === 'overdue') alert.workingDaysOver = calendar.workingDaysBetweenEpochDays(deadlineDay, asOfDay);
    else alert.workingDaysLeft = calendar.workingDaysBetweenEpochDays(asOfDay, deadlineDay);
    if (t.flags[id] & CALENDAR_ESTIMATED) alert.calendarEstimated = true;
    const position: AlertPosition = { deadlineDay, subject: alert.subject, subjectId: alert.subjectId, clock: alert.clock, ...(alert.round !== undefined ? { round: alert.round } : {}) };
    return [position, alert];
  };
}

const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** The list's order: deadline day, subject, subject id, clock, round (as `CompactSlaClocks` sorts). */
const comparePositions = (a: AlertPosition, b: AlertPosition): number =>
  a.deadlineDay - b.deadlineDay ||
  compare(a.subject, b.subject) ||
  compare(a.subjectId, b.subjectId) ||
  compare(a.clock, b.clock) ||
  compare(a.round ?? 0, b.round ?? 0);

/**
 * One literal per shape, keys in `listSlaAlerts` order: spreading the optional round costs more than the rest of the
 * loop at 100,000 alerts. The start instant's text is made once per clock. A subject other than a project has neither
 * project id nor class.
 */
function alertOf(set: CompactSlaClocks, id: number, owner: number, deadline: string, status: AlertStatus, elapsedWorkingDays: number): SlaAlert {
  const t = set.clocks;
  const s = set.subjects;
  const orgUnit = set.orgUnits[s.orgUnit[owner]];
  const startedAt = (t.startedAtText[id] ??= new Date(t.startedAt[id]).toISOString());
  const clock = SLA_CLOCK_NAMES[t.name[id]];
  const subjectId = s.subjectId[owner];
  const customerId = s.customerId[owner];
  if ((s.flags[owner] & PROJECT) === 0) {
    const subject = set.subjectNames[s.subject[owner]] as ClockSubject;
    return { subject, subjectId, customerId, clock, deadline, status, orgUnit, startedAt, elapsedWorkingDays };
  }
  const projectId = subjectId;
  const customerClass = set.customerClasses[s.customerClass[owner]] as CustomerClass;
  const round = roundOf(t.round[id]);
  return round === undefined
    ? { subject: 'project', subjectId, projectId, customerId, clock, deadline, status, orgUnit, customerClass, startedAt, elapsedWorkingDays }
    : { subject: 'project', subjectId, projectId, customerId, clock, round, deadline, status, orgUnit, customerClass, startedAt, elapsedWorkingDays };
}
