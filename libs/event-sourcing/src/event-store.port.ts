import type { NewEvent, StoredEvent } from './event.js';

/** Expected version 0 means "the stream must not exist yet". There is no "any": every append states what it saw. */
export const NO_STREAM = 0;

/**
 * The idempotency record written in the same unit of work as the events: a retry with the same
 * (callerId, key) returns this record instead of appending again.
 */
export interface CommandRecord {
  callerId: string;
  key: string;
  /** Hash of the request as received; the same key with another fingerprint is refused. */
  fingerprint: string;
  streamId: string;
  /** Stream version after the command. */
  version: number;
  /** Global position of the command's last event. */
  position: number;
  eventTypes: string[];
  recordedAt: string;
}

export interface AppendRequest {
  streamId: string;
  expectedVersion: number;
  events: NewEvent[];
  /** When given, stored atomically with the events (same transaction, or guarded by deterministic event ids). */
  command?: Pick<CommandRecord, 'callerId' | 'key' | 'fingerprint'>;
}

export interface AppendResult {
  streamId: string;
  /** Stream version after the append. */
  version: number;
  /** Global position of the last appended event. */
  position: number;
  events: StoredEvent[];
  /**
   * True when (callerId, key) was already recorded with the same fingerprint: nothing was written and `events` is
   * empty; version and position are those of the first answer.
   */
  duplicate?: boolean;
}

export interface ReadStreamOptions {
  fromVersion?: number;
  toVersion?: number;
  /** Only events recorded at or before this instant (ISO 8601): "what the system knew then". */
  recordedUntil?: string;
  limit?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events with position > after. */
  after: number;
  limit: number;
}

export interface SubscribeOptions {
  /** Exclusive start position (0 = from the beginning). */
  after: number;
  signal?: AbortSignal;
  batchSize?: number;
}

/**
 * How far a reader is behind, in events. Positions are not counts (on EventStoreDB they are byte offsets in the log),
 * so lag is counted, and counted no further than a cap: asking stays cheap however far behind a reader is.
 */
export interface EventCount {
  count: number;
  /** More than `count` events follow: `count` is the cap. */
  capped: boolean;
}

export interface EventStore {
  append(request: AppendRequest): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  readAll(options: ReadAllOptions): Promise<StoredEvent[]>;
  /** Catch-up from `after`, then live, in position order, until the signal aborts. */
  subscribe(options: SubscribeOptions): AsyncIterable<StoredEvent>;
  /**
   * Position of the last event in the log (0 when empty). On EventStoreDB it may be that of a command record or a
   * system event, past the last application event: a progress mark, not a position to wait for.
   */
  headPosition(): Promise<number>;
  /** The application events after position `after`, counted up to `cap`. */
  countAfter(after: number, cap: number): Promise<EventCount>;
  findCommand(callerId: string, key: string): Promise<CommandRecord | null>;
  /** Throws when the store cannot serve (used by health checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Nest injection token for the EventStore port. */
export const EVENT_STORE = Symbol('EVENT_STORE');
