import type {
  Capacity,
  CustomerClass,
  Designer,
  ProjectStep,
  SupplySchemeFields,
} from '../../domain/index.js';
import type { EvaluatedClock, TimeLimit } from '../../domain/sla/index.js';

export type ProjectStatus = 'active' | 'energized' | 'archived' | 'cancelled';
export type ClockName = 'schemeReply' | 'designReview' | 'energization' | 'postConnectionCheck';

/** A clock as stored: start, stop and limit; its status is computed at query time for any `asOf` (SPEC §5). */
export interface ClockRecord {
  name: ClockName;
  /** Design review clocks: the submission round they time. */
  round?: number;
  startedAt: string;
  stoppedAt?: string;
  limit: TimeLimit;
  /** Deadline instant, precomputed with the project's policy and the working-day calendar. */
  deadline: string;
}

export interface DesignRound {
  round: number;
  submittedAt: string;
  designer: Designer;
  documents: string[];
  result?: 'approved' | 'rejected';
  opinions?: string[];
  reviewedAt?: string;
}

export interface AcceptanceRound {
  round: number;
  reportedAt?: string;
  at: string;
  result: 'passed' | 'failed';
  defects: string[];
}

/** Stored per project: everything the project view answers, plus the clock records. */
export interface ProjectViewDocument {
  projectId: string;
  customerId: string;
  customerName: string;
  customerClass: CustomerClass;
  subtype?: string;
  businessType: string;
  orgUnit: string;
  policyVersion: string;
  step: ProjectStep;
  status: ProjectStatus;
  version: number;
  position: number;
  requestedCapacity: Capacity;
  scheme?: SupplySchemeFields & { repliedAt: string; revisions: number; reason?: string };
  designRounds: DesignRound[];
  inspections: { round: number; at: string; result: string; defects: string[] }[];
  acceptanceRounds: AcceptanceRound[];
  /** Completion reported and not yet answered by an acceptance. */
  pendingCompletionAt?: string;
  contract?: { contractNo: string; contractType: string; signatories: { customer: string; utility: string }; effectiveDate: string; signedAt: string };
  meterNumbers?: string[];
  archiveNo?: string;
  cancellation?: { reason: string; requestedBy: string; at: string };
  dates: Partial<Record<KeyDate, string>>;
  clockRecords: ClockRecord[];
  updatedAt: string;
}

export type KeyDate =
  | 'appliedAt'
  | 'surveyedAt'
  | 'schemeRepliedAt'
  | 'designApprovedAt'
  | 'constructionStartedAt'
  | 'completionReportedAt'
  | 'acceptedAt'
  | 'contractSignedAt'
  | 'energizedAt'
  | 'archivedAt'
  | 'cancelledAt'
  | 'postConnectionCheckedAt';

/** The project view as API.md answers it: the stored document with its clocks evaluated as of a time. */
export type ProjectView = Omit<ProjectViewDocument, 'clockRecords' | 'pendingCompletionAt'> & {
  clocks: (EvaluatedClock<ClockName> & { round?: number })[];
};
