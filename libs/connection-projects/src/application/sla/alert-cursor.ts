import { validationFailed } from '../../domain/index.js';
import type { AlertPosition } from './compact-sla-clocks.js';

/** What an alert-list cursor carries: the page's asOf and filters, and the last alert returned (API.md). */
export interface AlertCursor {
  asOf: string;
  subject?: string;
  orgUnit?: string;
  customerClass?: string;
  status?: string;
  after: AlertPosition;
}

const FILTERS = ['asOf', 'subject', 'orgUnit', 'customerClass', 'status'] as const;

export const encodeAlertCursor = (cursor: AlertCursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

/**
 * The cursor a client sent back, checked: opaque to clients, so anything that does not decode to exactly what this
 * server issued is a 400 naming `cursor`.
 */
export function decodeAlertCursor(text: string): AlertCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!isRecord(value) || typeof value.asOf !== 'string' || !isPosition(value.after)) throw invalid();
  for (const filter of FILTERS.slice(1)) if (value[filter] !== undefined && typeof value[filter] !== 'string') throw invalid();
  return value as unknown as AlertCursor;
}

/** A cursor answers only the question it was issued for: the same asOf and filters, or none restated. */
export function checkCursorFilters(cursor: AlertCursor, asked: Partial<Record<(typeof FILTERS)[number], string>>): void {
  for (const filter of FILTERS) {
    const value = asked[filter];
    const same = filter === 'asOf' ? Date.parse(value ?? '') === Date.parse(cursor.asOf) : value === cursor[filter];
    if (value !== undefined && !same) {
      throw validationFailed('cursor', `this cursor was issued for ${filter} ${cursor[filter] ?? '(none)'}, not ${value}`);
    }
  }
}

const invalid = () => validationFailed('cursor', 'not a cursor this server issued (pass nextCursor back as it came)');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isPosition = (value: unknown): value is AlertPosition =>
  isRecord(value) &&
  Number.isInteger(value.deadlineDay) &&
  typeof value.subject === 'string' &&
  typeof value.subjectId === 'string' &&
  typeof value.clock === 'string' &&
  (value.round === undefined || Number.isInteger(value.round));
