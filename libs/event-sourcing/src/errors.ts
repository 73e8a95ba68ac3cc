/** Another writer appended to the stream first: nothing of this append was written; retrying is safe. */
export class ConcurrencyError extends Error {
  readonly code = 'CONCURRENCY_CONFLICT';
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(`Stream ${streamId} is at version ${actualVersion}, expected ${expectedVersion}`);
  }
}

/** The command id was already used for another request by the same caller. */
export class IdempotencyKeyReusedError extends Error {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
  constructor(readonly key: string) {
    super(`Idempotency-Key ${key} was already used for a different request`);
  }
}

/** The store cannot accept writes (disk full, read-only, server down): nothing was acknowledged. */
export class StoreUnavailableError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The store stopped answering after the write was sent (a deadline, a lost connection): it may have committed. A retry
 * with the same idempotency key is safe: it finds the events or the record and answers as the first attempt would have.
 */
export class OutcomeUnknownError extends Error {
  readonly code = 'OUTCOME_UNKNOWN';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The store refused the append as larger than it accepts in one write: nothing was written, and a retry is no better. */
export class AppendTooLargeError extends Error {
  readonly code = 'PAYLOAD_TOO_LARGE';
  constructor(readonly maxBytes: number) {
    super(`The events of this command are larger than the event store accepts in one append (${maxBytes} bytes)`);
  }
}

/** The stream was deleted in the store: nothing can be appended to it any more. */
export class StreamDeletedError extends Error {
  readonly code = 'STREAM_DELETED';
  constructor(readonly streamId: string) {
    super(`Stream ${streamId} has been deleted from the event store; nothing can be written to it`);
  }
}
