import type { ValidationOptions } from 'class-validator';
import { defineValidator } from './define-validator.js';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const CALENDAR_DATE_SCHEMA = { type: String, format: 'date', pattern: CALENDAR_DATE.source } as const;

/** A real `YYYY-MM-DD` day of the proleptic Gregorian calendar (2024-02-29 yes, 2025-02-29 no). */
export const isCalendarDate = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
};

export const IsCalendarDate = defineValidator('isCalendarDate', (value) =>
  isCalendarDate(value) ? true : 'must be a calendar date YYYY-MM-DD',
);

/**
 * The property, a calendar date, is not before the calendar date in `otherProperty` (a plan that completes before it
 * starts is a typing error, not a business decision). Skipped when either date is itself invalid: that has its own error.
 */
export const IsNotBeforeDateOf = (otherProperty: string, options?: ValidationOptions): PropertyDecorator =>
  defineValidator('isNotBeforeDateOf', (value, args) => {
    const other = (args.object as Record<string, unknown>)[otherProperty];
    if (!isCalendarDate(value) || !isCalendarDate(other)) return true;
    return value >= other ? true : `must not be before ${otherProperty}`;
  })(options);
