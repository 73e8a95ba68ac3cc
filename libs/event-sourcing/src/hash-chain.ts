import { hash } from 'node:crypto';
import type { EventMetadata, NewEvent, StoredEvent } from './event.js';

/** previousHash of the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every depth and no whitespace, so that the same value always hashes the same way
 * whatever order its keys were built in (and whatever a store's JSON column does to key order on the way back).
 * Follows JSON.stringify for everything else: `toJSON` is honoured, undefined/function members are dropped,
 * non-finite numbers become null.
 */
export function canonicalJson(value: unknown): string {
  const text = serialize(value, false);
  return text ?? 'null';
}

function serialize(value: unknown, inArray: boolean): string | undefined {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: () => unknown }).toJSON();
  }
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'bigint':
      throw new TypeError('canonicalJson: bigint is not representable in JSON');
    case 'undefined':
    case 'function':
    case 'symbol':
      return inArray ? 'null' : undefined;
  }
  // Built by concatenation, without an array of parts per object: this runs on every command (its fingerprint).
  if (Array.isArray(value)) {
    let items = '';
    // A hole in a sparse array is written as nothing, as `map` + `join` did: hashes already recorded stay valid.
    for (let index = 0; index < value.length; index++) items += `${index > 0 ? ',' : ''}${index in value ? serialize(value[index], true) : ''}`;
    return `[${items}]`;
  }
  const record = value as Record<string, unknown>;
  let members = '';
  for (const key of Object.keys(record).sort()) {
    const member = serialize(record[key], false);
    if (member !== undefined) members += `${members ? ',' : ''}${JSON.stringify(key)}:${member}`;
  }
  return `{${members}}`;
}

/** What the hash covers. The global position is left out on purpose: an external store assigns it after hashing. */
export interface HashedEventContent {
  eventId: string;
  streamId: string;
  version: number;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: EventMetadata;
}

export function eventHash(previousHash: string, event: HashedEventContent): string {
  const { eventId, streamId, version, type, schemaVersion, data, metadata } = event;
  const content = canonicalJson({ eventId, streamId, version, type, schemaVersion, data, metadata });
  // One-shot hash of the two texts joined: the same bytes as updating a Hash object with each, at a third of the cost.
  return hash('sha256', previousHash + content, 'hex');
}

export interface ChainVerification {
  valid: boolean;
  /** Number of events examined. */
  events: number;
  /** Version of the first event whose link or content does not match. */
  brokenAt?: number;
}

/**
 * Verifies one stream's events in version order. A chain given from version 1 must start at GENESIS_HASH; a chain
 * given from a later version is trusted for its first previousHash (the caller verifies a window).
 */
export function verifyChain(events: StoredEvent[]): ChainVerification {
  let previous: StoredEvent | undefined;
  for (const event of events) {
    const linked = previous
      ? event.streamId === previous.streamId &&
        event.version === previous.version + 1 &&
        event.previousHash === previous.hash
      : event.version !== 1 || event.previousHash === GENESIS_HASH;
    if (!linked || eventHash(event.previousHash, event) !== event.hash) {
      return { valid: false, events: events.length, brokenAt: event.version };
    }
    previous = event;
  }
  return { valid: true, events: events.length };
}

/** An event sealed into its stream's chain, still waiting for the global position the store will assign. */
export type SealedEvent = Omit<StoredEvent, 'position'>;

/**
 * Assigns versions, recordedAt and the hash chain to events appended after `head`. Data and metadata go through a
 * JSON round trip first, so the hashed value is exactly what any store will give back later.
 */
export function sealEvents(
  streamId: string,
  head: { version: number; hash: string },
  events: NewEvent[],
  recordedAt: string,
): SealedEvent[] {
  let previousHash = head.hash;
  return events.map((event, index) => {
    const content = {
      eventId: event.eventId,
      streamId,
      version: head.version + index + 1,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: JSON.parse(JSON.stringify(event.data ?? null)) as unknown,
      metadata: JSON.parse(JSON.stringify({ ...event.metadata, recordedAt })) as EventMetadata,
    };
    const hash = eventHash(previousHash, content);
    const sealed: SealedEvent = { ...content, previousHash, hash };
    previousHash = hash;
    return sealed;
  });
}
