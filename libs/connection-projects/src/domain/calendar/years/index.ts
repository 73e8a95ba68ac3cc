import type { CalendarYearData } from '../calendar-year.js';
import year2025 from './2025.js';
import year2026 from './2026.js';

/**
 * The years shipped with the product. Adding a year is adding `<year>.ts` beside this file and one line here; a year can
 * also be supplied as a JSON file at run time (infrastructure/calendar), which needs no code change at all.
 */
export const shippedCalendarYears: readonly CalendarYearData[] = [
  year2025,
  year2026,
];
