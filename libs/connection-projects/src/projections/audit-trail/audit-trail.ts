import type { Actor } from '#event-sourcing';
import type { ClockSubject } from '../../domain/index.js';
import type { EventFacts } from './event-facts.js';

/** One row of the audit trail (API.md `/api/audit` item), one per event of a project or account stream. */
export interface AuditRow {
  position: number;
  eventId: string;
  type: string;
  /** The stream's kind (API.md `subject`), and the id that subject's routes use. */
  subject: ClockSubject;
  subjectId: string;
  /** Project events only (API.md: `projectId` on project events). */
  projectId?: string;
  /**
   * Only ApplicationAccepted and SupplyAccountOpened carry the customer; later events name only their subject, and a
   * pure projection cannot look it up. The query fills it from the dossier and the account views (ListAuditTrailHandler).
   */
  customerId: string | null;
  actor: Actor;
  occurredAt: string;
  recordedAt: string;
  summary: string;
  /** The fields the summary speaks of, for readers that word it in their own language (event-facts.ts). */
  facts: EventFacts;
}

/**
 * As stored: plus `occurredAtUtc`, the business time normalised to UTC so that range filters compare instants, and the
 * stream, by which a customer's rows (their projects' and accounts') are found in one condition.
 */
export interface AuditRowDocument extends AuditRow {
  occurredAtUtc: string;
  streamId: string;
}
