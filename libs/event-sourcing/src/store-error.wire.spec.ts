import {
  AppendTooLargeError,
  ConcurrencyError,
  IdempotencyKeyReusedError,
  OutcomeUnknownError,
  StoreUnavailableError,
  StreamDeletedError,
} from './errors.js';
import { fromWireError, toWireError } from './store-error.wire.js';

/** Through a structured clone, as between threads: only data survives. */
const acrossThreads = (error: unknown): Error => fromWireError(structuredClone(toWireError(error)));

describe('store errors across threads', () => {
  it('rebuilds each store error as its class, with its code and fields', () => {
    expect(acrossThreads(new ConcurrencyError('project-p-1', 3, 5))).toEqual(
      expect.objectContaining({ constructor: ConcurrencyError, code: 'CONCURRENCY_CONFLICT', streamId: 'project-p-1', expectedVersion: 3, actualVersion: 5 }),
    );
    expect(acrossThreads(new IdempotencyKeyReusedError('k-1'))).toEqual(expect.objectContaining({ constructor: IdempotencyKeyReusedError, key: 'k-1' }));
    expect(acrossThreads(new AppendTooLargeError(1_048_576))).toEqual(expect.objectContaining({ constructor: AppendTooLargeError, maxBytes: 1_048_576 }));
    expect(acrossThreads(new StreamDeletedError('account-a-1'))).toEqual(expect.objectContaining({ constructor: StreamDeletedError, streamId: 'account-a-1' }));
    const unavailable = acrossThreads(new StoreUnavailableError('disk full'));
    expect([unavailable.constructor, unavailable.message]).toEqual([StoreUnavailableError, 'disk full']);
    const unknown = acrossThreads(new OutcomeUnknownError('deadline exceeded'));
    expect([unknown.constructor, unknown.message]).toEqual([OutcomeUnknownError, 'deadline exceeded']);
  });

  it('keeps a TypeError a TypeError, and any other error its message and code', () => {
    const type = acrossThreads(new TypeError('events must be an array'));
    expect([type.constructor, type.message]).toEqual([TypeError, 'events must be an array']);
    const other = acrossThreads(Object.assign(new Error('odd'), { code: 'SQLITE_MISMATCH' }));
    expect([other.constructor, other.message, (other as { code?: string }).code]).toEqual([Error, 'odd', 'SQLITE_MISMATCH']);
    expect(acrossThreads('a string thrown').message).toBe('a string thrown');
  });
});
