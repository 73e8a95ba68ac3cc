import type { StoredEvent } from '#event-sourcing';
import { instantMs, prcCalendar, utcInstant } from '../../domain/calendar/index.js';
import { decodeProjectEvent, policyFor, type ProjectEvent } from '../../domain/index.js';
import {
  advanceClocks,
  assessAtArchive,
  deadlineFor,
  pausedTermsAt,
  touchesClocks,
  withPauseEnded,
  withPauseStarted,
  workingDaysBetween,
  type ClockFold,
  type ClockRecords,
} from '../../domain/sla/index.js';
import type { ClockName } from '../project-view/index.js';
import { OPEN_FOREVER, type SlaClockRecord, type SlaClocksDocument } from './sla-clocks.js';

type Doc = SlaClocksDocument;

/**
 * Folds one stored event into a project's SLA clocks: the clocks the policy's clock table derives (`advanceClocks`,
 * as for the project view), recorded compactly in UTC with what the dashboard needs precomputed. Pure and tolerant:
 * an event for a project whose application was never seen leaves nothing behind.
 */
export function evolveSlaClocks(doc: Doc | null, stored: StoredEvent): Doc | null {
  const decoded = decodeProjectEvent(stored);
  if (!decoded) return doc;
  const at = utcInstant(decoded.occurredAt);
  const event = { ...decoded, occurredAt: at } as ProjectEvent;
  if (event.type === 'ApplicationAccepted') return applicationAccepted(event);
  if (!doc) return doc;
  const fold = nextClocks(doc, event);
  const clocks = fold ? fold.records : doc.clocks;
  const next: Doc = { ...doc, clocks };
  if (fold?.pending) next.clockPending = fold.pending;
  else if (fold && next.clockPending !== undefined) delete next.clockPending;
  if (event.type === 'MeterInstalledAndEnergized') {
    next.energizedAt = at;
    next.connectionWorkingDays = workingDaysBetween(prcCalendar, doc.appliedAt, at);
  }
  if (event.type === 'ProjectCancelled') next.cancelledAt = at;
  if (event.type === 'ProjectArchived') {
    const assessment = assessAtArchive(prcCalendar, policyFor(doc.policyVersion), doc.clocks, at);
    if (assessment) (next.archivedAt = at), (next.onTime = assessment.onTime);
  }
  if (clocks === doc.clocks) return next;
  next.lastStartedAt = clocks.reduce((latest, c) => (c.startedAt > latest ? c.startedAt : latest), doc.appliedAt);
  next.openUntil = openUntilOf(clocks);
  return next;
}

function applicationAccepted(event: ProjectEvent & { type: 'ApplicationAccepted' }): Doc {
  const { data, occurredAt: at } = event;
  const clocks = advanceClocks(policyFor(data.policyVersion).clocks, data.customerClass, { records: [] }, event, RECORDS);
  return {
    projectId: data.projectId,
    customerId: data.customer.id,
    orgUnit: data.orgUnit,
    customerClass: data.customerClass,
    policyVersion: data.policyVersion,
    appliedAt: at,
    lastStartedAt: at,
    openUntil: OPEN_FOREVER,
    clocks: clocks.records,
    ...(clocks.pending ? { clockPending: clocks.pending } : {}),
  };
}

/** The clocks after the event; undefined when the event touches no clock. */
function nextClocks(doc: Doc, event: ProjectEvent): ClockFold<SlaClockRecord> | undefined {
  const { clocks, clockPending } = doc;
  if (event.type === 'ProjectCancelled') {
    // "A cancelled project stops its clocks" (SPEC §5): open ones are marked, so that from the cancellation on they
    // leave the dashboard, while an `asOf` before it still sees them running.
    const at = event.occurredAt;
    return { records: clocks.map((c) => (isOpen(c) ? { ...c, cancelledAt: at } : c)), ...(clockPending ? { pending: clockPending } : {}) };
  }
  const table = policyFor(doc.policyVersion).clocks;
  if (!touchesClocks(table, event.type)) return undefined;
  const fold: ClockFold<SlaClockRecord> = clockPending ? { records: clocks, pending: clockPending } : { records: clocks };
  const next = advanceClocks(table, doc.customerClass, fold, event, RECORDS);
  return next === fold ? undefined : next;
}

/** The compact record of a clock: instants in UTC, deadline and due-soon instant precomputed, working days once stopped. */
const RECORDS: ClockRecords<SlaClockRecord> = {
  started: (name, at, limit, round) => {
    const { deadline, dueSoonFrom, calendarEstimated } = deadlineFor(prcCalendar, at, limit);
    return {
      name: name as ClockName,
      ...(round !== undefined ? { round } : {}),
      startedAt: at,
      limit,
      deadline: utcInstant(deadline),
      dueSoonFrom: utcInstant(dueSoonFrom),
      ...(calendarEstimated ? { calendarEstimated: true as const } : {}),
    };
  },
  stopped: (c, at) => ({ ...c, stoppedAt: at, workingDaysToStop: workingDaysToStop(c, at) }),
  paused: (c, at) => ({ ...c, pauses: withPauseStarted(c.pauses, at) }),
  resumed: (c, at) => ({ ...c, pauses: withPauseEnded(c.pauses!, at) }),
};

/** No pause starts after the stop, and one still open counts up to the stop day: the figure is final at the stop. */
function workingDaysToStop(c: SlaClockRecord, at: string): number {
  const days = workingDaysBetween(prcCalendar, c.startedAt, at);
  if (c.pauses === undefined) return days;
  const stopMs = instantMs(at);
  return Math.max(0, days - pausedTermsAt(prcCalendar, c.startedAt, c.limit, c.pauses, stopMs, stopMs).pausedWorkingDays);
}

const isOpen = (c: SlaClockRecord): boolean => c.stoppedAt === undefined && c.cancelledAt === undefined;

function openUntilOf(clocks: SlaClockRecord[]): string {
  let until = '';
  for (const c of clocks) {
    const closedAt = c.stoppedAt ?? c.cancelledAt ?? OPEN_FOREVER;
    if (closedAt > until) until = closedAt;
  }
  return until;
}
