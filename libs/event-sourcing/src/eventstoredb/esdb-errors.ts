import {
  AccessDeniedError,
  DeadlineExceededError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  StreamDeletedError as EsdbStreamDeletedError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { AppendTooLargeError, ConcurrencyError, OutcomeUnknownError, StoreUnavailableError, StreamDeletedError } from '../errors.js';

export interface ErrorContext {
  /** What was being done, for the permission an AccessDenied names: `append to project-1`, `read $all`. */
  operation: string;
  expectedVersion?: number;
  /** The append had been sent to the server when the error came: it may have committed. */
  appendSent?: boolean;
}

/**
 * Translates the client's errors into the port's errors; anything else is rethrown unchanged. The classes are those
 * of @eventstore/db-client 6.2.1 (EventStore/EventStore-Client-NodeJS v6.2.1, packages/db-client/src/utils/CommandError.ts,
 * `convertToCommandError`): the server's `exception` metadata first (NotLeader, AccessDenied, StreamDeleted,
 * WrongExpectedVersion, MaximumAppendSizeExceeded…), then the gRPC status (DEADLINE_EXCEEDED → DeadlineExceededError,
 * UNAVAILABLE → UnavailableError, ABORTED → TimeoutError). A transport error carries no server answer, so once the append
 * was sent it cannot say whether the append committed.
 */
export function toStoreError(error: unknown, context: ErrorContext): unknown {
  if (error instanceof WrongExpectedVersionError) {
    const actual = typeof error.actualVersion === 'bigint' ? Number(error.actualVersion) + 1 : 0;
    return new ConcurrencyError(error.streamName, context.expectedVersion ?? -1, actual);
  }
  if (error instanceof MaxAppendSizeExceededError) return new AppendTooLargeError(error.maxAppendSize);
  if (error instanceof EsdbStreamDeletedError) return new StreamDeletedError(error.streamName);
  if (error instanceof AccessDeniedError) {
    return new StoreUnavailableError(
      `EventStoreDB denied ${context.operation}: the user in EVENTSTORE_URL needs ${permissionFor(context.operation)}`,
      { cause: error },
    );
  }
  // The server answered that it is not the leader: it wrote nothing, whenever that answer came.
  if (error instanceof NotLeaderError) {
    return new StoreUnavailableError(`EventStoreDB unavailable: ${error.message}`, { cause: error });
  }
  if (isTransportFailure(error)) {
    if (context.appendSent) {
      return new OutcomeUnknownError(
        `EventStoreDB did not confirm the append (${(error as Error).message}); it may have been written: retry with the same Idempotency-Key`,
        { cause: error },
      );
    }
    return new StoreUnavailableError(`EventStoreDB unavailable: ${(error as Error).message}`, { cause: error });
  }
  return error;
}

const isTransportFailure = (error: unknown): boolean =>
  error instanceof UnavailableError ||
  error instanceof DeadlineExceededError ||
  error instanceof TimeoutError ||
  (error instanceof Error && /failed to discover|ECONNREFUSED|ECONNRESET|UNAVAILABLE/i.test(error.message));

/** EventStoreDB's ACL: `$w` on a stream to append to it, `$r` to read; `$all` is readable by `$admins` by default. */
function permissionFor(operation: string): string {
  if (operation.startsWith('append')) return 'write access ($w) to that stream';
  if (operation.includes('$all')) return 'read access ($r) to $all (by default only $admins and $ops have it)';
  return 'read access ($r) to that stream';
}
