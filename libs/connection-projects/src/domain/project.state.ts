import type { Capacity } from './project.values.js';
import type {
  AcceptanceResult,
  BusinessType,
  ContractType,
  CustomerClass,
  DesignReviewResult,
  InspectionResult,
  Subtype,
  SupplyMode,
  SupplyVoltage,
} from './project.enums.js';
import { isProjectEventType, type ProjectEventType } from './project.events.js';

export const PROJECT_STEPS = [
  'none',
  'applicationAccepted',
  'siteSurveyed',
  'schemeReplied',
  'designSubmitted',
  'designRejected',
  'designApproved',
  'constructionStarted',
  'inspectionRecorded',
  'completionReported',
  'acceptanceFailed',
  'acceptancePassed',
  'contractSigned',
  'energized',
  'archived',
  'cancelled',
] as const;
export type ProjectStep = (typeof PROJECT_STEPS)[number];

/** The scheme in force: the latest reply or revision (SPEC §3.3). */
export interface SchemeInForce {
  approvedCapacity: Capacity;
  supplyVoltage: SupplyVoltage;
  supplyMode: SupplyMode;
  backupSource?: string;
}

/**
 * What the rules need to know, folded from the project's events. `step` is the last event's step (what the project
 * view shows); the rules read the facts, because several steps may follow each other in more than one order.
 */
export interface ProjectState {
  step: ProjectStep;
  /** Events folded so far: 0 means the project does not exist. */
  eventCount: number;
  projectId?: string;
  customerId?: string;
  customerClass?: CustomerClass;
  subtype?: Subtype;
  rented: boolean;
  policyVersion?: string;
  orgUnit?: string;
  businessType?: BusinessType;
  supplyAddress?: string;
  /** The supply account a capacity increase names (SPEC §7.1). */
  accountId?: string;
  requestedCapacity?: Capacity;
  applicationDocuments: string[];
  siteSurveys: number;
  scheme?: SchemeInForce;
  schemeRevisions: number;
  /** Design submissions so far; the latest one's round. */
  designRounds: number;
  designReviews: { round: number; result: DesignReviewResult; opinionCount: number }[];
  designPendingReview: boolean;
  designApproved: boolean;
  constructionStarted: boolean;
  inspections: { round: number; result: InspectionResult }[];
  /** Intermediate-inspection requests so far (SPEC §3.13); one is open until the next inspection answers it. */
  inspectionRequests: number;
  inspectionRequestOpen: boolean;
  /** A wait on the customer is open (SPEC §3.14): at most one at a time. */
  customerWaitOpen: boolean;
  completionReports: number;
  /** Documents of the latest completion report. */
  completionDocuments: string[];
  /** A completion report waits for its acceptance (non-residential). */
  completionAwaitingAcceptance: boolean;
  acceptanceRounds: number;
  lastAcceptanceResult?: AcceptanceResult;
  acceptancePassed: boolean;
  contract?: { contractNo: string; contractType: ContractType };
  energized: boolean;
  meterNumbers: string[];
  archived: boolean;
  cancelled: boolean;
  postConnectionChecked: boolean;
  /** Business time of the latest event, ISO UTC: no later event may be dated before it (SPEC §4). */
  lastOccurredAt?: string;
}

export const initialProjectState: ProjectState = Object.freeze({
  step: 'none',
  eventCount: 0,
  rented: false,
  applicationDocuments: [],
  siteSurveys: 0,
  schemeRevisions: 0,
  designRounds: 0,
  designReviews: [],
  designPendingReview: false,
  designApproved: false,
  constructionStarted: false,
  inspections: [],
  inspectionRequests: 0,
  inspectionRequestOpen: false,
  customerWaitOpen: false,
  completionReports: 0,
  completionDocuments: [],
  completionAwaitingAcceptance: false,
  acceptanceRounds: 0,
  acceptancePassed: false,
  energized: false,
  meterNumbers: [],
  archived: false,
  cancelled: false,
  postConnectionChecked: false,
}) as ProjectState;

const STEP_BY_EVENT: Record<ProjectEventType, ProjectStep | null> = {
  ApplicationAccepted: 'applicationAccepted',
  SiteSurveyed: 'siteSurveyed',
  SupplySchemeReplied: 'schemeReplied',
  // A revision corrects the scheme; the project stays where it was.
  SupplySchemeRevised: null,
  DesignSubmitted: 'designSubmitted',
  DesignReviewed: 'designApproved',
  ConstructionStarted: 'constructionStarted',
  IntermediateInspectionRecorded: 'inspectionRecorded',
  CompletionReported: 'completionReported',
  AcceptanceRecorded: 'acceptancePassed',
  SupplyContractSigned: 'contractSigned',
  MeterInstalledAndEnergized: 'energized',
  ProjectArchived: 'archived',
  ProjectCancelled: 'cancelled',
  PostConnectionCheckRecorded: null,
  // A request and the waits on the customer leave the project at its step (SPEC §3.13–§3.14).
  IntermediateInspectionRequested: null,
  CustomerWaitStarted: null,
  CustomerWaitEnded: null,
};

/**
 * The step an event moves the project to. Reviews and acceptances depend on their result, so pass the event (a bare
 * type reads as the favourable result). Events that do not move the project (post-connection check, scheme revision,
 * unknown types) keep `current`.
 */
export const stepOf = (
  event: string | { type: string; data?: unknown },
  current: ProjectStep = 'none',
): ProjectStep => {
  const type = typeof event === 'string' ? event : event.type;
  if (!isProjectEventType(type)) return current;
  const result = typeof event === 'string' ? undefined : (event.data as { result?: string } | undefined)?.result;
  if (type === 'DesignReviewed' && result === 'rejected') return 'designRejected';
  if (type === 'AcceptanceRecorded' && result === 'failed') return 'acceptanceFailed';
  return STEP_BY_EVENT[type] ?? current;
};
