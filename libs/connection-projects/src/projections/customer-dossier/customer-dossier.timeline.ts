import { isProjectEventType } from '../../domain/index.js';
import type { AuditRow } from '../audit-trail/audit-trail.js';
import type { TimelineEntry } from './customer-dossier.js';

/**
 * The dossier's timeline is the audit trail's rows of the customer's projects, of the event types a project knows (the
 * dossier's evolve skips any other): the same summary and facts, with who recorded each by name and role (the full
 * actor is the audit trail's). Null for a row that is not on a project's timeline.
 */
export function timelineEntryOf(row: AuditRow): TimelineEntry | null {
  if (row.projectId === undefined || !isProjectEventType(row.type)) return null;
  const { position, projectId, eventId, type, occurredAt, recordedAt, summary, facts, actor } = row;
  return { position, projectId, eventId, type, occurredAt, recordedAt, summary, facts, actor: { name: actor.name, role: actor.role } };
}

/** Every entry of the rows (any order) merged by business time, then log position. */
export function mergedTimeline(rows: readonly AuditRow[]): TimelineEntry[] {
  return rows
    .map(timelineEntryOf)
    .filter((entry): entry is TimelineEntry => entry !== null)
    .sort((a, b) => instant(a.occurredAt) - instant(b.occurredAt) || a.position - b.position);
}

const instant = (iso: string): number => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
};
