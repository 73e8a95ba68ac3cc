import { instantMs, prcCalendar, shanghaiEpochDay } from '../../domain/calendar/index.js';
import { hasPolicy, policyFor } from '../../domain/policy/index.js';
import { SATISFACTIONS } from '../../domain/complaint/index.js';
import { pausedTermsAt, type ClockPauseSpan, type TimeLimit } from '../../domain/sla/index.js';
import { SLA_CLOCK_NAMES, type SlaClockRecord, type SlaClocksDocument } from '../../projections/sla-clocks/index.js';
import { CALENDAR_ESTIMATED, ClockTable, GONE, NO_ROUND, PAUSED } from './clock-table.js';
import { ASSESSED, ON_TIME, PROJECT, SubjectTable } from './subject-table.js';

/** The dimensions a dashboard or alert list filters on, each with a dictionary of its values. */
export type Dimension = 'subject' | 'orgUnit' | 'customerClass' | 'policyVersion';

/** A dimension a subject does not have (an account's class and policy): no filter on it matches. */
export const NONE = -1;

/**
 * Every subject's SLA clocks in compact form, kept by the `SlaClockIndex` from the `sla-clocks` read model: subjects
 * as rows of a SubjectTable, clocks as rows of a ClockTable. Clock ids are also kept in the alert list's order (deadline day,
 * subject, subject id, clock name, round), re-sorted only after new clocks arrived: appended to a sorted list, the sort
 * is a merge. A clock's start and deadline never change once it exists; its stop and cancellation are filled in later.
 */
export class CompactSlaClocks {
  /** Counts working days between epoch days in O(1) (its cumulative table). */
  readonly calendar = prcCalendar;
  readonly clocks = new ClockTable();
  readonly subjects = new SubjectTable();
  readonly subjectNames: string[] = [];
  readonly orgUnits: string[] = [];
  readonly customerClasses: string[] = [];
  readonly policyVersions: string[] = [];
  /** Slots by subject name, then subject id (one key string less per subject than `${name}/${id}`). */
  private readonly slots = new Map<string, Map<string, number>>();
  /** The few clocks the customer's waits paused, by id: what their terms at an `asOf` are computed from. */
  private readonly paused = new Map<number, PausedClock>();
  private readonly dictionaries: Record<Dimension, Map<string, number>> = {
    subject: new Map(),
    orgUnit: new Map(),
    customerClass: new Map(),
    policyVersion: new Map(),
  };
  private deadlineOrder: number[] = [];
  private sorted = true;

  get size(): number {
    return this.subjects.size;
  }

  /** Index of a subject, org unit, customer class or policy value, or -1 when no subject has it. */
  code(dimension: Dimension, value: string): number {
    return this.dictionaries[dimension].get(value) ?? -1;
  }

  /**
   * Adds or replaces a subject from its `sla-clocks` document (its clocks are only ever appended or stopped). A
   * document of the first version (a project's, before documents named their subject) is read as a project's: it is
   * what the index holds while the new version is being built.
   */
  upsert(doc: SlaClocksDocument): void {
    const subjectName = doc.subject ?? 'project';
    const subjectId = doc.subjectId ?? doc.projectId!;
    let slots = this.slots.get(subjectName);
    if (!slots) this.slots.set(subjectName, (slots = new Map()));
    let slot = slots.get(subjectId);
    if (slot === undefined) slots.set(subjectId, (slot = this.subjects.add(subjectId)));
    const s = this.subjects;
    s.subject[slot] = this.intern('subject', subjectName, this.subjectNames);
    s.customerId[slot] = doc.customerId;
    s.orgUnit[slot] = this.intern('orgUnit', doc.orgUnit, this.orgUnits);
    s.customerClass[slot] = doc.customerClass === undefined ? NONE : this.intern('customerClass', doc.customerClass, this.customerClasses);
    s.policyVersion[slot] = doc.policyVersion === undefined ? NONE : this.intern('policyVersion', doc.policyVersion, this.policyVersions);
    const assessed = doc.policyVersion !== undefined && hasPolicy(doc.policyVersion) && policyFor(doc.policyVersion).assessment !== undefined;
    s.flags[slot] = (subjectName === 'project' ? PROJECT : 0) | (assessed ? ASSESSED : 0) | (doc.onTime === true ? ON_TIME : 0);
    s.archivedAt[slot] = doc.archivedAt === undefined ? Infinity : instantMs(doc.archivedAt);
    s.appliedAt[slot] = instantMs(doc.appliedAt);
    s.energizedAt[slot] = doc.energizedAt === undefined ? Infinity : instantMs(doc.energizedAt);
    s.connectionWorkingDays[slot] = doc.connectionWorkingDays ?? Number.NaN;
    s.closedAt[slot] = doc.closedAt === undefined ? Infinity : instantMs(doc.closedAt);
    s.satisfaction[slot] = doc.satisfaction === undefined ? -1 : SATISFACTIONS.indexOf(doc.satisfaction);
    this.updateClocks(slot, doc.clocks);
  }

