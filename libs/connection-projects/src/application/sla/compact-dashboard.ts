import { shanghaiEpochDay } from '../../domain/calendar/index.js';
import { SATISFACTIONS } from '../../domain/complaint/index.js';
import {
  averageRounded,
  CLOCK_STATUSES,
  clockStatusAt,
  clockSummaryOf,
  nearestRankPercentile,
  noStatusCounts,
  type ClockStatus,
  type ClockSummary,
} from '../../domain/sla/index.js';
import { ALWAYS_SHOWN_CLOCKS, complaintSatisfactionOf, projectsOnTimeOf, SLA_CLOCK_NAMES, type SlaDashboard, type SlaFigures } from '../../projections/sla-clocks/index.js';
import type { CompactSlaClocks } from './compact-sla-clocks.js';
import { PAUSED } from './clock-table.js';
import { ASSESSED, ON_TIME } from './subject-table.js';

/** The dashboard's filters in epoch ms (from/to absent = unbounded) and dictionary codes (absent = all). */
export interface CompactDashboardFilter {
  asOf: number;
  /** API.md `subject`: project, account, complaint or claim; absent, all. */
  subject?: string;
  from?: number;
  to?: number;
  orgUnit?: string;
  customerClass?: string;
  policyVersion?: string;
}

/**
 * `buildSlaDashboard` over the compact clocks, with the same answer: one pass over the subjects, each clock's status
 * the one rule (`clockStatusAt`) on numbers and its working days one subtraction; durations kept as counts per whole day, so the
 * average and the nearest-rank p90 come out of a histogram instead of sorted arrays.
 */
export function compactDashboard(set: CompactSlaClocks, filter: CompactDashboardFilter): Omit<SlaDashboard, 'asOf'> {
  const { asOf } = filter;
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  const sub = filter.subject === undefined ? -1 : set.code('subject', filter.subject);
  const org = filter.orgUnit === undefined ? -1 : set.code('orgUnit', filter.orgUnit);
  const cls = filter.customerClass === undefined ? -1 : set.code('customerClass', filter.customerClass);
  const pol = filter.policyVersion === undefined ? -1 : set.code('policyVersion', filter.policyVersion);
  const tallies: (Tally | undefined)[] = [];
  const noMatch =
    (filter.subject !== undefined && sub < 0) ||
    (filter.orgUnit !== undefined && org < 0) || (filter.customerClass !== undefined && cls < 0) || (filter.policyVersion !== undefined && pol < 0);
  const asOfDay = shanghaiEpochDay(asOf);
  const complaintSubject = set.code('subject', 'complaint');
  const { calendar } = set;

  const t = set.clocks;
  const s = set.subjects;
  for (let owner = 0; owner < (noMatch ? 0 : s.size); owner++) {
    const appliedAt = s.appliedAt[owner];
    const orgUnit = s.orgUnit[owner];
    if (appliedAt > asOf || (sub >= 0 && s.subject[owner] !== sub)) continue;
    if ((org >= 0 && orgUnit !== org) || (cls >= 0 && s.customerClass[owner] !== cls)) continue;
    if (pol >= 0 && s.policyVersion[owner] !== pol) continue;
    let tally = tallies[orgUnit];
    for (let id = s.firstClock[owner]; id >= 0; id = t.next[id]) {
      const startedAt = t.startedAt[id];
      if (startedAt < from || startedAt > to) continue;
      const stoppedAt = t.stoppedAt[id];
      let status: ClockStatus | null;
      let days: number;
      if ((t.flags[id] & PAUSED) === 0) {
        status = clockStatusAt(asOf, startedAt, stoppedAt, t.cancelledAt[id], t.deadline[id], t.dueSoonFrom[id]);
        if (status === null) continue;
        days = stoppedAt <= asOf ? t.stopDays[id] : calendar.workingDaysBetweenEpochDays(t.startDay[id], asOfDay);
      } else {
        // SPEC §5.1: the deadline moves with the pauses seen at asOf; the paused working days are left out.
        const terms = set.pausedTerms(id, asOf);
        status = clockStatusAt(asOf, startedAt, stoppedAt, t.cancelledAt[id], terms.deadline, terms.dueSoonFrom, terms.pausedNow);
        if (status === null) continue;
        days = stoppedAt <= asOf ? t.stopDays[id] : Math.max(0, calendar.workingDaysBetweenEpochDays(t.startDay[id], asOfDay) - terms.pausedWorkingDays);
      }
      tally ??= tallies[orgUnit] = new Tally();
      tally.add(t.name[id], status, days);
    }
    if (s.flags[owner] & ASSESSED) {
      // SPEC §6 业扩时限达标率: projects archived (judged) by asOf, in the period by their archive.
      tally ??= tallies[orgUnit] = new Tally();
      tally.assessed++;
      const archivedAt = s.archivedAt[owner];
      if (archivedAt <= asOf && archivedAt >= from && archivedAt <= to) (tally.archived++, s.flags[owner] & ON_TIME && tally.onTime++);
    }
    if (s.subject[owner] === complaintSubject) {
      // SPEC §8 回访满意率: complaints closed by asOf, in the period by their closure.
      tally ??= tallies[orgUnit] = new Tally();
      tally.complaints++;
      const closedAt = s.closedAt[owner];
      const satisfaction = s.satisfaction[owner];
      if (satisfaction >= 0 && closedAt <= asOf && closedAt >= from && closedAt <= to) tally.satisfaction[satisfaction]++;
    }
    const connectionWorkingDays = s.connectionWorkingDays[owner];
    if (s.energizedAt[owner] <= asOf && !Number.isNaN(connectionWorkingDays) && appliedAt >= from && appliedAt <= to) {
      tally ??= tallies[orgUnit] = new Tally();
      tally.connections.push(connectionWorkingDays);
    }
  }

  const byOrgUnit = tallies
    .map((tally, code) => ({ orgUnit: set.orgUnits[code], tally }))
    .filter((o): o is { orgUnit: string; tally: Tally } => o.tally !== undefined)
    .sort((a, b) => (a.orgUnit < b.orgUnit ? -1 : a.orgUnit > b.orgUnit ? 1 : 0));
  const total = new Tally();
  for (const { tally } of byOrgUnit) total.merge(tally);
  return { ...total.figures(), byOrgUnit: byOrgUnit.map(({ orgUnit, tally }) => ({ orgUnit, ...tally.figures() })) };
}

