import { NO_STREAM as ESDB_NO_STREAM, UnavailableError, WrongExpectedVersionError, type RecordedEvent } from '@eventstore/db-client';
import { ConcurrencyError, StoreUnavailableError } from '../errors.js';
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
    expect(toStoreError(error, 2)).toEqual(new ConcurrencyError('s-1', 2, 5));
    const missing = new WrongExpectedVersionError(undefined, { streamName: 's-1', expected: 1n, current: ESDB_NO_STREAM });
    expect(toStoreError(missing, 2)).toMatchObject({ actualVersion: 0 });
  });

  it('turns connection failures into StoreUnavailableError and leaves other errors alone', () => {
    expect(toStoreError(new UnavailableError(undefined, 'down'))).toBeInstanceOf(StoreUnavailableError);
    const bug = new TypeError('bug');
    expect(toStoreError(bug)).toBe(bug);
  });

  it('reports an unreachable server as unavailable', async () => {
    const store = await connectEventStoreDb({ url: 'esdb://127.0.0.1:1?tls=false' });
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close();
  });
});
