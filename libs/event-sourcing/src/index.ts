export type { Actor, EventMetadata, NewEvent, StoredEvent } from './event.js';
export {
  EVENT_STORE,
  NO_STREAM,
  type AppendRequest,
  type AppendResult,
  type CommandRecord,
  type EventCount,
  type EventStore,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeOptions,
} from './event-store.port.js';
export {
  AppendTooLargeError,
  ConcurrencyError,
  IdempotencyKeyReusedError,
  OutcomeUnknownError,
  StoreUnavailableError,
  StreamDeletedError,
} from './errors.js';
export {
  GENESIS_HASH,
  canonicalJson,
  eventHash,
  sealEvents,
  verifyChain,
  type ChainVerification,
  type HashedEventContent,
  type SealedEvent,
} from './hash-chain.js';
export { EVENT_ID_NAMESPACE, deterministicUuid, eventIdFor } from './ids.js';
export {
  SqliteEventStore,
  openSqliteEventStore,
  type SqliteEventStoreOptions,
  type SqliteEventStoreStats,
} from './sqlite/sqlite-event-store.js';
// The EventStoreDB adapter (./eventstoredb/eventstoredb-event-store.js) is not re-exported here: its gRPC client is
// loaded only by a process configured for it (libs/platform store-factory.ts), not by every importer of this library.
export * from './projection/index.js';
export { PositionWaiters } from './projection/position-waiters.js';
export * from './command-handling/index.js';
export * from './reactor/index.js';
