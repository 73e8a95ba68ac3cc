import type { AppendRequest } from '../event-store.port.js';
import { fromWireError, toWireError as toStoreWireError, type WireError, type WireOutcome } from '../store-error.wire.js';
import type { Outcome } from './sqlite-batch-commit.js';
import { toStoreError } from './sqlite-errors.js';

/* Messages between a SqliteEventStore and its writer thread; errors cross as data (store-error.wire.ts). */

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

/** SQLite's storage failures as StoreUnavailableError first (toStoreError), then as data. */
export const toWireError = (error: unknown): WireError => toStoreWireError(toStoreError(error));

export const toWireOutcome = (outcome: Outcome): WireOutcome =>
  outcome.ok ? outcome : { ok: false, error: toWireError(outcome.error) };

export const fromWireOutcome = (outcome: WireOutcome): Outcome =>
  outcome.ok ? outcome : { ok: false, error: fromWireError(outcome.error) };
