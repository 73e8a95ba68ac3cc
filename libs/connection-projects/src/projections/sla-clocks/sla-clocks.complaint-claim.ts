import type { StoredEvent } from '#event-sourcing';
import { utcInstant } from '../../domain/calendar/index.js';
import { CLAIM_CLOCKS, COMPLAINT_CLOCKS, decodeClaimEvent, decodeComplaintEvent, type ClockDefinition } from '../../domain/index.js';
import { advanceClocks, touchesClocks, type ClockEvent } from '../../domain/sla/index.js';
import { lastStartedAtOf, openUntilOf, slaClockRecordsFor } from './sla-clock-records.js';
import type { SlaClocksDocument } from './sla-clocks.js';

type Doc = SlaClocksDocument;

/** What tells a complaint's clocks from a claim's: its clock table, the event that opens it, and how to decode its events. */
interface CaseClocks {
  subject: 'complaint' | 'claim';
  table: readonly ClockDefinition[];
  opening: string;
  decode(stored: StoredEvent): (ClockEvent & { data: object }) | null;
}

const COMPLAINT: CaseClocks = { subject: 'complaint', table: COMPLAINT_CLOCKS, opening: 'ComplaintReceived', decode: decodeComplaintEvent };
const CLAIM: CaseClocks = { subject: 'claim', table: CLAIM_CLOCKS, opening: 'DamageClaimFiled', decode: decodeClaimEvent };

const RECORDS = { complaint: slaClockRecordsFor(COMPLAINT_CLOCKS), claim: slaClockRecordsFor(CLAIM_CLOCKS) };

/** The document id of a complaint's or claim's clocks: '/' is in no id, so it never meets a project's or another subject's. */
export const caseClocksDocumentId = (subject: CaseClocks['subject'], id: string): string => `${subject}/${id}`;

/**
 * Folds one stored event of a complaint or claim stream into its SLA clocks (SPEC §8): its clock table, derived as a
 * project's are, recorded compactly in UTC, an hour clock's `dueSoonFrom` from its row. A complaint's closure records
 * its satisfaction for the dashboard. Pure and tolerant: events of a subject never opened leave nothing behind.
 */
export const evolveComplaintSlaClocks = (doc: Doc | null, stored: StoredEvent): Doc | null => evolveCaseClocks(COMPLAINT, doc, stored);
export const evolveClaimSlaClocks = (doc: Doc | null, stored: StoredEvent): Doc | null => evolveCaseClocks(CLAIM, doc, stored);

function evolveCaseClocks(kind: CaseClocks, doc: Doc | null, stored: StoredEvent): Doc | null {
  const decoded = kind.decode(stored);
  if (!decoded) return doc;
  const at = utcInstant(decoded.occurredAt);
  const event = { ...decoded, occurredAt: at };
  const data = event.data as { complaintId?: string; claimId?: string; customerId?: string; orgUnit?: string; satisfaction?: Doc['satisfaction'] };
  let next = doc;
  if (event.type === kind.opening) {
    next = {
      subject: kind.subject,
      subjectId: (data.complaintId ?? data.claimId)!,
      customerId: data.customerId!,
      orgUnit: data.orgUnit!,
      appliedAt: at,
      lastStartedAt: at,
      openUntil: at,
      clocks: [],
    };
  }
  if (!next) return next;
  if (event.type === 'ComplaintClosed' && data.satisfaction !== undefined) next = { ...next, closedAt: at, satisfaction: data.satisfaction };
  if (!touchesClocks(kind.table, event.type)) return next;
  const clocks = advanceClocks(kind.table, undefined, { records: next.clocks }, event, RECORDS[kind.subject]).records;
  if (clocks === next.clocks) return next;
  return { ...next, clocks, lastStartedAt: lastStartedAtOf(clocks, next.appliedAt), openUntil: openUntilOf(clocks) };
}
