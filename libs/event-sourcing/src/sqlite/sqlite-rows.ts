import type { EventMetadata, StoredEvent } from '../event.js';
import type { CommandRecord } from '../event-store.port.js';

export interface EventRow {
  position: number;
  event_id: string;
  stream_id: string;
  version: number;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
  recorded_at: string;
  previous_hash: string;
  hash: string;
}

export interface CommandRow {
  caller_id: string;
  key: string;
  fingerprint: string;
  stream_id: string;
  version: number;
  position: number;
  event_types: string;
  recorded_at: string;
}

/** A command record by caller and key: the replay lookup of the appender and of `findCommand`. */
export const FIND_COMMAND = 'SELECT * FROM commands WHERE caller_id = ? AND key = ?';

export const EVENT_COLUMNS =
  'position, event_id, stream_id, version, type, schema_version, data, metadata, recorded_at, previous_hash, hash';

/**
 * An events row as better-sqlite3 returns it from `SELECT ${EVENT_COLUMNS}` on a statement in `.raw(true)` mode: the
 * values in EVENT_COLUMNS order, without a keyed object built per row (that object was ~25% of reading 1,000 events).
 */
export type RawEventRow = [
  position: number,
  eventId: string,
  streamId: string,
  version: number,
  type: string,
  schemaVersion: number,
  data: string,
  metadata: string,
  recordedAt: string,
  previousHash: string,
  hash: string,
];

/** A raw row as the port's StoredEvent (key order as the port declares it, so answers serialise the same). */
export function rawToStoredEvent(row: RawEventRow): StoredEvent {
  return {
    eventId: row[1],
    type: row[4],
    schemaVersion: row[5],
    streamId: row[2],
    version: row[3],
    position: row[0],
    data: JSON.parse(row[6]) as unknown,
    metadata: JSON.parse(row[7]) as EventMetadata,
    previousHash: row[9],
    hash: row[10],
  };
}

export function toEventRow(event: StoredEvent): Omit<EventRow, 'position'> {
  return {
    event_id: event.eventId,
    stream_id: event.streamId,
    version: event.version,
    type: event.type,
    schema_version: event.schemaVersion,
    data: JSON.stringify(event.data),
    metadata: JSON.stringify(event.metadata),
    recorded_at: event.metadata.recordedAt,
    previous_hash: event.previousHash,
    hash: event.hash,
  };
}

export function toCommandRecord(row: CommandRow): CommandRecord {
  return {
    callerId: row.caller_id,
    key: row.key,
    fingerprint: row.fingerprint,
    streamId: row.stream_id,
    version: row.version,
    position: row.position,
    eventTypes: JSON.parse(row.event_types) as string[],
    recordedAt: row.recorded_at,
  };
}

export function toCommandRow(record: CommandRecord): CommandRow {
  return {
    caller_id: record.callerId,
    key: record.key,
    fingerprint: record.fingerprint,
    stream_id: record.streamId,
    version: record.version,
    position: record.position,
    event_types: JSON.stringify(record.eventTypes),
    recorded_at: record.recordedAt,
  };
}
