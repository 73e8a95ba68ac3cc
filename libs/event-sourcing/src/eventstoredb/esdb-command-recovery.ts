import { IdempotencyKeyReusedError } from '../errors.js';
import type { StoredEvent } from '../event.js';
import type { AppendRequest, AppendResult, CommandRecord } from '../event-store.port.js';

export type Outcome = Pick<CommandRecord, 'streamId' | 'version' | 'position' | 'eventTypes'>;

export const asResult = (outcome: Outcome): AppendResult => ({
  streamId: outcome.streamId,
  version: outcome.version,
  position: outcome.position,
  events: [],
});

/** A recorded command answers its retry with the first result, or refuses a different request under the same key. */
export function replay(existing: CommandRecord, command: NonNullable<AppendRequest['command']>): AppendResult {
  if (existing.fingerprint !== command.fingerprint) throw new IdempotencyKeyReusedError(command.key);
  return { ...asResult(existing), duplicate: true };
}

/** A stream's event with the fingerprint of the request that wrote it (absent on events written before it was kept). */
export interface TailEvent {
  event: StoredEvent;
  fingerprint?: string;
}

/**
 * A previous attempt of this command wrote its events but crashed before writing its record: its first event id
 * (derived from the caller and the key) is in the stream's tail, and its events are the run that shares its command id.
 * The id says nothing of the request's body, so the fingerprint stored with the events decides whether this is a
 * retry of that attempt or another request reusing the key.
 */
export function recoverWritten(
  tailNewestFirst: TailEvent[],
  command: NonNullable<AppendRequest['command']>,
  firstEventId: string,
): Outcome | null {
  const index = tailNewestFirst.findIndex(({ event }) => event.eventId === firstEventId);
  if (index < 0) return null;
  const written = tailNewestFirst[index].fingerprint;
  if (written !== undefined && written !== command.fingerprint) throw new IdempotencyKeyReusedError(command.key);
  const fromFirst = tailNewestFirst.slice(0, index + 1).reverse().map(({ event }) => event);
  const commandId = fromFirst[0].metadata.commandId;
  const run: StoredEvent[] = [];
  for (const event of fromFirst) {
    if (event.metadata.commandId !== commandId) break;
    run.push(event);
  }
  const last = run[run.length - 1];
  return { streamId: last.streamId, version: last.version, position: last.position, eventTypes: run.map((e) => e.type) };
}
