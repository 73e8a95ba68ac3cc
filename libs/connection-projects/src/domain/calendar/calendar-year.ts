import { addDays, daysBetween, isLocalDate, isWeekend, type LocalDate, yearOf } from './local-date.js';

/** One day, or an inclusive run of days (`from` ≤ `to`). */
export type DateSpan = LocalDate | { from: LocalDate; to: LocalDate };

/**
 * One year of the PRC public-holiday calendar as published by the State Council (SPEC §6). Plain data so that a year can
 * ship as a module or be read from a JSON file of the same shape.
 */
export interface CalendarYearData {
  year: number;
  source: {
    title: string;
    /** e.g. 国办发明电〔2024〕12号; absent when the spec does not give it. */
    documentNumber?: string;
    /** Date the notice was issued, YYYY-MM-DD. */
    date: LocalDate;
  };
  /** Days off, weekends included when the notice lists them as part of a holiday run. */
  daysOff: DateSpan[];
  /** Saturdays and Sundays worked in exchange (调休上班). */
  workingWeekendDays: DateSpan[];
}

export const expandSpan = (span: DateSpan): LocalDate[] => {
  if (typeof span === 'string') return [span];
  const length = daysBetween(span.from, span.to);
  return Array.from({ length: length + 1 }, (_, i) => addDays(span.from, i));
};

const spanProblems = (span: DateSpan, year: number, field: string): string[] => {
  const ends = typeof span === 'string' ? [span] : [span.from, span.to];
  const bad = ends.filter((d) => typeof d !== 'string' || !isLocalDate(d));
  if (bad.length > 0) return [`${field}: not a YYYY-MM-DD date: ${bad.join(', ')}`];
  const problems = ends.filter((d) => yearOf(d) !== year).map((d) => `${field}: ${d} is not in ${year}`);
  if (typeof span !== 'string' && daysBetween(span.from, span.to) < 0) {
    problems.push(`${field}: ${span.from} is after ${span.to}`);
  }
  return problems;
};

/**
 * Every problem found in a year's data (empty when it is usable). Checked when a calendar is built, so that a mistyped
 * data file fails loudly at start-up instead of silently moving deadlines.
 */
export const validateCalendarYear = (data: CalendarYearData): string[] => {
  if (!Number.isInteger(data?.year)) return ['year: not an integer'];
  const { year } = data;
  const problems: string[] = [];
  if (!data.source?.title) problems.push('source.title: missing');
  if (!data.source?.date || !isLocalDate(data.source.date)) problems.push('source.date: not a YYYY-MM-DD date');
  if (!Array.isArray(data.daysOff)) return [...problems, 'daysOff: not a list'];
  if (!Array.isArray(data.workingWeekendDays)) return [...problems, 'workingWeekendDays: not a list'];

  const offProblems = data.daysOff.flatMap((s) => spanProblems(s, year, 'daysOff'));
  const workedProblems = data.workingWeekendDays.flatMap((s) => spanProblems(s, year, 'workingWeekendDays'));
  problems.push(...offProblems, ...workedProblems);
  if (offProblems.length > 0 || workedProblems.length > 0) return problems;

  const off = new Set(data.daysOff.flatMap(expandSpan));
  for (const day of data.workingWeekendDays.flatMap(expandSpan)) {
    if (!isWeekend(day)) problems.push(`workingWeekendDays: ${day} is not a Saturday or Sunday`);
    if (off.has(day)) problems.push(`${day} is both a day off and a working day`);
  }
  return problems;
};
