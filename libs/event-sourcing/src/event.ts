/** Who did it: always taken from the authenticated identity, never from a request body. */
export interface Actor {
  id: string;
  name: string;
  role: string;
  orgUnit: string;
}

export interface EventMetadata {
  actor: Actor;
  commandId: string;
  correlationId: string;
  causationId: string | null;
  /** Business time: when it happened (may be earlier than recordedAt when recorded from paper). */
  occurredAt: string;
  /** Server time: when the store accepted it. */
  recordedAt: string;
}

/** An event as the caller hands it to the store; the store assigns version, position, recordedAt and the hash chain. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  eventId: string;
  type: Type;
  schemaVersion: number;
  data: Data;
  metadata: Omit<EventMetadata, 'recordedAt'>;
}

export interface StoredEvent<Type extends string = string, Data = unknown> {
  eventId: string;
  type: Type;
  schemaVersion: number;
  streamId: string;
  /** 1-based, gapless within the stream. */
  version: number;
  /** Global log position, strictly increasing across all streams. */
  position: number;
  data: Data;
  metadata: EventMetadata;
  /** SHA-256 of the previous event of the same stream (GENESIS_HASH for the first). */
  previousHash: string;
  hash: string;
}
