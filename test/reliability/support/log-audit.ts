import { join } from 'node:path';
import {
  deterministicUuid,
  openSqliteEventStore,
  verifyChain,
  type EventStore,
  type StoredEvent,
} from '#event-sourcing';

/**
 * The command id the API derives from (caller, Idempotency-Key): ProjectCommandService's private rule, restated so
 * that an event can be traced to the request that wrote it without trusting the server's own answer.
 */
export const commandIdOf = (callerId: string, key: string): string =>
  deterministicUuid('connection-projects/command', `${callerId}\u0000${key}`);

export interface LogSnapshot {
  events: StoredEvent[];
  streams: Map<string, StoredEvent[]>;
  byCommandId: Map<string, StoredEvent[]>;
  byCorrelationId: Map<string, StoredEvent[]>;
}

/** The whole global log, in position order, grouped by stream, command id and correlation id. */
export async function readLog(store: EventStore): Promise<LogSnapshot> {
  const events: StoredEvent[] = [];
  for (let after = 0; ; ) {
    const batch = await store.readAll({ after, limit: 5000 });
    events.push(...batch);
    if (batch.length < 5000) break;
    after = batch[batch.length - 1]!.position;
  }
  const group = (key: (e: StoredEvent) => string) => {
    const map = new Map<string, StoredEvent[]>();
    for (const event of events) map.set(key(event), [...(map.get(key(event)) ?? []), event]);
    return map;
  };
  return {
    events,
    streams: group((e) => e.streamId),
    byCommandId: group((e) => e.metadata.commandId),
    byCorrelationId: group((e) => e.metadata.correlationId),
  };
}

/**
 * Structural invariants of the log, whoever wrote it: positions strictly increasing, every stream gapless from 1 with
 * a verifying hash chain, and no command id written twice (each command of this API is exactly one event).
 * Returns the violations (empty when sound), so that a failure lists all of them.
 */
export function structuralViolations(log: LogSnapshot): string[] {
  const violations: string[] = [];
  log.events.forEach((event, i) => {
    if (i > 0 && event.position <= log.events[i - 1]!.position) violations.push(`position ${event.position} not increasing`);
  });
  for (const [streamId, events] of log.streams) {
    const versions = events.map((e) => e.version).sort((a, b) => a - b);
    if (versions.some((v, i) => v !== i + 1)) violations.push(`${streamId}: versions not gapless: ${versions.join(',')}`);
    const chain = verifyChain([...events].sort((a, b) => a.version - b.version));
    if (!chain.valid) violations.push(`${streamId}: hash chain broken at version ${chain.brokenAt}`);
  }
  for (const [commandId, events] of log.byCommandId) {
    if (events.length !== 1) violations.push(`command ${commandId} wrote ${events.length} events`);
  }
  return violations;
}

/** Opens the server's event store file from the test process (the server is stopped or reads beside it: WAL). */
export async function withEventStore<T>(dataDir: string, use: (store: EventStore) => Promise<T>): Promise<T> {
  const store = await openSqliteEventStore({ file: join(dataDir, 'events.sqlite') });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}
