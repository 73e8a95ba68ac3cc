import type { Actor, StoredEvent } from '#event-sourcing';
import { ACCOUNT_EVENT_SCHEMA, accountStreamId, type AccountEvent } from '../../domain/index.js';

const SYSTEM: Actor = { id: 'system:supply-accounts', name: 'supply-accounts', role: 'system', orgUnit: 'HZ-XH-BRANCH' };

/**
 * For projection and query specs: an account's events (domain/account/testing fixtures) as the store would hand them
 * out, renamed to `accountId`, with versions 1…n and positions from `firstPosition` on.
 */
export function storedAccountHistory(events: AccountEvent[], accountId: string, firstPosition = 1, actor: Actor = SYSTEM): StoredEvent[] {
  return events.map((event, i) => ({
    eventId: `${accountId}-e${i + 1}`,
    type: event.type,
    schemaVersion: ACCOUNT_EVENT_SCHEMA[event.type],
    streamId: accountStreamId(accountId),
    version: i + 1,
    position: firstPosition + i,
    data: { ...event.data, accountId },
    metadata: {
      actor,
      commandId: `cmd-${accountId}-${i + 1}`,
      correlationId: `cmd-${accountId}-${i + 1}`,
      causationId: null,
      occurredAt: event.occurredAt,
      recordedAt: event.occurredAt,
    },
    previousHash: '',
    hash: '',
  }));
}
