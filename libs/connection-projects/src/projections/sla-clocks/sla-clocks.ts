import {
  ACCOUNT_CLOCK_NAMES,
  CLAIM_CLOCK_NAMES,
  COMPLAINT_CLOCK_NAMES,
  type AccountClockName,
  type ClaimClockName,
  type ClockSubject,
  type ComplaintClockName,
  type CustomerClass,
  type Satisfaction,
} from '../../domain/index.js';
import type { ClockPauseSpan, TimeLimit } from '../../domain/sla/index.js';
import type { ClockName } from '../project-view/index.js';

/** Every clock the dashboard counts: a name means the same stage whatever runs it (SPEC §5–§7). */
export type SlaClockName = ClockName | AccountClockName | ComplaintClockName | ClaimClockName;

export const SLA_CLOCK_NAMES = [
  'schemeReply',
  'designReview',
  'energization',
  'postConnectionCheck',
  'connection',
  'intermediateInspection',
  'completionInspection',
  ...ACCOUNT_CLOCK_NAMES,
  ...COMPLAINT_CLOCK_NAMES,
  ...CLAIM_CLOCK_NAMES,
] as const satisfies readonly SlaClockName[];

/** The dashboard's columns since the start (the seed clocks): shown even without data; the others when they have some. */
export const ALWAYS_SHOWN_CLOCKS: readonly SlaClockName[] = ['schemeReply', 'designReview', 'energization', 'postConnectionCheck'];

/** The subjects whose clocks the read model holds (API.md `subject`), in the alert list's order of subjects. */
export const SLA_SUBJECTS = ['project', 'account', 'complaint', 'claim'] as const satisfies readonly ClockSubject[];

/** `openUntil` of a project with a clock that is still open: later than any real instant, so `openUntil > T` holds. */
export const OPEN_FOREVER = '9999-12-31T23:59:59.999Z';

/**
 * One SLA clock as stored (SPEC §5). Every instant is a normalised UTC ISO string (`Date#toISOString`, e.g.
 * `2025-09-30T02:00:00.000Z`), so instants compare as plain strings in memory and in the read store.
 */
export interface SlaClockRecord {
  name: SlaClockName;
  /** Design review clocks: the submission round they time. */
  round?: number;
  startedAt: string;
  stoppedAt?: string;
  limit: TimeLimit;
  /** End of the deadline day in Shanghai, in UTC (`…T15:59:59.999Z`); precomputed with the project's policy. */
  deadline: string;
  /** First instant a clock still open is `dueSoon` (start of a Shanghai day, in UTC). */
  dueSoonFrom: string;
  /**
   * The waits on the customer that paused it (SPEC §5.1), UTC instants; absent when none did. `deadline` and
   * `dueSoonFrom` stay the unpaused ones: a paused clock's deadline moves with `asOf` and is computed at query time.
   */
  pauses?: ClockPauseSpan[];
  /** Working days from start to stop less the paused ones (SPEC §5 durations, §5.1), precomputed once the clock stops. */
  workingDaysToStop?: number;
  /** The project was cancelled (the account closed) while this clock was open: from then on it is not shown (SPEC §5). */
  cancelledAt?: string;
  /** The deadline used a day in a year without calendar data (SPEC §6). */
  calendarEstimated?: true;
}

/**
 * The `sla-clocks` read model: one compact document per subject (a project, an account, a complaint, a claim) holding its clock records,
 * with its dimensions (org unit, and a project's class and policy) and the few instants the dashboard and the alert
 * list filter on in the store.
 */
export interface SlaClocksDocument {
  subject: ClockSubject;
  /** The id that subject's routes use (API.md alerts `subjectId`). */
  subjectId: string;
  /** Project subjects: the project (= subjectId). */
  projectId?: string;
  customerId: string;
  orgUnit: string;
  /** Projects only: an account has no customer class, so a class filter leaves it out. */
  customerClass?: CustomerClass;
  /** Projects only: account clocks are the same under every policy (SPEC §7.1). */
  policyVersion?: string;
  /**
   * The subject's beginning: the application accepted, the account opened; its earliest clock start (business time is
   * non-decreasing per stream). Before it the subject is not seen.
   */
  appliedAt: string;
  /** The latest clock start: a subject with `lastStartedAt < from` has no clock started in the period. */
  lastStartedAt: string;
  /**
   * After this instant no clock of the subject is open (every clock stopped, or the project cancelled, the account
   * closed), or OPEN_FOREVER: a subject can only have an alert at T when `openUntil > T`.
   */
  openUntil: string;
  energizedAt?: string;
  /** 平均接电时长 input: working days from application to energization (SPEC §5 duration rule). */
  connectionWorkingDays?: number;
  /** The project cancelled, the account closed or split (UTC). */
  cancelledAt?: string;
  /** Archived (UTC), under a policy that judges projects at archiving (SPEC §6), with the judgement. */
  archivedAt?: string;
  onTime?: boolean;
  /** Complaints only, once closed (回访, UTC): the verdict the dashboard's satisfaction rate counts (SPEC §8). */
  closedAt?: string;
  satisfaction?: Satisfaction;
  clocks: SlaClockRecord[];
  /** Halves of "the later of" clock starts awaiting the other (absent when none, always under the seed policy). */
  clockPending?: Readonly<Record<string, string>>;
}
