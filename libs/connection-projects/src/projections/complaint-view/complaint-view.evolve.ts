import type { StoredEvent } from '#event-sourcing';
import { COMPLAINT_CLOCKS, decodeComplaintEvent, prcCalendar, type ComplaintEvent } from '../../domain/index.js';
import { advanceClocks, clockInstancesOn, touchesClocks, type ClockRecords } from '../../domain/sla/index.js';
import type { ComplaintClockRecord, ComplaintViewDocument } from './complaint-view.js';

type Doc = ComplaintViewDocument;

const CLOCK_RECORDS = clockInstancesOn(prcCalendar) as ClockRecords<ComplaintClockRecord>;

/**
 * Folds one stored event into the complaint view. Pure and tolerant: an event of a complaint whose receipt was never
 * seen (or of an unknown type) leaves the view as it is; `doc` is never edited.
 */
export function evolveComplaintView(doc: Doc | null, stored: StoredEvent): Doc | null {
  const event = decodeComplaintEvent(stored);
  if (!event) return doc;
  const next = event.type === 'ComplaintReceived' ? received(event.data, event.occurredAt) : doc && applied(doc, event);
  if (!next) return doc;
  const clockRecords = touchesClocks(COMPLAINT_CLOCKS, event.type)
    ? advanceClocks(COMPLAINT_CLOCKS, undefined, { records: next.clockRecords }, event, CLOCK_RECORDS).records
    : next.clockRecords;
  return { ...next, clockRecords, version: stored.version, position: stored.position, updatedAt: stored.metadata.recordedAt };
}

function received(data: Extract<ComplaintEvent, { type: 'ComplaintReceived' }>['data'], at: string): Doc {
  const { complaintId, customerId, accountId, orgUnit, channel, category, description } = data;
  return {
    complaintId,
    customerId,
    ...(accountId !== undefined ? { accountId } : {}),
    orgUnit,
    channel,
    category,
    description,
    status: 'received',
    receivedAt: at,
    clockRecords: [],
    version: 0,
    position: 0,
    updatedAt: at,
  };
}

function applied(doc: Doc, e: ComplaintEvent): Doc {
  const at = e.occurredAt;
  switch (e.type) {
    case 'ComplainantContacted':
      return { ...doc, status: 'contacted', contact: { at, ...(e.data.notes !== undefined ? { notes: e.data.notes } : {}) } };
    case 'ComplaintReplied':
      return { ...doc, status: 'replied', reply: { at, resolution: e.data.resolution } };
    case 'ComplaintClosed':
      return { ...doc, status: 'closed', closedAt: at, satisfaction: e.data.satisfaction };
    default:
      return doc;
  }
}
