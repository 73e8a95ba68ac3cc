import { createHash } from 'node:crypto';
import {
  jsonEvent,
  START,
  NO_STREAM as ESDB_NO_STREAM,
  type AppendExpectedRevision,
  type EventData,
  type JSONType,
  type ReadPosition,
  type RecordedEvent,
} from '@eventstore/db-client';
import type { EventMetadata, StoredEvent } from '../event.js';
import type { CommandRecord } from '../event-store.port.js';
import type { SealedEvent } from '../hash-chain.js';

/** Idempotency records live in ordinary streams so they are as durable as the events; readers skip them. */
export const COMMAND_STREAM_PREFIX = 'command-';
export const COMMAND_RECORDED = 'CommandRecorded';

export const commandStreamName = (callerId: string, key: string): string =>
  `${COMMAND_STREAM_PREFIX}${createHash('sha256').update(callerId).update('\u0000').update(key).digest('hex')}`;

/** What we keep in ESDB metadata besides the caller's metadata; `$correlationId`/`$causationId` feed ESDB's own projections. */
interface EsdbMetadata extends EventMetadata {
  schemaVersion: number;
  previousHash: string;
  hash: string;
  /**
   * The fingerprint of the request that wrote the event, when it came with an idempotency key: an attempt that crashed
   * before its record was written leaves only its events, and this is what tells its retry from another request that
   * reuses the key. Kept beside the hashed metadata, not in it.
   */
  commandFingerprint?: string;
  $correlationId?: string;
  $causationId?: string;
}

/** Our versions are 1-based and gapless; ESDB revisions are 0-based. Version 0 (no stream) is NO_STREAM, never ANY. */
export const expectedRevisionFor = (expectedVersion: number): AppendExpectedRevision =>
  expectedVersion === 0 ? ESDB_NO_STREAM : BigInt(expectedVersion - 1);

export const versionOf = (revision: bigint): number => Number(revision) + 1;

export function toEventData(event: SealedEvent, commandFingerprint?: string): EventData {
  const metadata: EsdbMetadata = {
    ...event.metadata,
    ...(commandFingerprint === undefined ? {} : { commandFingerprint }),
    schemaVersion: event.schemaVersion,
    previousHash: event.previousHash,
    hash: event.hash,
    $correlationId: event.metadata.correlationId,
    ...(event.metadata.causationId ? { $causationId: event.metadata.causationId } : {}),
  };
  return jsonEvent({ id: event.eventId, type: event.type, data: event.data as JSONType, metadata: metadata as unknown as JSONType });
}

/** Servers before 22.6 send no $all position on stream reads (or uint64 max): 0 then means "unknown". */
const MAX_VALID_POSITION = 2n ** 63n;

export function positionOf(recorded: RecordedEvent, commitPosition?: bigint): number {
  for (const candidate of [recorded.position?.commit, commitPosition]) {
    if (candidate !== undefined && candidate >= 0n && candidate < MAX_VALID_POSITION) return Number(candidate);
  }
  return 0;
}

export function toStoredEvent(recorded: RecordedEvent, commitPosition?: bigint): StoredEvent {
  const { schemaVersion, previousHash, hash, $correlationId, $causationId, commandFingerprint, ...metadata } =
    recorded.metadata as unknown as EsdbMetadata;
  return {
    eventId: recorded.id,
    type: recorded.type,
    schemaVersion,
    streamId: recorded.streamId,
    version: versionOf(recorded.revision),
    position: positionOf(recorded, commitPosition),
    data: recorded.data as unknown,
    metadata: metadata as EventMetadata,
    previousHash,
    hash,
  };
}

export const fingerprintOf = (recorded: RecordedEvent): string | undefined =>
  (recorded.metadata as unknown as Partial<EsdbMetadata> | undefined)?.commandFingerprint;

/** Only our own application events: not ESDB system events/streams, not the idempotency records. */
export function isApplicationEvent(recorded: RecordedEvent | undefined): recorded is RecordedEvent {
  return (
    recorded !== undefined &&
    recorded.isJson &&
    !recorded.type.startsWith('$') &&
    !recorded.streamId.startsWith('$') &&
    !recorded.streamId.startsWith(COMMAND_STREAM_PREFIX)
  );
}

/** Server-side filter for subscriptions (.NET regex): no `$` streams, no command streams. */
export const APPLICATION_STREAMS_REGEX = `^(?!\\$|${COMMAND_STREAM_PREFIX})`;

/** Our `after` is a commit position (exclusive); 0 is the start of the log. Callers skip positions <= after. */
export const readPositionAfter = (after: number): ReadPosition =>
  after <= 0 ? START : { commit: BigInt(after), prepare: BigInt(after) };

export function toCommandRecord(recorded: RecordedEvent): CommandRecord {
  return recorded.data as unknown as CommandRecord;
}

export function toCommandEventData(record: CommandRecord, id: string): EventData {
  return jsonEvent({ id, type: COMMAND_RECORDED, data: { ...record } as JSONType });
}

export { toStoreError } from './esdb-errors.js';
