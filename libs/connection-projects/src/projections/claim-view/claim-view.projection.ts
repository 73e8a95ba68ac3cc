import type { Projection, StoredEvent } from '#event-sourcing';
import { evolveClaimView } from './claim-view.evolve.js';
import type { ClaimViewDocument } from './claim-view.js';

const STREAM_PREFIX = 'claim-';

/** One document per appliance-damage claim (API.md claim view); its clock is evaluated at query time. */
export const claimViewProjection: Projection<StoredEvent, ClaimViewDocument> = {
  name: 'claim-view',
  version: 1,
  collection: 'claim-view',
  indexes: [['customerId', 'filedAt'], ['orgUnit', 'filedAt'], ['status', 'filedAt'], ['filedAt']],
  documentIds: (event) => {
    const claimId = (event.data as { claimId?: unknown } | null)?.claimId;
    return event.streamId.startsWith(STREAM_PREFIX) && typeof claimId === 'string' ? [claimId] : [];
  },
  evolve: evolveClaimView,
};