  /** A subject's clock ids in its document's order (none for a subject the set does not hold). */
  clocksOf(subjectName: string, subjectId: string): number[] {
    const slot = this.slots.get(subjectName)?.get(subjectId);
    const ids: number[] = [];
    if (slot !== undefined) for (let id = this.subjects.firstClock[slot]; id >= 0; id = this.clocks.next[id]) ids.push(id);
    return ids;
  }

  /** The clocks a customer's wait paused (their deadlines move with the pauses, out of `inDeadlineOrder`). */
  pausedIds(): Iterable<number> {
    return this.paused.keys();
  }

  /**
   * A paused clock's moved deadline, due-soon instant and paused days as of `asOf` (SPEC §5.1), in epoch ms. Once every
   * pause has ended (or the clock stopped) the terms no longer change with `asOf`: they are computed once and kept, so
   * only clocks in an open wait are worked out per request (they were half of a dashboard's time at 10,000 projects).
   */
  pausedTerms(id: number, asOf: number): CompactPausedTerms {
    const clock = this.paused.get(id)!;
    if (asOf >= clock.settledFrom) return (clock.settled ??= this.termsAt(clock, id, clock.settledFrom));
    if (asOf < clock.lastChange || asOf >= this.clocks.stoppedAt[id]) return this.termsAt(clock, id, asOf);
    // Past every wait's start and every recorded end, the clock still running: only the open waits grow, by asOf's day.
    const day = shanghaiEpochDay(asOf);
    if (clock.open?.day !== day) clock.open = { day, terms: this.termsAt(clock, id, asOf) };
    return clock.open.terms;
  }

  private termsAt({ startedAt, limit, pauses }: PausedClock, id: number, asOf: number): CompactPausedTerms {
    const terms = pausedTermsAt(this.calendar, startedAt, limit, pauses, this.clocks.stoppedAt[id], asOf);
    const deadline = instantMs(terms.deadline);
    return {
      deadline,
      deadlineDay: shanghaiEpochDay(deadline),
      dueSoonFrom: instantMs(terms.dueSoonFrom),
      pausedWorkingDays: terms.pausedWorkingDays,
      pausedNow: terms.pausedNow,
    };
  }

  /** Clock ids in the alert list's order (paused clocks by their unpaused deadline: `compactAlerts` places them). */
  inDeadlineOrder(): readonly number[] {
    if (!this.sorted) {
      const { flags } = this.clocks;
      this.deadlineOrder = this.deadlineOrder.filter((id) => (flags[id] & GONE) === 0).sort(this.byDeadline);
      this.sorted = true;
    }
    return this.deadlineOrder;
  }

  /** Stops and cancellations are filled into the clocks the subject has; a clock list of another shape replaces them. */
  private updateClocks(slot: number, records: SlaClockRecord[]): void {
    const s = this.subjects;
    const t = this.clocks;
    let kept = 0;
    for (let id = s.firstClock[slot]; id >= 0; id = t.next[id], kept++) {
      if (this.sameClock(id, records[kept])) continue;
      for (let gone = s.firstClock[slot]; gone >= 0; gone = t.next[gone]) t.flags[gone] |= GONE;
      s.firstClock[slot] = s.lastClock[slot] = -1;
      kept = 0;
      break;
    }
    let index = 0;
    for (let id = s.firstClock[slot]; id >= 0; id = t.next[id]) this.fillStop(id, records[index++]);
    for (let i = kept; i < records.length; i++) {
      const id = this.addClock(slot, records[i]);
      if (s.lastClock[slot] < 0) s.firstClock[slot] = id;
      else t.next[s.lastClock[slot]] = id;
      s.lastClock[slot] = id;
      this.deadlineOrder.push(id);
      this.sorted = false;
    }
  }

  private addClock(slot: number, record: SlaClockRecord): number {
    const t = this.clocks;
    const id = t.add();
    t.owner[id] = slot;
    t.name[id] = SLA_CLOCK_NAMES.indexOf(record.name as (typeof SLA_CLOCK_NAMES)[number]);
    t.round[id] = record.round ?? NO_ROUND;
    t.startedAt[id] = instantMs(record.startedAt);
    t.deadline[id] = instantMs(record.deadline);
    t.deadlineDay[id] = shanghaiEpochDay(t.deadline[id]);
    t.dueSoonFrom[id] = instantMs(record.dueSoonFrom);
    t.startDay[id] = shanghaiEpochDay(t.startedAt[id]);
    t.flags[id] = record.calendarEstimated === true ? CALENDAR_ESTIMATED : 0;
    this.fillStop(id, record);
    return id;
  }

