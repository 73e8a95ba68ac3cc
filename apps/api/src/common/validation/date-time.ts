import { isISO8601 } from 'class-validator';
import { defineValidator } from './define-validator.js';

/**
 * API.md: times are ISO 8601 WITH an offset. A local time without one would be read in the server's zone, so the
 * same body would mean different instants on different servers; the offset (or `Z`) is therefore mandatory.
 */
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export const DATE_TIME_SCHEMA = { type: String, format: 'date-time' } as const;

export const isDateTimeWithOffset = (value: unknown): value is string =>
  typeof value === 'string' &&
  DATE_TIME_WITH_OFFSET.test(value) &&
  isISO8601(value, { strict: true, strictSeparator: true }) &&
  !Number.isNaN(Date.parse(value));

export const IsDateTimeWithOffset = defineValidator('isDateTimeWithOffset', (value) =>
  isDateTimeWithOffset(value) ? true : 'must be an ISO 8601 date-time with an offset, e.g. 2025-03-01T09:30:00+08:00',
);
