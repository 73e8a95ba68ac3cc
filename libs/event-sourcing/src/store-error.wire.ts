import {
  AppendTooLargeError,
  ConcurrencyError,
  IdempotencyKeyReusedError,
  OutcomeUnknownError,
  StoreUnavailableError,
  StreamDeletedError,
} from './errors.js';
import type { AppendResult } from './event-store.port.js';

/**
 * An event store's error as plain data, to cross between threads: a structured clone keeps no class, so each error is
 * rebuilt as the class its callers test with instanceof.
 */
export type WireError =
  | { kind: 'concurrency'; streamId: string; expectedVersion: number; actualVersion: number }
  | { kind: 'idempotency'; key: string }
  | { kind: 'unavailable'; message: string }
  | { kind: 'outcomeUnknown'; message: string }
  | { kind: 'tooLarge'; maxBytes: number }
  | { kind: 'streamDeleted'; streamId: string }
  | { kind: 'type'; message: string }
  | { kind: 'other'; message: string; code?: string };

export function toWireError(error: unknown): WireError {
  if (error instanceof ConcurrencyError) {
    const { streamId, expectedVersion, actualVersion } = error;
    return { kind: 'concurrency', streamId, expectedVersion, actualVersion };
  }
  if (error instanceof IdempotencyKeyReusedError) return { kind: 'idempotency', key: error.key };
  if (error instanceof StoreUnavailableError) return { kind: 'unavailable', message: error.message };
  if (error instanceof OutcomeUnknownError) return { kind: 'outcomeUnknown', message: error.message };
  if (error instanceof AppendTooLargeError) return { kind: 'tooLarge', maxBytes: error.maxBytes };
  if (error instanceof StreamDeletedError) return { kind: 'streamDeleted', streamId: error.streamId };
  if (error instanceof TypeError) return { kind: 'type', message: error.message };
  const code = (error as { code?: unknown } | null)?.code;
  return { kind: 'other', message: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' ? { code } : {}) };
}

export function fromWireError(error: WireError): Error {
  switch (error.kind) {
    case 'concurrency':
      return new ConcurrencyError(error.streamId, error.expectedVersion, error.actualVersion);
    case 'idempotency':
      return new IdempotencyKeyReusedError(error.key);
    case 'unavailable':
      return new StoreUnavailableError(error.message);
    case 'outcomeUnknown':
      return new OutcomeUnknownError(error.message);
    case 'tooLarge':
      return new AppendTooLargeError(error.maxBytes);
    case 'streamDeleted':
      return new StreamDeletedError(error.streamId);
    case 'type':
      return new TypeError(error.message);
    default:
      return Object.assign(new Error(error.message), error.code ? { code: error.code } : {});
  }
}

/** What an append came to, as data: its result, or its error. */
export type WireOutcome = { ok: true; result: AppendResult } | { ok: false; error: WireError };
