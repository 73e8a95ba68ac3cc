import type { StoredEvent } from '#event-sourcing';
import { prcCalendar } from '../../domain/calendar/index.js';
import { decodeProjectEvent, policyFor, type ProjectEvent, type ProjectEventDataMap } from '../../domain/index.js';
import { deadlineFor, workingDaysBetween, type TimeLimit } from '../../domain/sla/index.js';
import type { ClockName } from '../project-view/index.js';
import { OPEN_FOREVER, utcInstant, type SlaClockRecord, type SlaClocksDocument } from './sla-clocks.js';

type Doc = SlaClocksDocument;

/**
 * Folds one stored event into a project's SLA clocks: the SPEC §5 clock table, with the same starts, stops and
 * limits as the project view's clock records (a spec holds the two folds to the same records). Pure and tolerant:
 * an event for a project whose application was never seen leaves nothing behind.
 */
export function evolveSlaClocks(doc: Doc | null, stored: StoredEvent): Doc | null {
  const decoded = decodeProjectEvent(stored);
  if (!decoded) return doc;
  const at = utcInstant(decoded.occurredAt);
  const event = { ...decoded, occurredAt: at } as ProjectEvent;
  if (event.type === 'ApplicationAccepted') return applicationAccepted(event.data, at);
  if (!doc) return doc;
  const clocks = nextClocks(doc, event, at);
  const next: Doc = { ...doc, clocks };
  if (event.type === 'MeterInstalledAndEnergized') {
    next.energizedAt = at;
    next.connectionWorkingDays = workingDaysBetween(prcCalendar, doc.appliedAt, at);
  }
  if (event.type === 'ProjectCancelled') next.cancelledAt = at;
  if (clocks === doc.clocks) return next;
  next.lastStartedAt = clocks.reduce((latest, c) => (c.startedAt > latest ? c.startedAt : latest), doc.appliedAt);
  next.openUntil = openUntilOf(clocks);
  return next;
}

function applicationAccepted(data: ProjectEventDataMap['ApplicationAccepted'], at: string): Doc {
  const limit = policyFor(data.policyVersion).limits.schemeReply[data.customerClass];
  return {
    projectId: data.projectId,
    customerId: data.customer.id,
    orgUnit: data.orgUnit,
    customerClass: data.customerClass,
    policyVersion: data.policyVersion,
    appliedAt: at,
    lastStartedAt: at,
    openUntil: OPEN_FOREVER,
    clocks: [started('schemeReply', at, limit)],
  };
}

/** The clocks after the event; the same array when the event touches no clock. */
function nextClocks(doc: Doc, event: ProjectEvent, at: string): SlaClockRecord[] {
  const { clocks } = doc;
  const limits = policyFor(doc.policyVersion).limits;
  switch (event.type) {
    case 'SupplySchemeReplied':
      return stop(clocks, 'schemeReply', at);
    case 'DesignSubmitted': {
      const limit = limits.designReview[doc.customerClass];
      return limit ? [...clocks, started('designReview', at, limit, event.data.round)] : clocks;
    }
    case 'DesignReviewed':
      return stop(clocks, 'designReview', at, event.data.round);
    case 'AcceptanceRecorded': {
      const { startsAt, limit } = limits.energization[doc.customerClass];
      return event.data.result === 'passed' && startsAt === 'acceptancePassed' ? [...clocks, started('energization', at, limit)] : clocks;
    }
    case 'SupplyContractSigned': {
      const { startsAt, limit } = limits.energization[doc.customerClass];
      return startsAt === 'contractSigned' ? [...clocks, started('energization', at, limit)] : clocks;
    }
    case 'MeterInstalledAndEnergized':
      return [...stop(clocks, 'energization', at), started('postConnectionCheck', at, limits.postConnectionCheck)];
    case 'PostConnectionCheckRecorded':
      return stop(clocks, 'postConnectionCheck', at);
    case 'ProjectCancelled':
      // "A cancelled project stops its clocks" (SPEC §5): open ones are marked, so that from the cancellation on they
      // leave the dashboard, while an `asOf` before it still sees them running.
      return clocks.map((c) => (isOpen(c) ? { ...c, cancelledAt: at } : c));
    default:
      return clocks;
  }
}

function started(name: ClockName, at: string, limit: TimeLimit, round?: number): SlaClockRecord {
  const { deadline, dueSoonFrom, calendarEstimated } = deadlineFor(prcCalendar, at, limit);
  return {
    name,
    ...(round !== undefined ? { round } : {}),
    startedAt: at,
    limit,
    deadline: utcInstant(deadline),
    dueSoonFrom: utcInstant(dueSoonFrom),
    ...(calendarEstimated ? { calendarEstimated: true as const } : {}),
  };
}

/** Stops the open clock of that name (and round); a clock stops once, as in the project view. */
function stop(clocks: SlaClockRecord[], name: ClockName, at: string, round?: number): SlaClockRecord[] {
  if (!clocks.some((c) => matches(c, name, round))) return clocks;
  return clocks.map((c) =>
    matches(c, name, round) ? { ...c, stoppedAt: at, workingDaysToStop: workingDaysBetween(prcCalendar, c.startedAt, at) } : c,
  );
}

const matches = (c: SlaClockRecord, name: ClockName, round?: number): boolean =>
  c.name === name && c.stoppedAt === undefined && (round === undefined || c.round === round);

const isOpen = (c: SlaClockRecord): boolean => c.stoppedAt === undefined && c.cancelledAt === undefined;

function openUntilOf(clocks: SlaClockRecord[]): string {
  let until = '';
  for (const c of clocks) {
    const closedAt = c.stoppedAt ?? c.cancelledAt ?? OPEN_FOREVER;
    if (closedAt > until) until = closedAt;
  }
  return until;
}
