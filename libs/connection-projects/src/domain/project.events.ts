import type {
  AcceptanceResult,
  BusinessType,
  CancellationRequester,
  Channel,
  ContractType,
  CopyRecipient,
  CustomerClass,
  CustomerWaitKind,
  DesignReviewResult,
  InspectionResult,
  Subtype,
  SupplyMode,
  SupplyVoltage,
} from './project.enums.js';
import type { Capacity, ChosenParty, Contractor, CustomerDetails, Designer, DocumentCodes } from './project.values.js';

/**
 * Events: stable string types, past tense (STYLE.md); each event's data is written out here, as the fact it records,
 * and each decision maps its command to it (a request field is never stored by accident). `occurredAt` is the decided
 * business time. Never rename a type or change a stored shape in place: a breaking change gets a new schema version
 * (project.event-schema.ts) and an upcaster, applied when events are read.
 */
export const projectStreamId = (projectId: string): string => `project-${projectId}`;

/** Every event names its project (STYLE.md: data carries the aggregate's id). */
interface ProjectFact {
  projectId: string;
}

/** 1-based counter of repeated steps (design submission and its review, inspections, acceptance). */
interface Rounded {
  round: number;
}

/** 受理: the application as accepted, with the policy version that governs the project for life (SPEC §6). */
export interface ApplicationAcceptedData extends ProjectFact {
  customer: CustomerDetails;
  customerClass: CustomerClass;
  subtype?: Subtype;
  businessType: BusinessType;
  requestedCapacity: Capacity;
  supplyAddress: string;
  orgUnit: string;
  channel: Channel;
  rented?: boolean;
  documents: DocumentCodes;
  policyVersion: string;
  /** The supply account a capacity increase enlarges (SPEC §7.1): its contract capacity changes at energization. */
  accountId?: string;
}

/** 现场勘察. */
export interface SiteSurveyedData extends ProjectFact {
  findings: string;
  proposedScheme: string;
}

/** The supply scheme as replied or revised (供电方案). */
export interface SupplyScheme {
  approvedCapacity: Capacity;
  supplyVoltage: SupplyVoltage;
  supplyMode: SupplyMode;
  backupSource?: string;
  meteringMethod: string;
  /** YYYY-MM-DD */
  validUntil?: string;
  notes?: string;
}

export interface SupplySchemeRepliedData extends ProjectFact, SupplyScheme {}

/** 供电方案变更: the whole new scheme and why it changed. */
export interface SupplySchemeRevisedData extends ProjectFact, SupplyScheme {
  reason: string;
}

export interface DesignSubmittedData extends ProjectFact, Rounded {
  designer: Designer;
  documents: DocumentCodes;
}

export interface DesignReviewedData extends ProjectFact, Rounded {
  result: DesignReviewResult;
  opinions: string[];
}

export interface ConstructionStartedData extends ProjectFact {
  contractor: Contractor;
  /** YYYY-MM-DD */
  plannedStart: string;
  /** YYYY-MM-DD */
  plannedCompletion: string;
  suppliers?: ChosenParty[];
}

export interface IntermediateInspectionRecordedData extends ProjectFact, Rounded {
  items: string[];
  result: InspectionResult;
  defects?: string[];
  copiesTo: CopyRecipient[];
}

export interface CompletionReportedData extends ProjectFact {
  documents: DocumentCodes;
}

export interface AcceptanceRecordedData extends ProjectFact, Rounded {
  result: AcceptanceResult;
  defects?: string[];
}

export interface SupplyContractSignedData extends ProjectFact {
  contractNo: string;
  contractType: ContractType;
  signatories: { customer: string; utility: string };
  /** YYYY-MM-DD */
  effectiveDate: string;
}

export interface MeterInstalledAndEnergizedData extends ProjectFact {
  meterNumbers: string[];
}

export interface ProjectArchivedData extends ProjectFact {
  archiveNo: string;
}

export interface ProjectCancelledData extends ProjectFact {
  reason: string;
  requestedBy: CancellationRequester;
}

export interface PostConnectionCheckRecordedData extends ProjectFact {
  findings: string;
}

/** 中间检查申请 (SPEC §3.13): answered by the next IntermediateInspectionRecorded; `round` counts the requests. */
export interface IntermediateInspectionRequestedData extends ProjectFact, Rounded {
  stage: string;
  contact?: string;
}

