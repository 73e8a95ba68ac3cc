import type { Projection, StoredEvent } from '#event-sourcing';
import { utcInstantOrNull } from '../../domain/calendar/index.js';
import { decodeAccountEvent, decodeClaimEvent, decodeComplaintEvent, decodeProjectEvent, type ClockSubject } from '../../domain/index.js';
import type { AuditRowDocument } from './audit-trail.js';
import { factsOf } from './event-facts.js';
import { summaryOf } from './event-summary.js';

/** The streams the trail covers, by prefix: each subject's events name it in their data. */
const SUBJECTS: readonly { subject: ClockSubject; prefix: string; idField: string; decode: (e: StoredEvent) => { type: string; data: unknown } | null }[] = [
  { subject: 'project', prefix: 'project-', idField: 'projectId', decode: decodeProjectEvent },
  { subject: 'account', prefix: 'account-', idField: 'accountId', decode: decodeAccountEvent },
  { subject: 'complaint', prefix: 'complaint-', idField: 'complaintId', decode: decodeComplaintEvent },
  { subject: 'claim', prefix: 'claim-', idField: 'claimId', decode: decodeClaimEvent },
];

/** The events that open a subject's stream, each naming its customer. */
const OPENINGS_NAMING_CUSTOMER_ID: readonly string[] = ['SupplyAccountOpened', 'ComplaintReceived', 'DamageClaimFiled'];

const subjectOf = (event: StoredEvent) => SUBJECTS.find((s) => event.streamId.startsWith(s.prefix));

/** The id of the subject an event belongs to: its data says so; the stream name is the fallback. */
const subjectIdOf = (event: StoredEvent, prefix: string, idField: string): string => {
  const fromData = (event.data as Record<string, unknown> | null)?.[idField];
  return typeof fromData === 'string' ? fromData : event.streamId.slice(prefix.length);
};

/** The customer the subject's first event names (the application, the opening, the receipt, the filing); null for every later event. */
const customerIdOf = (event: StoredEvent): string | null => {
  const data = event.data as { customer?: { id?: unknown }; customerId?: unknown } | null;
  const id = event.type === 'ApplicationAccepted' ? data?.customer?.id : OPENINGS_NAMING_CUSTOMER_ID.includes(event.type) ? data?.customerId : undefined;
  return typeof id === 'string' ? id : null;
};

/**
 * A row depends on its event alone, so applying an event again yields the same row: the trail is idempotent even
 * without the runner's position guard, and a rebuild gives the same rows.
 */
export function evolveAuditRow(_doc: AuditRowDocument | null, event: StoredEvent): AuditRowDocument {
  const { subject, prefix, idField, decode } = subjectOf(event) ?? SUBJECTS[0]!;
  const subjectId = subjectIdOf(event, prefix, idField);
  const { actor, occurredAt, recordedAt } = event.metadata;
  const decoded = decode(event) ?? event;
  return {
    position: event.position,
    eventId: event.eventId,
    type: event.type,
    subject,
    subjectId,
    ...(subject === 'project' ? { projectId: subjectId } : {}),
    streamId: event.streamId,
    customerId: customerIdOf(event),
    actor: { id: actor.id, name: actor.name, role: actor.role, orgUnit: actor.orgUnit },
    occurredAt,
    recordedAt,
    // Stored business times always carry an offset (SPEC §4); one that could not be read is kept as it came.
    occurredAtUtc: utcInstantOrNull(occurredAt) ?? occurredAt,
    summary: summaryOf(decoded),
    facts: factsOf(decoded),
  };
}

/**
 * One document per event of every project, account, complaint and claim stream (id = eventId), newest first by
 * `position` in queries. Version 2: rows name their subject, account streams have theirs, and each row carries its
 * facts. Version 3: complaint and claim streams have theirs.
 */
export const auditTrailProjection: Projection<StoredEvent, AuditRowDocument> = {
  name: 'audit-trail',
  version: 3,
  collection: 'audit-trail',
  indexes: [
    ['position'],
    ['projectId', 'position'],
    ['streamId', 'position'],
    ['subject', 'position'],
    ['subjectId', 'position'],
    ['actor.id', 'position'],
    ['type', 'position'],
    ['occurredAtUtc'],
  ],
  documentPerEvent: true,
  documentIds: (event) => (subjectOf(event) ? [event.eventId] : []),
  evolve: evolveAuditRow,
};
