import type { Projection, StoredEvent } from '#event-sourcing';
import { evolveComplaintView } from './complaint-view.evolve.js';
import type { ComplaintViewDocument } from './complaint-view.js';

const STREAM_PREFIX = 'complaint-';

/** One document per complaint (API.md complaint view); its clocks are evaluated at query time. */
export const complaintViewProjection: Projection<StoredEvent, ComplaintViewDocument> = {
  name: 'complaint-view',
  version: 1,
  collection: 'complaint-view',
  indexes: [['customerId', 'receivedAt'], ['orgUnit', 'receivedAt'], ['status', 'receivedAt'], ['receivedAt']],
  documentIds: (event) => {
    const complaintId = (event.data as { complaintId?: unknown } | null)?.complaintId;
    return event.streamId.startsWith(STREAM_PREFIX) && typeof complaintId === 'string' ? [complaintId] : [];
  },
  evolve: evolveComplaintView,
};
