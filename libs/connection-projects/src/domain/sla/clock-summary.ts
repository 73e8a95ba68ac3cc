import { CLOCK_STATUSES, type ClockStatus, type EvaluatedClock } from './sla-clock.js';

/** One clock's line on the SLA dashboard (API.md `/api/dashboards/sla`). */
export interface ClockSummary {
  /** Clocks started and not stopped by `asOf`: running + dueSoon + overdue (overdue ones stay open until stopped). */
  open: number;
  /** Clocks inside a wait on the customer at `asOf` (SPEC §5.1), counted apart from the open ones. */
  paused: number;
  dueSoon: number;
  overdue: number;
  metOnTime: number;
  metLate: number;
  /** 时限达标率 = metOnTime / (metOnTime + metLate + overdue), unrounded; null when that denominator is 0 (SPEC §5). */
  onTimeRate: number | null;
  /** Mean elapsedWorkingDays over every clock given, running ones to asOf's day; 2 decimals; null when none. */
  avgWorkingDays: number | null;
  /** 90th percentile of elapsedWorkingDays over every clock given, nearest-rank; null when none. */
  p90WorkingDays: number | null;
}

/**
 * Summarises clocks already evaluated at one `asOf` (and already filtered by org unit, class and period). Durations use
 * all clocks seen, not only stopped ones: SPEC §5 counts a running clock up to T's day, and leaving out long-running or
 * overdue clocks would flatter the average.
 */
export const summarizeClocks = (clocks: readonly EvaluatedClock[]): ClockSummary => {
  const counts = noStatusCounts();
  for (const clock of clocks) counts[clock.status]++;
  const durations = clocks.map((c) => c.elapsedWorkingDays);
  return clockSummaryOf(counts, { avg: averageRounded(durations), p90: nearestRankPercentile(durations, 90) });
};

export type StatusCounts = Record<ClockStatus, number>;

/** A count of 0 for every status. */
export const noStatusCounts = (): StatusCounts => Object.fromEntries(CLOCK_STATUSES.map((s) => [s, 0])) as StatusCounts;

/**
 * The one definition of the summary's derived figures, whoever counted the statuses: open = running + dueSoon +
 * overdue; on-time rate (时限达标率) = metOnTime / (metOnTime + metLate + overdue), null when nothing is judged yet.
 */
export const clockSummaryOf = (
  { running, dueSoon, overdue, paused, metOnTime, metLate }: StatusCounts,
  durations: { avg: number | null; p90: number | null },
): ClockSummary => {
  const judged = metOnTime + metLate + overdue;
  return {
    open: running + dueSoon + overdue,
    paused,
    dueSoon,
    overdue,
    metOnTime,
    metLate,
    onTimeRate: judged === 0 ? null : metOnTime / judged,
    avgWorkingDays: durations.avg,
    p90WorkingDays: durations.p90,
  };
};

/** Arithmetic mean rounded to 2 decimals, or null for no values. Also used for the average total connection time. */
export const averageRounded = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return Math.round(mean * 100) / 100;
};

/**
 * Nearest-rank percentile: the smallest value with at least p% of the values at or below it, i.e. the
 * ceil(p/100 × n)-th smallest. Always one of the values (a whole number of days), never interpolated. Null for no values.
 */
export const nearestRankPercentile = (values: readonly number[], percentile: number): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((percentile / 100) * sorted.length));
  return sorted[rank - 1];
};
