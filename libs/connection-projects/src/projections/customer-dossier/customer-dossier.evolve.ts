import type { StoredEvent } from '#event-sourcing';
import { decodeProjectEvent, type ProjectEvent, type ProjectEventDataMap } from '../../domain/index.js';
import type { DossierProjectDocument, DossierStatus, RecordedBy } from './customer-dossier.js';

type Doc = DossierProjectDocument;
type Data<T extends keyof ProjectEventDataMap> = ProjectEventDataMap[T];

/**
 * Folds one stored event into a project's dossier. Pure and tolerant: events before the application (or of unknown
 * types) leave the document as it is; an event at or below the document's position was already applied and changes
 * nothing, so evolve(evolve(d, e), e) equals evolve(d, e). Arrays are replaced, never pushed into: `doc` stays untouched.
 */
export function evolveDossierProject(doc: Doc | null, stored: StoredEvent): Doc | null {
  if (doc && stored.position <= doc.position) return doc;
  const event = decodeProjectEvent(stored);
  if (!event) return doc;
  const by: RecordedBy = { name: stored.metadata.actor.name, role: stored.metadata.actor.role };
  let next: Doc;
  if (event.type === 'ApplicationAccepted') {
    // An application without a customer id cannot be filed under anyone: nothing to record.
    if (typeof event.data.customer?.id !== 'string') return doc;
    next = application(doc, event.data, stored, by);
  }  else if (doc) next = { ...doc };
  else return doc;
  apply(next, event, by);
  next.status = statusOf(next);
  next.position = stored.position;
  next.updatedAt = stored.metadata.recordedAt;
  return next;
}

/** A repeated application for the same project (odd history) updates the application and keeps what followed it. */
function application(doc: Doc | null, d: Data<'ApplicationAccepted'>, stored: StoredEvent, by: RecordedBy): Doc {
  return {
    projectId: d.projectId,
    customerId: d.customer.id,
    applicant: d.customer,
    applicationPosition: stored.position,
    customerClass: d.customerClass,
    ...(d.subtype ? { subtype: d.subtype } : {}),
    businessType: d.businessType,
    requestedCapacity: d.requestedCapacity,
    supplyAddress: d.supplyAddress,
    orgUnit: d.orgUnit,
    channel: d.channel,
    ...(d.rented !== undefined ? { rented: d.rented } : {}),
    policyVersion: d.policyVersion,
    appliedAt: stored.metadata.occurredAt,
    acceptedBy: by,
    status: 'active',
    applicationDocuments: d.documents ?? [],
    siteSurveys: doc?.siteSurveys ?? [],
    ...(doc?.scheme ? { scheme: doc.scheme } : {}),
    designSubmissions: doc?.designSubmissions ?? [],
    ...(doc?.construction ? { construction: doc.construction } : {}),
    inspections: doc?.inspections ?? [],
    completionReports: doc?.completionReports ?? [],
    acceptanceRounds: doc?.acceptanceRounds ?? [],
    ...(doc?.contract ? { contract: doc.contract } : {}),
    ...(doc?.meter ? { meter: doc.meter } : {}),
    ...(doc?.archive ? { archive: doc.archive } : {}),
    ...(doc?.cancellation ? { cancellation: doc.cancellation } : {}),
    postConnectionChecks: doc?.postConnectionChecks ?? [],
    position: stored.position,
    updatedAt: stored.metadata.recordedAt,
  };
}

// Mutates the fresh copy made in evolveDossierProject, replacing (never editing) what it changes.
function apply(d: Doc, e: ProjectEvent, by: RecordedBy): void {
  const at = e.occurredAt;
  switch (e.type) {
    case 'SiteSurveyed':
      d.siteSurveys = [...d.siteSurveys, { at, findings: e.data.findings, proposedScheme: e.data.proposedScheme, by }];
      return;
    case 'SupplySchemeReplied': {
      const { projectId: _, ...fields } = e.data;
      d.scheme = { replied: { ...fields, at, by }, revisions: d.scheme?.revisions ?? [] };
      return;
    }
    case 'SupplySchemeRevised': {
      const { projectId: _, ...fields } = e.data;
      const revision = { ...fields, at, by };
      // A revision without a recorded reply (odd history) still belongs to the record: it stands in as the reply.
      d.scheme = d.scheme ? { ...d.scheme, revisions: [...d.scheme.revisions, revision] } : { replied: revision, revisions: [revision] };
      return;
    }
    case 'DesignSubmitted':
      d.designSubmissions = [
        ...d.designSubmissions,
        { round: e.data.round, submittedAt: at, designer: e.data.designer, documents: e.data.documents ?? [], submittedBy: by },
      ];
      return;
    case 'DesignReviewed': {
      const review = { result: e.data.result, opinions: e.data.opinions ?? [], reviewedAt: at, by };
      d.designSubmissions = d.designSubmissions.map((s) => (s.round === e.data.round ? { ...s, review } : s));
      return;
    }
    case 'ConstructionStarted': {
      const { projectId: _, ...construction } = e.data;
      d.construction = { ...construction, at, by };
      return;
    }
    case 'IntermediateInspectionRecorded': {
      const { round, items, result, defects, copiesTo } = e.data;
      d.inspections = [...d.inspections, { round, at, items: items ?? [], result, defects: defects ?? [], copiesTo: copiesTo ?? [], by }];
      return;
    }
    case 'CompletionReported':
      d.completionReports = [...d.completionReports, { at, documents: e.data.documents ?? [], by }];
      return;
    case 'AcceptanceRecorded':
      d.acceptanceRounds = [...d.acceptanceRounds, { round: e.data.round, at, result: e.data.result, defects: e.data.defects ?? [], by }];
      return;
    case 'SupplyContractSigned': {
      const { projectId: _, ...contract } = e.data;
      d.contract = { ...contract, signedAt: at, by };
      return;
    }
    case 'MeterInstalledAndEnergized':
      d.meter = { meterNumbers: e.data.meterNumbers ?? [], energizedAt: at, by };
      return;
    case 'ProjectArchived':
      d.archive = { archiveNo: e.data.archiveNo, archivedAt: at, by };
      return;
    case 'ProjectCancelled':
      d.cancellation = { reason: e.data.reason, requestedBy: e.data.requestedBy, at, by };
      return;
    case 'PostConnectionCheckRecorded':
      d.postConnectionChecks = [...d.postConnectionChecks, { at, findings: e.data.findings, by }];
      return;
  }
}

function statusOf(d: Doc): DossierStatus {
  if (d.cancellation) return 'cancelled';
  if (d.archive) return 'archived';
  if (d.meter) return 'energized';
  return 'active';
}
