import { StoreUnavailableError } from '../errors.js';

/**
 * SQLite result codes meaning "the store cannot take writes right now" rather than "this request is wrong".
 * Extended codes (SQLITE_IOERR_FSYNC, SQLITE_READONLY_DBMOVED, …) share the primary code as prefix.
 * SQLITE_BUSY is here too: it only surfaces after busy_timeout, i.e. another process holds the lock for too long.
 */
const UNAVAILABLE_CODES = ['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_CANTOPEN', 'SQLITE_BUSY'];

export function isUnavailableError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNAVAILABLE_CODES.some((prefix) => code === prefix || code.startsWith(`${prefix}_`));
}

/** Wraps storage failures in StoreUnavailableError and lets everything else (conflicts, bugs) through unchanged. */
export function toStoreError(error: unknown): unknown {
  if (error instanceof StoreUnavailableError || !isUnavailableError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new StoreUnavailableError(`SQLite event store unavailable: ${message}`, { cause: error });
}
