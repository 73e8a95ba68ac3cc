import type { StoredEvent } from '#event-sourcing';
import { utcInstant } from '../../domain/calendar/index.js';
import { ACCOUNT_CLOCKS, ACCOUNT_ENDING_EVENTS, decodeAccountEvent, type AccountEvent } from '../../domain/index.js';
import { advanceClocks, touchesClocks } from '../../domain/sla/index.js';
import { cancelOpenClocks, lastStartedAtOf, openUntilOf, SLA_CLOCK_RECORDS } from './sla-clock-records.js';
import type { SlaClocksDocument } from './sla-clocks.js';

type Doc = SlaClocksDocument;

/** The document id of an account's clocks: '/' is in no id (API ids are [A-Za-z0-9._:-]), so it never meets a project's. */
export const accountClocksDocumentId = (accountId: string): string => `account/${accountId}`;

/**
 * Folds one stored event of an account stream into its SLA clocks (SPEC §7.2): the account's clock table, derived as a
 * project's are, recorded compactly in UTC. Pure and tolerant: events of an account never opened leave nothing behind.
 */
export function evolveAccountSlaClocks(doc: Doc | null, stored: StoredEvent): Doc | null {
  const decoded = decodeAccountEvent(stored);
  if (!decoded) return doc;
  const at = utcInstant(decoded.occurredAt);
  const event = { ...decoded, occurredAt: at } as AccountEvent;
  if (event.type === 'SupplyAccountOpened') {
    const { accountId, customerId, orgUnit } = event.data;
    // No clock runs yet: nothing is open after the opening.
    return { subject: 'account', subjectId: accountId, customerId, orgUnit, appliedAt: at, lastStartedAt: at, openUntil: at, clocks: [] };
  }
  if (!doc) return doc;
  if (ACCOUNT_ENDING_EVENTS.includes(event.type)) {
    const clocks = cancelOpenClocks(doc.clocks, at);
    return { ...doc, cancelledAt: at, clocks, openUntil: openUntilOf(clocks) || at };
  }
  if (!touchesClocks(ACCOUNT_CLOCKS, event.type)) return doc;
  const clocks = advanceClocks(ACCOUNT_CLOCKS, undefined, { records: doc.clocks }, event, SLA_CLOCK_RECORDS).records;
  if (clocks === doc.clocks) return doc;
  return { ...doc, clocks, lastStartedAt: lastStartedAtOf(clocks, doc.appliedAt), openUntil: openUntilOf(clocks) };
}
