import type { EventStore, NewEvent } from '#event-sourcing';
import { accountStreamId, encodeAccountEvent, type AccountEvent } from '#connection-projects/domain';

/**
 * Puts account histories straight into the event store, as the supply-accounts process manager would have written
 * them: the set-up of route tests that need an account in a given state (an account exists only through the process
 * manager; no route opens one).
 */
export async function appendAccountHistory(store: EventStore, accountId: string, events: AccountEvent[]): Promise<number> {
  const streamId = accountStreamId(accountId);
  const existing = (await store.readStream(streamId)).length;
  const news: NewEvent[] = events.map((event, i) => {
    const { type, schemaVersion, data } = encodeAccountEvent(event);
    const commandId = `setup-${accountId}-${existing + i + 1}`;
    return {
      eventId: commandId,
      type,
      schemaVersion,
      data: { ...(data as object), accountId },
      metadata: {
        actor: { id: 'system:supply-accounts', name: 'supply-accounts', role: 'system', orgUnit: 'HZ-XH-BRANCH' },
        commandId,
        correlationId: commandId,
        causationId: null,
        occurredAt: event.occurredAt,
      },
    };
  });
  return (await store.append({ streamId, expectedVersion: existing, events: news })).position;
}
