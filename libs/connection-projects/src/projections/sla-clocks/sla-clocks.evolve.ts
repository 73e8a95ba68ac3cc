import type { StoredEvent } from '#event-sourcing';
import { prcCalendar, utcInstant } from '../../domain/calendar/index.js';
import { decodeProjectEvent, policyFor, type ProjectEvent } from '../../domain/index.js';
import { advanceClocks, assessAtArchive, touchesClocks, workingDaysBetween, type ClockFold } from '../../domain/sla/index.js';
import { evolveAccountSlaClocks } from './sla-clocks.account.js';
import { evolveClaimSlaClocks, evolveComplaintSlaClocks } from './sla-clocks.complaint-claim.js';
import { cancelOpenClocks, lastStartedAtOf, openUntilOf, SLA_CLOCK_RECORDS as RECORDS } from './sla-clock-records.js';
import { OPEN_FOREVER, type SlaClockRecord, type SlaClocksDocument } from './sla-clocks.js';

type Doc = SlaClocksDocument;

/** Each subject's fold, by the prefix of its streams; projects' are the rest. */
const BY_STREAM_PREFIX: readonly [string, (doc: Doc | null, stored: StoredEvent) => Doc | null][] = [
  ['account-', evolveAccountSlaClocks],
  ['complaint-', evolveComplaintSlaClocks],
  ['claim-', evolveClaimSlaClocks],
];

/** Folds one stored event into its subject's SLA clocks: a project's, an account's, a complaint's or a claim's (SPEC §5, §7.2, §8). */
export function evolveSlaClocks(doc: Doc | null, stored: StoredEvent): Doc | null {
  const evolve = BY_STREAM_PREFIX.find(([prefix]) => stored.streamId.startsWith(prefix))?.[1] ?? evolveProjectSlaClocks;
  return evolve(doc, stored);
}

/**
 * Folds one stored event into a project's SLA clocks: the clocks the policy's clock table derives (`advanceClocks`,
 * as for the project view), recorded compactly in UTC with what the dashboard needs precomputed. Pure and tolerant:
 * an event for a project whose application was never seen leaves nothing behind.
 */
function evolveProjectSlaClocks(doc: Doc | null, stored: StoredEvent): Doc | null {
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
  next.lastStartedAt = lastStartedAtOf(clocks, doc.appliedAt);
  next.openUntil = openUntilOf(clocks);
  return next;
}

function applicationAccepted(event: ProjectEvent & { type: 'ApplicationAccepted' }): Doc {
  const { data, occurredAt: at } = event;
  const clocks = advanceClocks(policyFor(data.policyVersion).clocks, data.customerClass, { records: [] }, event, RECORDS);
  return {
    subject: 'project',
    subjectId: data.projectId,
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
    return { records: cancelOpenClocks(clocks, event.occurredAt), ...(clockPending ? { pending: clockPending } : {}) };
  }
  const table = policyFor(doc.policyVersion).clocks;
  if (!touchesClocks(table, event.type)) return undefined;
  const fold: ClockFold<SlaClockRecord> = clockPending ? { records: clocks, pending: clockPending } : { records: clocks };
  const next = advanceClocks(table, doc.customerClass, fold, event, RECORDS);
  return next === fold ? undefined : next;
}
