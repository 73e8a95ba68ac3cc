import type {
  Capacity,
  CustomerClass,
  Designer,
  ProjectStep,
  SupplySchemeFields,
} from '../../domain/index.js';
import type { ClockInstance, ClockPauseSpan, EvaluatedClock, ProjectAssessment } from '../../domain/sla/index.js';

export type ProjectStatus = 'active' | 'energized' | 'archived' | 'cancelled';
/** Every clock name of the shipped policies (SPEC §5, §6): a name means the same stage under every policy. */
export type ClockName =
  | 'schemeReply'
  | 'designReview'
  | 'energization'
  | 'postConnectionCheck'
  | 'connection'
  | 'intermediateInspection'
  | 'completionInspection';

/**
 * A clock as stored: start, stop, limit and deadline, as the policy's clock table derives them (`deriveClocks`); its
 * status is computed at query time for any `asOf` (SPEC §5). Design review clocks carry the round they time.
 */
export type ClockRecord = ClockInstance<ClockName>;

export interface DesignRound {
  round: number;
  submittedAt: string;
  designer: Designer;
  documents: string[];
  result?: 'approved' | 'rejected';
  opinions?: string[];
  reviewedAt?: string;
}

export interface CustomerWait {
  kind: string;
  reason: string;
  startedAt: string;
  endedAt?: string;
  notes?: string;
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
  /** The waits on the customer (SPEC §3.14), in order; absent when there were none. */
  customerWaits?: CustomerWait[];
  /** SPEC §6 业扩时限达标: the judgement at archiving, under a policy that assesses (sgcc-assessment). */
  assessment?: ProjectAssessment;
  dates: Partial<Record<KeyDate, string>>;
  clockRecords: ClockRecord[];
  updatedAt: string;
  /** Halves of "the later of" clock starts awaiting the other (absent when none, always under the seed policy). */
  clockPending?: Readonly<Record<string, string>>;
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
export type ProjectView = Omit<ProjectViewDocument, 'clockRecords' | 'pendingCompletionAt' | 'clockPending'> & {
  /** `pauses`: the waits that paused the clock as seen at that time (a wait still open has no `to`). */
  clocks: (EvaluatedClock<ClockName> & { round?: number; pauses?: ClockPauseSpan[] })[];
};
