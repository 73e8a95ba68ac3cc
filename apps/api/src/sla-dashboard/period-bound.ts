import { endOfDay, startOfDay } from '#connection-projects/domain';
import { isCalendarDate } from '../common/validation/calendar-date.js';
import { isDateTimeWithOffset } from '../common/validation/date-time.js';
import { defineValidator } from '../common/validation/define-validator.js';

/**
 * A period bound (`from`/`to`): an ISO date-time with an offset, or a calendar day `YYYY-MM-DD` in Asia/Shanghai,
 * the way dashboards are usually asked for ("from 2025-10-01 to 2025-10-31"). A day bound includes the whole day.
 */
export const IsPeriodBound = defineValidator('isPeriodBound', (value) =>
  isDateTimeWithOffset(value) || isCalendarDate(value)
    ? true
    : 'must be an ISO 8601 date-time with an offset (2025-10-01T00:00:00+08:00) or a calendar day (2025-10-01)',
);

/** Either form: OpenAPI cannot say "date-time or date" on a query parameter simply, so the description does. */
export const PERIOD_BOUND_SCHEMA = { type: String } as const;

/** A `from` day starts at its first instant in Shanghai. */
export const periodStart = (bound: string): string => (isCalendarDate(bound) ? startOfDay(bound) : bound);

/** A `to` day ends at its last instant in Shanghai, so the day is included. */
export const periodEnd = (bound: string): string => (isCalendarDate(bound) ? endOfDay(bound) : bound);
