import type { EventStoreDBClient } from '@eventstore/db-client';
import type { AppendRequest } from '../event-store.port.js';
import { GENESIS_HASH, sealEvents } from '../hash-chain.js';
import { toEventData } from './esdb-mapping.js';

/**
 * Writes a new stream's events as an attempt that crashed between its append and its idempotency record: the events,
 * with the request's fingerprint as the adapter writes it, and no record.
 */
export async function writeAsCrashedAttempt(client: Pick<EventStoreDBClient, 'appendToStream'>, request: AppendRequest): Promise<void> {
  const sealed = sealEvents(request.streamId, { version: 0, hash: GENESIS_HASH }, request.events, new Date().toISOString());
  await client.appendToStream(request.streamId, sealed.map((event) => toEventData(event, request.command?.fingerprint)));
}
