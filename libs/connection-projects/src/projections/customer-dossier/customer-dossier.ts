import type {
  Capacity,
  ChosenParty,
  Contractor,
  CustomerDetails,
  Designer,
  SupplySchemeFields,
} from '../../domain/index.js';
import type { AccountView } from '../account-view/index.js';
import type { ClaimView } from '../claim-view/index.js';
import type { ComplaintView } from '../complaint-view/index.js';
import type { EventFacts } from '../audit-trail/event-facts.js';

/** Who recorded an entry: name and role are what a dossier reader needs; the full actor is in the audit trail. */
export interface RecordedBy {
  name: string;
  role: string;
}

export interface TimelineEntry {
  position: number;
  projectId: string;
  eventId: string;
  type: string;
  occurredAt: string;
  recordedAt: string;
  /** Chinese and English, never the ID number (audit-trail/event-summary.ts). */
  summary: string;
  /** What the summary speaks of, as fields (audit-trail/event-facts.ts): a reader words it in its own language. */
  facts: EventFacts;
  actor: RecordedBy;
}

export type SchemeRecord = SupplySchemeFields & { at: string; by: RecordedBy };

export interface DesignSubmissionRecord {
  round: number;
  submittedAt: string;
  designer: Designer;
  documents: string[];
  submittedBy: RecordedBy;
  review?: { result: string; opinions: string[]; reviewedAt: string; by: RecordedBy };
}

export type DossierStatus = 'active' | 'energized' | 'archived' | 'cancelled';

/**
 * Stored per project (collection `customer-dossier-project`), indexed by customer: later events of a project name only
 * the project, so the per-customer dossier is assembled at query time from its projects' documents. Everything the
 * archive needs (SPEC §3.11) is kept, with who recorded it and when (business time). The timeline is not stored here:
 * it is the audit trail's rows of the customer's projects, read at query time (a copy per document made the dossier
 * the rebuild's second most expensive projection).
 */
export interface DossierProjectDocument {
  projectId: string;
  customerId: string;
  /** The customer as this application gave them; stored unmasked (the read store is internal), masked on the way out. */
  applicant: CustomerDetails;
  /** Log position of the application: orders a customer's projects, and the first one fixes the customer's identity. */
  applicationPosition: number;
  customerClass: string;
  subtype?: string;
  businessType: string;
  requestedCapacity: Capacity;
  supplyAddress: string;
  orgUnit: string;
  channel: string;
  rented?: boolean;
  policyVersion: string;
  appliedAt: string;
  acceptedBy: RecordedBy;
  status: DossierStatus;
  applicationDocuments: string[];
  siteSurveys: { at: string; findings: string; proposedScheme: string; by: RecordedBy }[];
  /** The reply as given, then every revision in order; the scheme in force is the last revision, else the reply. */
  scheme?: { replied: SchemeRecord; revisions: (SchemeRecord & { reason: string })[] };
  designSubmissions: DesignSubmissionRecord[];
  construction?: {
    contractor: Contractor;
    plannedStart: string;
    plannedCompletion: string;
    suppliers?: ChosenParty[];
    at: string;
    by: RecordedBy;
  };
  inspections: { round: number; at: string; items: string[]; result: string; defects: string[]; copiesTo: string[]; by: RecordedBy }[];
  completionReports: { at: string; documents: string[]; by: RecordedBy }[];
  acceptanceRounds: { round: number; at: string; result: string; defects: string[]; by: RecordedBy }[];
  contract?: {
    contractNo: string;
    contractType: string;
    signatories: { customer: string; utility: string };
    effectiveDate: string;
    signedAt: string;
    by: RecordedBy;
  };
  meter?: { meterNumbers: string[]; energizedAt: string; by: RecordedBy };
  archive?: { archiveNo: string; archivedAt: string; by: RecordedBy };
  cancellation?: { reason: string; requestedBy: string; at: string; by: RecordedBy };
  postConnectionChecks: { at: string; findings: string; by: RecordedBy }[];
  /** Position of the last event applied: evolve ignores an event at or below it, so a replay changes nothing. */
  position: number;
  updatedAt: string;
}

/** A project as the dossier answers it. */
export type DossierProject = DossierProjectDocument;

/** The project part of the dossier, as its projects' documents assemble it. */
export interface ProjectDossier {
  customer: CustomerDetails;
  projects: DossierProject[];
  timeline: TimelineEntry[];
}

/**
 * API.md `/api/customers/:customerId/dossier`: with the customer's supply accounts, each its view as of now with every
 * service and charge, and its complaints and claims. A customer known only by accounts (a split's part), complaints or
 * claims has only its id as `customer`.
 */
export interface CustomerDossier extends Omit<ProjectDossier, 'customer'> {
  customer: CustomerDetails | { id: string };
  accounts: AccountView[];
  /** Their views as of now; what people typed masked of ID numbers unless the reader may see them. */
  complaints: ComplaintView[];
  claims: ClaimView[];
}
