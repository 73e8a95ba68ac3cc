import type { ComplaintEvent } from './complaint.events.js';
import type { ComplaintState } from './complaint.state.js';

/** One switch, no I/O, no clock; never throws on history (a tolerant reader: unknown facts change nothing). */
export const evolveComplaint = (state: ComplaintState, event: ComplaintEvent): ComplaintState => {
  const next: ComplaintState = { ...state, eventCount: state.eventCount + 1, lastOccurredAt: event.occurredAt };
  switch (event.type) {
    case 'ComplaintReceived': {
      const { complaintId, customerId, accountId, orgUnit } = event.data;
      return { ...next, complaintId, customerId, orgUnit, step: 'received', ...(accountId !== undefined ? { accountId } : {}) };
    }
    case 'ComplainantContacted':
      return { ...next, step: 'contacted' };
    case 'ComplaintReplied':
      return { ...next, step: 'replied' };
    case 'ComplaintClosed':
      return { ...next, step: 'closed' };
    default:
      return next;
  }
};

export const foldComplaint = (events: readonly ComplaintEvent[], from: ComplaintState): ComplaintState => events.reduce(evolveComplaint, from);
