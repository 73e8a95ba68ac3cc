import type { StoredEvent } from '#event-sourcing';
import {
  decodeProjectEvent,
  policyFor,
  prcCalendar,
  stepOf,
  type ProjectEvent,
  type ProjectEventDataMap,
} from '../../domain/index.js';
import { advanceClocks, assessAtArchive, clockInstancesOn, touchesClocks, type ClockFold, type ClockRecords } from '../../domain/sla/index.js';
import type { ClockRecord, ProjectStatus, ProjectViewDocument } from './project-view.js';

type Doc = ProjectViewDocument;

const CLOCK_RECORDS = clockInstancesOn(prcCalendar) as ClockRecords<ClockRecord>;
const NO_CLOCKS: ClockFold<ClockRecord> = { records: [] };
type Data<T extends keyof ProjectEventDataMap> = ProjectEventDataMap[T];

/**
 * Folds one stored event into the project view. Pure, and tolerant: an event for a project whose application was never
 * seen (or an unknown type) leaves the view as it is, so a projection never stops on odd history.
 */
export function evolveProjectView(doc: Doc | null, stored: StoredEvent): Doc | null {
  const event = decodeProjectEvent(stored);
  if (!event) return doc;
  const at = event.occurredAt;
  if (event.type === 'ApplicationAccepted') return applicationAccepted(event, stored, at);
  if (!doc) return doc;
  const next: Doc = {
    ...doc,
    step: stepOf(event, doc.step),
    version: stored.version,
    position: stored.position,
    updatedAt: stored.metadata.recordedAt,
  };
  apply(next, event);
  advance(next, event);
  next.status = statusOf(next);
  return next;
}

function applicationAccepted(event: ProjectEvent & { type: 'ApplicationAccepted' }, stored: StoredEvent, at: string): Doc {
  const { data } = event;
  const clocks = advanceClocks(policyFor(data.policyVersion).clocks, data.customerClass, NO_CLOCKS, event, CLOCK_RECORDS);
  return {
    projectId: data.projectId,
    customerId: data.customer.id,
    customerName: data.customer.name,
    customerClass: data.customerClass,
    ...(data.subtype ? { subtype: data.subtype } : {}),
    businessType: data.businessType,
    orgUnit: data.orgUnit,
    policyVersion: data.policyVersion,
    step: 'applicationAccepted',
    status: 'active',
    version: stored.version,
    position: stored.position,
    requestedCapacity: data.requestedCapacity,
    designRounds: [],
    inspections: [],
    acceptanceRounds: [],
    dates: { appliedAt: at },
    clockRecords: clocks.records,
    updatedAt: stored.metadata.recordedAt,
    ...(clocks.pending ? { clockPending: clocks.pending } : {}),
  };
}

/** The policy's clock table decides which clocks the event starts and stops (SPEC §5). */
function advance(d: Doc, e: ProjectEvent): void {
  const table = policyFor(d.policyVersion).clocks;
  if (!touchesClocks(table, e.type)) return;
  const fold: ClockFold<ClockRecord> = d.clockPending ? { records: d.clockRecords, pending: d.clockPending } : { records: d.clockRecords };
  const next = advanceClocks(table, d.customerClass, fold, e, CLOCK_RECORDS);
  if (next === fold) return;
  d.clockRecords = next.records;
  if (next.pending) d.clockPending = next.pending;
  else if (d.clockPending !== undefined) delete d.clockPending;
}

// Mutates the fresh copy made in evolveProjectView; arrays are replaced, never pushed into, so `doc` stays untouched.
function apply(d: Doc, e: ProjectEvent): void {
  const at = e.occurredAt;
  switch (e.type) {
    case 'SiteSurveyed':
      d.dates = { ...d.dates, surveyedAt: at };
      return;
    case 'SupplySchemeReplied': {
      const { projectId: _, ...scheme } = e.data;
      d.scheme = { ...scheme, repliedAt: at, revisions: 0 };
      d.dates = { ...d.dates, schemeRepliedAt: at };
      return;
    }
    case 'SupplySchemeRevised': {
      const { projectId: _, ...scheme } = e.data;
      d.scheme = { ...scheme, repliedAt: d.scheme?.repliedAt ?? at, revisions: (d.scheme?.revisions ?? 0) + 1 };
      return;
    }
    case 'DesignSubmitted': {
      const { round, designer, documents } = e.data;
      d.designRounds = [...d.designRounds, { round, submittedAt: at, designer, documents }];
      return;
    }
    case 'DesignReviewed': {
      const { round, result, opinions } = e.data;
      d.designRounds = d.designRounds.map((r) =>
        r.round === round ? { ...r, result, ...(opinions.length ? { opinions } : {}), reviewedAt: at } : r,
      );
      if (result === 'approved') d.dates = { ...d.dates, designApprovedAt: at };
      return;
    }
    case 'ConstructionStarted':
      d.dates = { ...d.dates, constructionStartedAt: at };
      return;
    case 'IntermediateInspectionRecorded':
      d.inspections = [...d.inspections, { round: e.data.round, at, result: e.data.result, defects: e.data.defects ?? [] }];
      return;
    case 'CompletionReported':
      d.pendingCompletionAt = at;
      d.dates = { ...d.dates, completionReportedAt: at };
      return;
    case 'AcceptanceRecorded': {
      const { round, result, defects } = e.data;
      const reportedAt = d.pendingCompletionAt;
      d.acceptanceRounds = [
        ...d.acceptanceRounds,
        { round, ...(reportedAt ? { reportedAt } : {}), at, result, defects: defects ?? [] },
      ];
      delete d.pendingCompletionAt;
      if (result !== 'passed') return;
      d.dates = { ...d.dates, acceptedAt: at };
      return;
    }
    case 'SupplyContractSigned': {
      const { projectId: _, ...contract } = e.data;
      d.contract = { ...contract, signedAt: at };
      d.dates = { ...d.dates, contractSignedAt: at };
      return;
    }
    case 'MeterInstalledAndEnergized':
      d.meterNumbers = e.data.meterNumbers;
      d.dates = { ...d.dates, energizedAt: at };
      return;
    case 'ProjectArchived': {
      d.archiveNo = e.data.archiveNo;
      d.dates = { ...d.dates, archivedAt: at };
      // SPEC §6: judged once, at archiving, on the clocks as they stand then.
      const assessment = assessAtArchive(prcCalendar, policyFor(d.policyVersion), d.clockRecords, at);
      if (assessment) d.assessment = assessment;
      return;
    }
    case 'CustomerWaitStarted':
      d.customerWaits = [...(d.customerWaits ?? []), { kind: e.data.kind, reason: e.data.reason, startedAt: at }];
      return;
    case 'CustomerWaitEnded': {
      const waits = d.customerWaits ?? [];
      const open = waits.at(-1);
      if (open && open.endedAt === undefined) {
        d.customerWaits = [...waits.slice(0, -1), { ...open, endedAt: at, ...(e.data.notes !== undefined ? { notes: e.data.notes } : {}) }];
      }
      return;
    }
    case 'ProjectCancelled':
      d.cancellation = { reason: e.data.reason, requestedBy: e.data.requestedBy, at };
      d.dates = { ...d.dates, cancelledAt: at };
      return;
    case 'PostConnectionCheckRecorded':
      d.dates = { ...d.dates, postConnectionCheckedAt: at };
      return;
  }
}

function statusOf(d: Doc): ProjectStatus {
  if (d.cancellation) return 'cancelled';
  if (d.archiveNo !== undefined) return 'archived';
  if (d.meterNumbers !== undefined) return 'energized';
  return 'active';
}