/** 客户原因暂停计时 (SPEC §3.14): the project waits on the customer from this event's business time. */
export interface CustomerWaitStartedData extends ProjectFact {
  kind: CustomerWaitKind;
  reason: string;
}

/** The wait on the customer ends (SPEC §3.14). */
export interface CustomerWaitEndedData extends ProjectFact {
  notes?: string;
}

export interface ProjectEventDataMap {
  ApplicationAccepted: ApplicationAcceptedData;
  SiteSurveyed: SiteSurveyedData;
  SupplySchemeReplied: SupplySchemeRepliedData;
  SupplySchemeRevised: SupplySchemeRevisedData;
  DesignSubmitted: DesignSubmittedData;
  DesignReviewed: DesignReviewedData;
  ConstructionStarted: ConstructionStartedData;
  IntermediateInspectionRecorded: IntermediateInspectionRecordedData;
  CompletionReported: CompletionReportedData;
  AcceptanceRecorded: AcceptanceRecordedData;
  SupplyContractSigned: SupplyContractSignedData;
  MeterInstalledAndEnergized: MeterInstalledAndEnergizedData;
  ProjectArchived: ProjectArchivedData;
  ProjectCancelled: ProjectCancelledData;
  PostConnectionCheckRecorded: PostConnectionCheckRecordedData;
  IntermediateInspectionRequested: IntermediateInspectionRequestedData;
  CustomerWaitStarted: CustomerWaitStartedData;
  CustomerWaitEnded: CustomerWaitEndedData;
}

export type ProjectEventType = keyof ProjectEventDataMap;

export interface ProjectEventOf<T extends ProjectEventType> {
  type: T;
  data: ProjectEventDataMap[T];
  occurredAt: string;
}

export type ProjectEvent = { [T in ProjectEventType]: ProjectEventOf<T> }[ProjectEventType];

export type ApplicationAccepted = ProjectEventOf<'ApplicationAccepted'>;
export type SiteSurveyed = ProjectEventOf<'SiteSurveyed'>;
export type SupplySchemeReplied = ProjectEventOf<'SupplySchemeReplied'>;
export type SupplySchemeRevised = ProjectEventOf<'SupplySchemeRevised'>;
export type DesignSubmitted = ProjectEventOf<'DesignSubmitted'>;
export type DesignReviewed = ProjectEventOf<'DesignReviewed'>;
export type ConstructionStarted = ProjectEventOf<'ConstructionStarted'>;
export type IntermediateInspectionRecorded = ProjectEventOf<'IntermediateInspectionRecorded'>;
export type CompletionReported = ProjectEventOf<'CompletionReported'>;
export type AcceptanceRecorded = ProjectEventOf<'AcceptanceRecorded'>;
export type SupplyContractSigned = ProjectEventOf<'SupplyContractSigned'>;
export type MeterInstalledAndEnergized = ProjectEventOf<'MeterInstalledAndEnergized'>;
export type ProjectArchived = ProjectEventOf<'ProjectArchived'>;
export type ProjectCancelled = ProjectEventOf<'ProjectCancelled'>;
export type PostConnectionCheckRecorded = ProjectEventOf<'PostConnectionCheckRecorded'>;
export type IntermediateInspectionRequested = ProjectEventOf<'IntermediateInspectionRequested'>;
export type CustomerWaitStarted = ProjectEventOf<'CustomerWaitStarted'>;
export type CustomerWaitEnded = ProjectEventOf<'CustomerWaitEnded'>;

export const PROJECT_EVENT_TYPES = [
  'ApplicationAccepted',
  'SiteSurveyed',
  'SupplySchemeReplied',
  'SupplySchemeRevised',
  'DesignSubmitted',
  'DesignReviewed',
  'ConstructionStarted',
  'IntermediateInspectionRecorded',
  'CompletionReported',
  'AcceptanceRecorded',
  'SupplyContractSigned',
  'MeterInstalledAndEnergized',
  'ProjectArchived',
  'ProjectCancelled',
  'PostConnectionCheckRecorded',
  'IntermediateInspectionRequested',
  'CustomerWaitStarted',
  'CustomerWaitEnded',
] as const satisfies readonly ProjectEventType[];

export const isProjectEventType = (type: string): type is ProjectEventType =>
  (PROJECT_EVENT_TYPES as readonly string[]).includes(type);
