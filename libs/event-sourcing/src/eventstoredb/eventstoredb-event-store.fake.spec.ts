import { randomUUID } from 'node:crypto';
import { DeadlineExceededError } from '@eventstore/db-client';
import { OutcomeUnknownError } from '../errors.js';
import { NO_STREAM } from '../event-store.port.js';
import { describeEventStoreContract } from '../event-store.contract.js';
import { eventsOfCommand, uniqueStreamId } from '../event-store.fixtures.js';
import { GENESIS_HASH, sealEvents } from '../hash-chain.js';
import { writeAsCrashedAttempt } from './crashed-attempt.fixtures.js';
import { toEventData } from './esdb-mapping.js';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';
import { FakeEventStoreDbClient } from './fake-eventstoredb-client.js';

// The adapter's logic against an in-memory imitation of the server; the real server runs the same contract in
// eventstoredb-event-store.spec.ts when EVENTSTORE_URL is set.
const server = new FakeEventStoreDbClient();
const open = async (): Promise<EventStoreDbEventStore> => new EventStoreDbEventStore(server.asClient(), { pageSize: 4 });

describeEventStoreContract('EventStoreDB adapter on an in-memory fake server', open, {
  crashBeforeRecord: (request) => writeAsCrashedAttempt(server, request),
});

describe('EventStoreDB adapter (fake server)', () => {
  it('completes the idempotency record of a command whose events were written before a crash', async () => {
    const streamId = uniqueStreamId();
    const commandId = randomUUID();
    const events = eventsOfCommand(commandId, 'Requested', 'Accepted');
    const sealed = sealEvents(streamId, { version: 0, hash: GENESIS_HASH }, events, new Date().toISOString());
    await server.appendToStream(streamId, sealed.map((event) => toEventData(event)));
    const store = await open();
    const command = { callerId: 'caller-1', key: commandId, fingerprint: 'fp' };

    // The retry re-read the stream, so it expects version 2, with the same deterministic event ids.
    const retry = await store.append({ streamId, expectedVersion: 2, events, command });

    expect(retry).toMatchObject({ duplicate: true, version: 2, events: [] });
    expect(await store.readStream(streamId)).toHaveLength(2);
    expect(await store.findCommand('caller-1', commandId)).toMatchObject({ version: 2, eventTypes: ['Requested', 'Accepted'] });
  });

  it('counts lag in events: positions are byte offsets, with command records and system events in between', async () => {
    const store = await open();
    const streamId = uniqueStreamId();
    const command = () => ({ callerId: 'x', key: randomUUID(), fingerprint: 'f' });
    const first = await store.append({ streamId, expectedVersion: NO_STREAM, events: eventsOfCommand('c1', 'A'), command: command() });
    await store.append({ streamId, expectedVersion: 1, events: eventsOfCommand('c2', 'B', 'C'), command: command() });
    const head = await store.headPosition();

    expect(head - first.position).toBeGreaterThan(100);
    expect(await store.countAfter(first.position, 10_000)).toEqual({ count: 2, capped: false });
    expect(await store.countAfter(first.position, 1)).toEqual({ count: 1, capped: true });
    expect(await store.countAfter(head, 10_000)).toEqual({ count: 0, capped: false });
  });

  it('answers OUTCOME_UNKNOWN when the append committed but its answer was lost, and the retry recovers it', async () => {
    const streamId = uniqueStreamId();
    const command = { callerId: 'caller-2', key: randomUUID(), fingerprint: 'fp' };
    const events = eventsOfCommand(command.key, 'Requested');
    const lossy = Object.create(server) as FakeEventStoreDbClient;
    lossy.appendToStream = async (...args: Parameters<FakeEventStoreDbClient['appendToStream']>) => {
      await server.appendToStream(...args);
      throw new DeadlineExceededError(undefined, 'deadline exceeded after the append was sent');
    };
    const crashing = new EventStoreDbEventStore(lossy.asClient(), { pageSize: 4 });
    await expect(crashing.append({ streamId, expectedVersion: NO_STREAM, events, command })).rejects.toBeInstanceOf(OutcomeUnknownError);

    const retry = await (await open()).append({ streamId, expectedVersion: 1, events, command });
    expect(retry).toMatchObject({ duplicate: true, version: 1 });
    expect(await (await open()).readStream(streamId)).toHaveLength(1);
  });

  it('keeps command records and system events out of the global log', async () => {
    const store = await open();
    const before = await store.headPosition();
    const streamId = uniqueStreamId();
    await store.append({ streamId, expectedVersion: NO_STREAM, events: eventsOfCommand('c', 'A'), command: { callerId: 'x', key: randomUUID(), fingerprint: 'f' } });

    const log = await store.readAll({ after: before, limit: 100 });
    expect(log.map((event) => event.streamId)).toEqual([streamId]);
    expect(await store.headPosition()).toBeGreaterThanOrEqual(log[0].position);
  });

  it('cancels a stream read it leaves early, instead of leaving the call open until the client is disposed', async () => {
    const store = await open();
    const streamId = uniqueStreamId();
    await store.append({ streamId, expectedVersion: NO_STREAM, events: eventsOfCommand('c', 'A', 'B', 'C', 'D', 'E') });
    const before = server.openReads;
    // recordedUntil filters on the client, so the read asks for the whole range and stops after `limit` kept events.
    expect(await store.readStream(streamId, { recordedUntil: '2999-01-01T00:00:00Z', limit: 2 })).toHaveLength(2);
    expect(await store.readStream(streamId)).toHaveLength(5);
    expect(server.openReads).toBe(before);
  });

  it('reads the head of the log as one event', async () => {
    const store = await open();
    await store.append({ streamId: uniqueStreamId(), expectedVersion: NO_STREAM, events: eventsOfCommand('c', 'A') });
    const reads = server.readAllCounts.length;
    await store.headPosition();
    expect(server.readAllCounts.slice(reads)).toEqual([1]);
  });
});
