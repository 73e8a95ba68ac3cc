import { withRows } from './clock-table.js';

/**
 * Every subject of the index (a project, an account, a complaint, a claim) as columns of typed arrays, addressed by its
 * slot, as `ClockTable` holds the clocks. One object per subject cost ≈ 60 MB of the API's heap at 100,000 projects:
 * V8 boxes every double field of an object, and each subject's clock list was an array of its own. Its clocks are
 * chained through `ClockTable.next`, in the document's order. Instants are epoch ms (Infinity = not yet).
 */
export class SubjectTable {
  size = 0;
  /** Indexes in the set's dictionaries; NONE (-1) for a dimension the subject does not have. */
  subject = new Uint8Array(0);
  orgUnit = new Int32Array(0);
  customerClass = new Int32Array(0);
  policyVersion = new Int32Array(0);
  /** PROJECT | ASSESSED | ON_TIME. */
  flags = new Uint8Array(0);
  /** Archived (assessed projects only), applied or opened, energized, closed (complaints). */
  archivedAt = new Float64Array(0);
  appliedAt = new Float64Array(0);
  energizedAt = new Float64Array(0);
  closedAt = new Float64Array(0);
  /** NaN when unknown. */
  connectionWorkingDays = new Float64Array(0);
  /** A complaint's revisit verdict, an index in SATISFACTIONS; -1 until closed. */
  satisfaction = new Int8Array(0);
  /** The subject's first and last clock, -1 when it has none. */
  firstClock = new Int32Array(0);
  lastClock = new Int32Array(0);
  readonly subjectId: string[] = [];
  readonly customerId: string[] = [];

  /** Appends a subject with no clocks and returns its slot; the caller fills the other columns. */
  add(subjectId: string): number {
    if (this.size === this.subject.length) this.grow(Math.max(1024, this.size * 2));
    const slot = this.size++;
    this.subjectId.push(subjectId);
    this.customerId.push('');
    this.firstClock[slot] = -1;
    this.lastClock[slot] = -1;
    return slot;
  }

  private grow(capacity: number): void {
    this.subject = withRows(new Uint8Array(capacity), this.subject);
    this.orgUnit = withRows(new Int32Array(capacity), this.orgUnit);
    this.customerClass = withRows(new Int32Array(capacity), this.customerClass);
    this.policyVersion = withRows(new Int32Array(capacity), this.policyVersion);
    this.flags = withRows(new Uint8Array(capacity), this.flags);
    this.archivedAt = withRows(new Float64Array(capacity), this.archivedAt);
    this.appliedAt = withRows(new Float64Array(capacity), this.appliedAt);
    this.energizedAt = withRows(new Float64Array(capacity), this.energizedAt);
    this.closedAt = withRows(new Float64Array(capacity), this.closedAt);
    this.connectionWorkingDays = withRows(new Float64Array(capacity), this.connectionWorkingDays);
    this.satisfaction = withRows(new Int8Array(capacity), this.satisfaction);
    this.firstClock = withRows(new Int32Array(capacity), this.firstClock);
    this.lastClock = withRows(new Int32Array(capacity), this.lastClock);
  }
}

/** The subject is a project: it has a project id (its subject id), a class and a policy. */
export const PROJECT = 1;
/** The project's policy judges it at archiving (SPEC §6). */
export const ASSESSED = 2;
/** Judged on time at archiving. */
export const ON_TIME = 4;
