import { ConcurrencyError, IdempotencyKeyReusedError, StoreUnavailableError } from '../errors.js';
import type { AppendRequest, AppendResult } from '../event-store.port.js';
import type { Outcome } from './sqlite-batch-commit.js';
import { toStoreError } from './sqlite-errors.js';

/*
 * Messages between a SqliteEventStore and its writer thread. Errors cross as plain data (a structured clone keeps no
 * class), and are rebuilt as the classes callers test with instanceof.
 */

export interface WriterThreadData {
  file: string;
  busyTimeoutMs: number;
}

export type WriterCall =
  | { type: 'commit'; requests: AppendRequest[]; recordedAt: string }
  | { type: 'probe'; at: string }
  | { type: 'close' };

/** A call as the thread receives it, numbered by WorkerCalls. */
export type ToWriter = WriterCall & { id: number };

export type WriterDone = { outcomes?: WireOutcome[] };

export type WireError =
  | { kind: 'concurrency'; streamId: string; expectedVersion: number; actualVersion: number }
  | { kind: 'idempotency'; key: string }
  | { kind: 'unavailable'; message: string }
  | { kind: 'type'; message: string }
  | { kind: 'other'; message: string; code?: string };

export type WireOutcome = { ok: true; result: AppendResult } | { ok: false; error: WireError };

export function toWireError(error: unknown): WireError {
  const mapped = toStoreError(error);
  if (mapped instanceof ConcurrencyError) {
    const { streamId, expectedVersion, actualVersion } = mapped;
    return { kind: 'concurrency', streamId, expectedVersion, actualVersion };
  }
  if (mapped instanceof IdempotencyKeyReusedError) return { kind: 'idempotency', key: mapped.key };
  if (mapped instanceof StoreUnavailableError) return { kind: 'unavailable', message: mapped.message };
  if (mapped instanceof TypeError) return { kind: 'type', message: mapped.message };
  const code = (mapped as { code?: unknown } | null)?.code;
  return { kind: 'other', message: mapped instanceof Error ? mapped.message : String(mapped), ...(typeof code === 'string' ? { code } : {}) };
}

export function fromWireError(error: WireError): Error {
  switch (error.kind) {
    case 'concurrency':
      return new ConcurrencyError(error.streamId, error.expectedVersion, error.actualVersion);
    case 'idempotency':
      return new IdempotencyKeyReusedError(error.key);
    case 'unavailable':
      return new StoreUnavailableError(error.message);
    case 'type':
      return new TypeError(error.message);
    default:
      return Object.assign(new Error(error.message), error.code ? { code: error.code } : {});
  }
}

export const toWireOutcome = (outcome: Outcome): WireOutcome =>
  outcome.ok ? outcome : { ok: false, error: toWireError(outcome.error) };

export const fromWireOutcome = (outcome: WireOutcome): Outcome =>
  outcome.ok ? outcome : { ok: false, error: fromWireError(outcome.error) };
