import {
  AccessDeniedError,
  DeadlineExceededError,
  MaxAppendSizeExceededError,
  NO_STREAM as ESDB_NO_STREAM,
  NotLeaderError,
  StreamDeletedError as EsdbStreamDeletedError,
  UnavailableError,
  WrongExpectedVersionError,
  type RecordedEvent,
} from '@eventstore/db-client';
import { AppendTooLargeError, ConcurrencyError, OutcomeUnknownError, StoreUnavailableError, StreamDeletedError } from '../errors.js';
import { aNewEvent } from '../event-store.fixtures.js';
import { GENESIS_HASH, sealEvents, verifyChain } from '../hash-chain.js';
import { commandStreamName, expectedRevisionFor, isApplicationEvent, toEventData, toStoreError, toStoredEvent } from './esdb-mapping.js';
import { connectEventStoreDb } from './eventstoredb-event-store.js';

describe('EventStoreDB mapping', () => {
  it('states an exact expected revision: NO_STREAM for version 0, 0-based revisions otherwise', () => {
    expect(expectedRevisionFor(0)).toBe(ESDB_NO_STREAM);
    expect(expectedRevisionFor(1)).toBe(0n);
    expect(expectedRevisionFor(7)).toBe(6n);
  });

  it('round-trips an event through ESDB data and metadata with its hash chain intact', () => {
    const sealed = sealEvents('s-1', { version: 0, hash: GENESIS_HASH }, [aNewEvent('A', { x: 1 })], '2024-01-01T00:00:00.000Z');
    const data = toEventData(sealed[0]);
    const recorded = {
      streamId: 's-1', id: data.id, isJson: true as const, revision: 0n, type: data.type, created: new Date(),
      data: data.data, metadata: data.metadata, position: { commit: 4242n, prepare: 4242n },
    } as RecordedEvent;

    const stored = toStoredEvent(recorded);
    expect(stored).toEqual({ ...sealed[0], position: 4242 });
    expect(stored.metadata).not.toHaveProperty('$correlationId');
    expect(verifyChain([stored]).valid).toBe(true);
  });

  it('keeps system events and command records out of the application log', () => {
    const base = { id: 'x', isJson: true as const, revision: 0n, created: new Date(), data: {}, metadata: {} };
    expect(isApplicationEvent({ ...base, streamId: 'project-1', type: 'Opened' })).toBe(true);
    expect(isApplicationEvent({ ...base, streamId: '$stats-1', type: 'Opened' })).toBe(false);
    expect(isApplicationEvent({ ...base, streamId: 'project-1', type: '$metadata' })).toBe(false);
    expect(isApplicationEvent({ ...base, streamId: commandStreamName('c', 'k'), type: 'CommandRecorded' })).toBe(false);
  });

  it('scopes command streams by caller and key', () => {
    expect(commandStreamName('a', 'k')).not.toBe(commandStreamName('b', 'k'));
    expect(commandStreamName('a', 'bk')).not.toBe(commandStreamName('ab', 'k'));
  });

  it('turns a wrong expected version into ConcurrencyError with 1-based versions', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 's-1', expected: 1n, current: 4n });
    const append = { operation: 'append to s-1', expectedVersion: 2 };
    expect(toStoreError(error, append)).toEqual(new ConcurrencyError('s-1', 2, 5));
    const missing = new WrongExpectedVersionError(undefined, { streamName: 's-1', expected: 1n, current: ESDB_NO_STREAM });
    expect(toStoreError(missing, append)).toMatchObject({ actualVersion: 0 });
  });

  it('turns connection failures into StoreUnavailableError and leaves other errors alone', () => {
    expect(toStoreError(new UnavailableError(undefined, 'down'), { operation: 'read $all' })).toBeInstanceOf(StoreUnavailableError);
    const bug = new TypeError('bug');
    expect(toStoreError(bug, { operation: 'read $all' })).toBe(bug);
  });

  it('says the outcome is unknown when the connection fails after the append was sent, unavailable before', () => {
    const deadline = new DeadlineExceededError(undefined, 'deadline');
    const before = { operation: 'append to s-1', expectedVersion: 1, appendSent: false };
    const after = { ...before, appendSent: true };
    expect(toStoreError(deadline, before)).toBeInstanceOf(StoreUnavailableError);
    expect(toStoreError(deadline, after)).toBeInstanceOf(OutcomeUnknownError);
    expect(toStoreError(new UnavailableError(undefined, 'gone'), after)).toBeInstanceOf(OutcomeUnknownError);
    // A NotLeader answer is the server's own: it wrote nothing.
    const notLeader = Object.assign(Object.create(NotLeaderError.prototype) as Error, { message: "not leader" });
    expect(toStoreError(notLeader, after)).toBeInstanceOf(StoreUnavailableError);
  });

  it('maps the server refusals to errors with their own answers, never an unknown error', () => {
    const append = { operation: 'append to project-1', expectedVersion: 1, appendSent: true };
    expect(toStoreError(MaxAppendSizeExceededError.fromMaxAppendSize(1_048_576), append)).toEqual(new AppendTooLargeError(1_048_576));
    expect(toStoreError(EsdbStreamDeletedError.fromStreamName('project-1'), append)).toEqual(new StreamDeletedError('project-1'));
    const denied = toStoreError(new AccessDeniedError(undefined as never), append);
    expect(denied).toBeInstanceOf(StoreUnavailableError);
    expect((denied as Error).message).toMatch(/denied append to project-1: .*write access \(\$w\)/);
    expect((toStoreError(new AccessDeniedError(undefined as never), { operation: 'read $all' }) as Error).message).toMatch(/\$r\) to \$all/);
  });

  it('reports an unreachable server as unavailable', async () => {
    const store = await connectEventStoreDb({ url: 'esdb://127.0.0.1:1?tls=false' });
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close();
  });
});
