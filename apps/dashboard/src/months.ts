import { dayEnd, dayStart, formatDate } from './format.js';

export interface MonthWindow {
  /** `2025-10` */
  label: string;
  from: string;
  to: string;
}

export interface Period {
  asOf: string;
  /** `YYYY-MM-DD`, Beijing days, inclusive */
  from?: string;
  to?: string;
}

export const MAX_MONTHS = 24;
const DEFAULT_MONTHS = 12;

/**
 * The months the on-time-rate chart shows: those of the chosen period, or the twelve months up to `asOf` when the period
 * is open; never more than 24 (the latest kept). Each window is the month cut to the period, so the chart's calls ask
 * the dashboard API for exactly the clocks of the period that started in that month.
 */
export function monthWindows({ asOf, from, to }: Period): MonthWindow[] {
  const last = monthOf(to ?? formatDate(asOf));
  const first = from ? monthOf(from) : addMonths(last, 1 - DEFAULT_MONTHS);
  const months: string[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) months.push(month);
  return months.slice(-MAX_MONTHS).map((label) => {
    const start = `${label}-01`;
    const end = `${label}-${String(daysIn(label)).padStart(2, '0')}`;
    return {
      label,
      from: dayStart(from && from > start ? from : start),
      to: dayEnd(to && to < end ? to : end),
    };
  });
}

const monthOf = (date: string): string => date.slice(0, 7);

function addMonths(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function daysIn(month: string): number {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).getUTCDate();
}