/** Extends a histogram with zeros up to `days` (kept dense: a sparse array would fall back to slow dictionary elements). */
const grow = (histogram: number[], days: number): void => {
  while (histogram.length <= days) histogram.push(0);
};

/** Counts per clock and status, and per clock a histogram of whole working days (odd values kept aside). */
class Tally {
  /** Per clock, counts in CLOCK_STATUSES order. */
  readonly statuses = SLA_CLOCK_NAMES.map(() => CLOCK_STATUSES.map(() => 0));
  readonly days = SLA_CLOCK_NAMES.map((): number[] => []);
  readonly odd = SLA_CLOCK_NAMES.map((): number[] => []);
  readonly connections: number[] = [];
  /** Projects in scope under a policy that judges at archiving; of them archived by asOf in the period, and on time. */
  assessed = 0;
  archived = 0;
  onTime = 0;
  /** Complaints in scope; of them closed by asOf in the period, per verdict in SATISFACTIONS order. */
  complaints = 0;
  readonly satisfaction = SATISFACTIONS.map(() => 0);

  add(name: number, status: ClockStatus, days: number): void {
    this.statuses[name][CLOCK_STATUSES.indexOf(status)]++;
    const histogram = this.days[name];
    if (days >= 0 && days < histogram.length && Number.isInteger(days)) histogram[days]++;
    else if (Number.isInteger(days) && days >= 0 && days < 100_000) grow(histogram, days), histogram[days]++;
    else this.odd[name].push(days);
  }

  merge(other: Tally): void {
    other.statuses.forEach((counts, name) => counts.forEach((n, status) => (this.statuses[name][status] += n)));
    other.days.forEach((histogram, name) => {
      grow(this.days[name], histogram.length - 1);
      histogram.forEach((n, days) => (this.days[name][days] += n));
    });
    other.odd.forEach((values, name) => this.odd[name].push(...values));
    this.connections.push(...other.connections);
    this.assessed += other.assessed;
    this.archived += other.archived;
    this.onTime += other.onTime;
    this.complaints += other.complaints;
    other.satisfaction.forEach((n, i) => (this.satisfaction[i] += n));
  }

  figures(): SlaFigures {
    const clocks = Object.fromEntries(
      SLA_CLOCK_NAMES.flatMap((name, i) => (ALWAYS_SHOWN_CLOCKS.includes(name) || this.statuses[i].some((n) => n > 0) ? [[name, this.summary(i)]] : [])),
    ) as SlaFigures['clocks'];
    return {
      clocks,
      avgConnectionWorkingDays: averageRounded(this.connections),
      ...(this.assessed > 0 ? { projectsOnTime: projectsOnTimeOf(this.archived, this.onTime) } : {}),
      ...(this.complaints > 0 ? { complaintSatisfaction: complaintSatisfactionOf(this.satisfaction[0], this.satisfaction[1], this.satisfaction[2]) } : {}),
    };
  }

  /** As `summarizeClocks`: the same counts, rate, rounded mean and nearest-rank p90. */
  private summary(name: number): ClockSummary {
    const durations = this.odd[name].length > 0 ? this.exactDurations(name) : this.histogramDurations(name);
    const counts = noStatusCounts();
    CLOCK_STATUSES.forEach((status, i) => (counts[status] = this.statuses[name][i]));
    return clockSummaryOf(counts, durations);
  }

  private histogramDurations(name: number): { avg: number | null; p90: number | null } {
    let n = 0, sum = 0;
    this.days[name].forEach((count, days) => ((n += count), (sum += count * days)));
    if (n === 0) return { avg: null, p90: null };
    const rank = Math.max(1, Math.ceil((90 / 100) * n));
    let p90: number | null = null;
    let seen = 0;
    for (let days = 0; days < this.days[name].length && p90 === null; days++) if ((seen += this.days[name][days]) >= rank) p90 = days;
    return { avg: Math.round((sum / n) * 100) / 100, p90 };
  }

  private exactDurations(name: number): { avg: number | null; p90: number | null } {
    const values = [...this.odd[name]];
    this.days[name].forEach((count, days) => values.push(...Array<number>(count).fill(days)));
    return { avg: averageRounded(values), p90: nearestRankPercentile(values, 90) };
  }
}
