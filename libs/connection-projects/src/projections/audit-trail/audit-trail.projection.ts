import type { Projection, StoredEvent } from '#event-sourcing';
import { utcInstantOrNull } from '../../domain/calendar/index.js';
import type { AuditRowDocument } from './audit-trail.js';
import { decodeProjectEvent } from '../../domain/index.js';
import { factsOf } from './event-facts.js';
import { summaryOf } from './event-summary.js';

const STREAM_PREFIX = 'project-';

/** The project an event of a project stream belongs to: its data says so; the stream name is the fallback. */
export const projectIdOf = (event: StoredEvent): string => {
  const fromData = (event.data as { projectId?: unknown } | null)?.projectId;
  return typeof fromData === 'string' ? fromData : event.streamId.slice(STREAM_PREFIX.length);
};

/**
 * A row depends on its event alone, so applying an event again yields the same row: the trail is idempotent even
 * without the runner's position guard, and a rebuild gives the same rows.
 */
export function evolveAuditRow(_doc: AuditRowDocument | null, event: StoredEvent): AuditRowDocument {
  const customerId = (event.data as { customer?: { id?: unknown } } | null)?.customer?.id;
  const { actor, occurredAt, recordedAt } = event.metadata;
  const decoded = decodeProjectEvent(event) ?? event;
  return {
    position: event.position,
    eventId: event.eventId,
    type: event.type,
    projectId: projectIdOf(event),
    customerId: event.type === 'ApplicationAccepted' && typeof customerId === 'string' ? customerId : null,
    actor: { id: actor.id, name: actor.name, role: actor.role, orgUnit: actor.orgUnit },
    occurredAt,
    recordedAt,
    // Stored business times always carry an offset (SPEC §4); one that could not be read is kept as it came.
    occurredAtUtc: utcInstantOrNull(occurredAt) ?? occurredAt,
    summary: summaryOf(decoded),
    facts: factsOf(decoded),
  };
}

/** One document per event of every project stream (id = eventId), newest first by `position` in queries. Version 2: facts. */
export const auditTrailProjection: Projection<StoredEvent, AuditRowDocument> = {
  name: 'audit-trail',
  version: 2,
  collection: 'audit-trail',
  indexes: [['position'], ['projectId', 'position'], ['actor.id', 'position'], ['type', 'position'], ['occurredAtUtc']],
  documentIds: (event) => (event.streamId.startsWith(STREAM_PREFIX) ? [event.eventId] : []),
  evolve: evolveAuditRow,
};
