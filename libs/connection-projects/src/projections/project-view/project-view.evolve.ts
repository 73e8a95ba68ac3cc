import type { StoredEvent } from '#event-sourcing';
import {
  decodeProjectEvent,
  policyFor,
  stepOf,
  type ProjectEvent,
  type ProjectEventDataMap,
} from '../../domain/index.js';
import type { TimeLimit } from '../../domain/sla/index.js';
import { deadlineOf } from './deadline-memo.js';
import type { ClockName, ClockRecord, ProjectStatus, ProjectViewDocument } from './project-view.js';

type Doc = ProjectViewDocument;
type Data<T extends keyof ProjectEventDataMap> = ProjectEventDataMap[T];

/**
 * Folds one stored event into the project view. Pure, and tolerant: an event for a project whose application was never
 * seen (or an unknown type) leaves the view as it is, so a projection never stops on odd history.
 */
export function evolveProjectView(doc: Doc | null, stored: StoredEvent): Doc | null {
  const event = decodeProjectEvent(stored);
  if (!event) return doc;
  const at = event.occurredAt;
  if (event.type === 'ApplicationAccepted') return applicationAccepted(event.data, stored, at);
  if (!doc) return doc;
  const next: Doc = {
    ...doc,
    step: stepOf(event, doc.step),
    version: stored.version,
    position: stored.position,
    updatedAt: stored.metadata.recordedAt,
  };
  apply(next, event);
  next.status = statusOf(next);
  return next;
}

function applicationAccepted(data: Data<'ApplicationAccepted'>, stored: StoredEvent, at: string): Doc {
  const policy = policyFor(data.policyVersion);
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
    clockRecords: [clock('schemeReply', at, policy.limits.schemeReply[data.customerClass])],
    updatedAt: stored.metadata.recordedAt,
  };
}

// Mutates the fresh copy made in evolveProjectView; arrays are replaced, never pushed into, so `doc` stays untouched.
function apply(d: Doc, e: ProjectEvent): void {
  const at = e.occurredAt;
  const policy = policyFor(d.policyVersion);
  switch (e.type) {
    case 'SiteSurveyed':
      d.dates = { ...d.dates, surveyedAt: at };
      return;
    case 'SupplySchemeReplied': {
      const { projectId: _, ...scheme } = e.data;
      d.scheme = { ...scheme, repliedAt: at, revisions: 0 };
      d.dates = { ...d.dates, schemeRepliedAt: at };
      d.clockRecords = stop(d.clockRecords, 'schemeReply', at);
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
      const limit = policy.limits.designReview[d.customerClass];
      if (limit) d.clockRecords = [...d.clockRecords, { ...clock('designReview', at, limit), round }];
      return;
    }
    case 'DesignReviewed': {
      const { round, result, opinions } = e.data;
      d.designRounds = d.designRounds.map((r) =>
        r.round === round ? { ...r, result, ...(opinions.length ? { opinions } : {}), reviewedAt: at } : r,
      );
      if (result === 'approved') d.dates = { ...d.dates, designApprovedAt: at };
      d.clockRecords = stop(d.clockRecords, 'designReview', at, round);
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
      const energization = policy.limits.energization[d.customerClass];
      if (energization.startsAt === 'acceptancePassed') d.clockRecords = [...d.clockRecords, clock('energization', at, energization.limit)];
      return;
    }
    case 'SupplyContractSigned': {
      const { projectId: _, ...contract } = e.data;
      d.contract = { ...contract, signedAt: at };
      d.dates = { ...d.dates, contractSignedAt: at };
      const energization = policy.limits.energization[d.customerClass];
      if (energization.startsAt === 'contractSigned') d.clockRecords = [...d.clockRecords, clock('energization', at, energization.limit)];
      return;
    }
    case 'MeterInstalledAndEnergized':
      d.meterNumbers = e.data.meterNumbers;
      d.dates = { ...d.dates, energizedAt: at };
      d.clockRecords = [...stop(d.clockRecords, 'energization', at), clock('postConnectionCheck', at, policy.limits.postConnectionCheck)];
      return;
    case 'ProjectArchived':
      d.archiveNo = e.data.archiveNo;
      d.dates = { ...d.dates, archivedAt: at };
      return;
    case 'ProjectCancelled':
      d.cancellation = { reason: e.data.reason, requestedBy: e.data.requestedBy, at };
      d.dates = { ...d.dates, cancelledAt: at };
      return;
    case 'PostConnectionCheckRecorded':
      d.dates = { ...d.dates, postConnectionCheckedAt: at };
      d.clockRecords = stop(d.clockRecords, 'postConnectionCheck', at);
      return;
  }
}

function clock(name: ClockName, startedAt: string, limit: TimeLimit): ClockRecord {
  return { name, startedAt, limit, deadline: deadlineOf(startedAt, limit) };
}

/** Stops the open clock of that name (and round); a clock stops once. */
function stop(records: ClockRecord[], name: ClockName, at: string, round?: number): ClockRecord[] {
  return records.map((r) =>
    r.name === name && r.stoppedAt === undefined && (round === undefined || r.round === round) ? { ...r, stoppedAt: at } : r,
  );
}

function statusOf(d: Doc): ProjectStatus {
  if (d.cancellation) return 'cancelled';
  if (d.archiveNo !== undefined) return 'archived';
  if (d.meterNumbers !== undefined) return 'energized';
  return 'active';
}