  private fillStop(id: number, record: SlaClockRecord): void {
    const t = this.clocks;
    t.stoppedAt[id] = record.stoppedAt === undefined ? Infinity : instantMs(record.stoppedAt);
    t.cancelledAt[id] = record.cancelledAt === undefined ? Infinity : instantMs(record.cancelledAt);
    t.stopDays[id] = record.stoppedAt === undefined ? 0 : (record.workingDaysToStop ?? this.calendar.workingDaysBetweenEpochDays(t.startDay[id], shanghaiEpochDay(t.stoppedAt[id])));
    if (record.pauses !== undefined) {
      t.flags[id] |= PAUSED;
      const ends = record.pauses.map((p) => (p.to === undefined ? Infinity : instantMs(p.to)));
      const settledFrom = Math.max(...ends.map((end) => Math.min(end, t.stoppedAt[id])));
      const lastChange = Math.max(...record.pauses.map((p) => instantMs(p.from)), ...ends.filter(Number.isFinite));
      this.paused.set(id, { startedAt: record.startedAt, limit: record.limit, pauses: record.pauses, settledFrom, lastChange });
    }
  }

  private sameClock(id: number, record: SlaClockRecord | undefined): boolean {
    const t = this.clocks;
    return record !== undefined && SLA_CLOCK_NAMES[t.name[id]] === record.name && roundOf(t.round[id]) === record.round &&
      t.startedAt[id] === instantMs(record.startedAt) && t.deadline[id] === instantMs(record.deadline);
  }

  private intern(dimension: Dimension, value: string, values: string[]): number {
    const known = this.dictionaries[dimension].get(value);
    if (known !== undefined) return known;
    this.dictionaries[dimension].set(value, values.length);
    values.push(value);
    return values.length - 1;
  }

  /** Index in `inDeadlineOrder()` of the first clock that comes after `position` (a page's last alert). */
  indexAfter(position: AlertPosition): number {
    const order = this.inDeadlineOrder();
    let low = 0;
    let high = order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.comparePosition(order[middle], position) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Where a clock stands in the alert list's order, as a cursor carries it. */
  positionOf(id: number): AlertPosition {
    const t = this.clocks;
    const round = roundOf(t.round[id]);
    const owner = t.owner[id];
    return {
      deadlineDay: t.deadlineDay[id],
      subject: this.subjectNames[this.subjects.subject[owner]],
      subjectId: this.subjects.subjectId[owner],
      clock: SLA_CLOCK_NAMES[t.name[id]],
      ...(round !== undefined ? { round } : {}),
    };
  }

  private comparePosition(id: number, position: AlertPosition): number {
    const t = this.clocks;
    const s = this.subjects;
    const owner = t.owner[id];
    return t.deadlineDay[id] - position.deadlineDay ||
      compare(this.subjectNames[s.subject[owner]], position.subject) ||
      compare(s.subjectId[owner], position.subjectId) ||
      compare(SLA_CLOCK_NAMES[t.name[id]], position.clock) ||
      compare(roundOf(t.round[id]) ?? 0, position.round ?? 0);
  }

  // As `listSlaAlerts` orders: the deadline as shown (its Shanghai day), subject, subject id, clock name, round.
  private readonly byDeadline = (a: number, b: number): number => {
    const t = this.clocks;
    const s = this.subjects;
    const first = t.owner[a];
    const second = t.owner[b];
    return t.deadlineDay[a] - t.deadlineDay[b] ||
      compare(this.subjectNames[s.subject[first]], this.subjectNames[s.subject[second]]) ||
      compare(s.subjectId[first], s.subjectId[second]) ||
      compare(SLA_CLOCK_NAMES[t.name[a]], SLA_CLOCK_NAMES[t.name[b]]) ||
      compare(roundOf(t.round[a]) ?? 0, roundOf(t.round[b]) ?? 0);
  };
}

/** A paused clock's terms as of a time (`PausedTerms` in epoch ms and days, what the dashboard and alerts compare). */
export interface CompactPausedTerms {
  deadline: number;
  deadlineDay: number;
  dueSoonFrom: number;
  pausedWorkingDays: number;
  pausedNow: boolean;
}

/**
 * What a paused clock's terms are computed from, and the terms kept. From `settledFrom` on (the latest end of a pause, a
 * pause's end being its wait's end or the clock's stop, whichever comes first) every pause is seen whole: the terms stay
 * as they are. From `lastChange` (the latest wait start or recorded end) to the stop, they change only with asOf's day.
 */
interface PausedClock {
  startedAt: string;
  limit: TimeLimit;
  pauses: readonly ClockPauseSpan[];
  settledFrom: number;
  lastChange: number;
  settled?: CompactPausedTerms;
  open?: { day: number; terms: CompactPausedTerms };
}

/** A place in the alert list's order: the deadline's Shanghai day, the subject, the clock and its round. */
export interface AlertPosition {
  deadlineDay: number;
  subject: string;
  subjectId: string;
  clock: string;
  round?: number;
}

/** A stored round back to the document's `round?`. */
export const roundOf = (stored: number): number | undefined => (Number.isNaN(stored) ? undefined : stored);

const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);
