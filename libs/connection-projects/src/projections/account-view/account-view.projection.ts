import type { Projection, StoredEvent } from '#event-sourcing';
import { evolveAccountView } from './account-view.evolve.js';
import type { AccountViewDocument } from './account-view.js';

const STREAM_PREFIX = 'account-';

/** One document per supply account (API.md account view); its date-dependent parts are evaluated at query time. */
export const accountViewProjection: Projection<StoredEvent, AccountViewDocument> = {
  name: 'account-view',
  version: 1,
  collection: 'account-view',
  indexes: [['customerId', 'openedAt'], ['orgUnit', 'openedAt'], ['openedAt']],
  documentIds: (event) => {
    const accountId = (event.data as { accountId?: unknown } | null)?.accountId;
    return event.streamId.startsWith(STREAM_PREFIX) && typeof accountId === 'string' ? [accountId] : [];
  },
  evolve: evolveAccountView,
};
