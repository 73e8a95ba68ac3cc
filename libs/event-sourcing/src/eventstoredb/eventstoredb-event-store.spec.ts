import { randomUUID } from 'node:crypto';
import { EventStoreDBClient } from '@eventstore/db-client';
import { describeEventStoreContract } from '../event-store.contract.js';
import { eventsOfCommand, uniqueStreamId } from '../event-store.fixtures.js';
import { GENESIS_HASH, sealEvents } from '../hash-chain.js';
import { writeAsCrashedAttempt } from './crashed-attempt.fixtures.js';
import { toEventData } from './esdb-mapping.js';
import { connectEventStoreDb } from './eventstoredb-event-store.js';

const url = process.env.EVENTSTORE_URL;

if (url) {
  describeEventStoreContract(`EventStoreDB (${url})`, () => connectEventStoreDb({ url }), {
    crashBeforeRecord: async (request) => {
      const raw = EventStoreDBClient.connectionString(url);
      try {
        await writeAsCrashedAttempt(raw, request);
      } finally {
        await raw.dispose();
      }
    },
  });

  describe('EventStoreDB event store', () => {
    it('completes the idempotency record of a command whose events were written before a crash', async () => {
      const streamId = uniqueStreamId();
      const commandId = randomUUID();
      const events = eventsOfCommand(commandId, 'Requested', 'Accepted');
      // The crash: the events reached the server, the command record did not.
      const raw = EventStoreDBClient.connectionString(url);
      const sealed = sealEvents(streamId, { version: 0, hash: GENESIS_HASH }, events, new Date().toISOString());
      await raw.appendToStream(streamId, sealed.map((event) => toEventData(event)));
      await raw.dispose();

      const store = await connectEventStoreDb({ url });
      try {
        // The retry re-read the stream, so it now expects version 2 and carries the same deterministic event ids.
        const command = { callerId: `caller-${randomUUID()}`, key: commandId, fingerprint: 'fp' };
        const retry = await store.append({ streamId, expectedVersion: 2, events, command });

        expect(retry).toMatchObject({ duplicate: true, version: 2, events: [] });
        expect(await store.readStream(streamId)).toHaveLength(2);
        expect(await store.findCommand(command.callerId, command.key)).toMatchObject({ version: 2, eventTypes: ['Requested', 'Accepted'] });
      } finally {
        await store.close();
      }
    });
  });
} else {
  console.warn('EventStoreDB contract suite SKIPPED: EVENTSTORE_URL not set');
  describe.skip('EventStoreDB contract suite (set EVENTSTORE_URL, e.g. esdb://admin:changeit@localhost:2113?tls=false)', () => {
    it('runs the EventStore contract against a live EventStoreDB', () => undefined);
  });
}
