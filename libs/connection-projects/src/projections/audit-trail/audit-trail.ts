import type { Actor } from '#event-sourcing';
import type { EventFacts } from './event-facts.js';

/** One row of the audit trail (API.md `/api/audit` item), one per event of a project stream. */
export interface AuditRow {
  position: number;
  eventId: string;
  type: string;
  projectId: string;
  /**
   * Only ApplicationAccepted carries the customer; later events of the project name only the project, and a pure
   * projection cannot look it up. The query fills it from the customer dossier (see ListAuditTrailHandler).
   */
  customerId: string | null;
  actor: Actor;
  occurredAt: string;
  recordedAt: string;
  summary: string;
  /** The fields the summary speaks of, for readers that word it in their own language (event-facts.ts). */
  facts: EventFacts;
}

/** As stored: plus `occurredAtUtc`, the business time normalised to UTC so that range filters compare instants. */
export interface AuditRowDocument extends AuditRow {
  occurredAtUtc: string;
}
