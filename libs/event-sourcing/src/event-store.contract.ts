import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { ConcurrencyError, IdempotencyKeyReusedError } from './errors.js';
import type { StoredEvent } from './event.js';
import { NO_STREAM, type AppendRequest, type EventStore } from './event-store.port.js';
import {
  aNewEvent,
  delay,
  eventsOfCommand,
  ofStreams,
  uniqueStreamId,
  withTimeout,
} from './event-store.fixtures.js';
import { GENESIS_HASH, verifyChain } from './hash-chain.js';

/**
 * The behaviour every EventStore adapter must show. `open` is called once per test and must reach the same
 * underlying log each time (a reopened store sees what an earlier one wrote); tests use unique stream and caller
 * ids so they can share a file or a server.
 */
export interface ContractOptions {
  /**
   * For a store whose idempotency record is written after the events (EventStoreDB): writes a command's events as an
   * attempt that crashed before its record. Absent where both commit together (SQLite): the attempt is then a whole
   * append, and the same cases hold.
   */
  crashBeforeRecord?: (request: AppendRequest) => Promise<void>;
}

export function describeEventStoreContract(name: string, open: () => Promise<EventStore>, options: ContractOptions = {}): void {
  const using = async (test: (store: EventStore) => Promise<void>): Promise<void> => {
    const store = await open();
    try {
      await test(store);
    } finally {
      await store.close();
    }
  };

  const seed = async (store: EventStore, streamId: string, count: number): Promise<StoredEvent[]> => {
    const events = Array.from({ length: count }, (_, index) => aNewEvent('Seeded', { index }));
    return (await store.append({ streamId, expectedVersion: NO_STREAM, events })).events;
  };

  describe(`EventStore contract: ${name}`, () => {
    it('appends to a new stream with NO_STREAM and reads back exactly what it returned', () =>
      using(async (store) => {
        const streamId = uniqueStreamId();
        const result = await store.append({ streamId, expectedVersion: NO_STREAM, events: eventsOfCommand(randomUUID(), 'Opened', 'Noted') });

        expect(result).toMatchObject({ streamId, version: 2, position: result.events[1].position });
        expect(result.duplicate).toBeFalsy();
        expect(result.events.map((event) => event.version)).toEqual([1, 2]);
        expect(result.events[0].previousHash).toBe(GENESIS_HASH);
        expect(result.events[1].previousHash).toBe(result.events[0].hash);
        expect(result.events[1].position).toBeGreaterThan(result.events[0].position);
        expect(result.events[0].metadata.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
        expect(await store.readStream(streamId)).toEqual(result.events);
      }));

    it('refuses a wrong expected version with ConcurrencyError and writes nothing', () =>
      using(async (store) => {
        const streamId = uniqueStreamId();
        await seed(store, streamId, 2);

        const stale = store.append({ streamId, expectedVersion: 1, events: [aNewEvent('Late')] });
        await expect(stale).rejects.toBeInstanceOf(ConcurrencyError);
        await expect(stale).rejects.toMatchObject({ code: 'CONCURRENCY_CONFLICT', expectedVersion: 1, actualVersion: 2 });
        await expect(store.append({ streamId, expectedVersion: NO_STREAM, events: [aNewEvent('Again')] })).rejects.toBeInstanceOf(ConcurrencyError);
        await expect(store.append({ streamId: uniqueStreamId(), expectedVersion: 3, events: [aNewEvent('Ghost')] })).rejects.toBeInstanceOf(ConcurrencyError);
        expect((await store.readStream(streamId)).map((event) => event.type)).toEqual(['Seeded', 'Seeded']);
      }));

    it('lets exactly one of 20 racing appenders win a version', () =>
      using(async (store) => {
        const streamId = uniqueStreamId();
        await seed(store, streamId, 1);

        const outcomes = await Promise.allSettled(
          Array.from({ length: 20 }, (_, index) => store.append({ streamId, expectedVersion: 1, events: [aNewEvent('Raced', { index })] })),
        );
        const losers = outcomes.filter((outcome) => outcome.status === 'rejected');
        expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
        expect(losers).toHaveLength(19);
        for (const loser of losers) expect((loser as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
        expect((await store.readStream(streamId)).map((event) => event.version)).toEqual([1, 2]);
      }));

    it('keeps the stream gapless when 20 appenders retry until each has written once', () =>
      using(async (store) => {
        const streamId = uniqueStreamId();
        const appendOnce = async (writer: number): Promise<void> => {
          for (;;) {
            const current = (await store.readStream(streamId)).length;
            try {
              await store.append({ streamId, expectedVersion: current, events: [aNewEvent('Written', { writer })] });
              return;
            } catch (error) {
              if (!(error instanceof ConcurrencyError)) throw error;
            }
          }
        };
        await Promise.all(Array.from({ length: 20 }, (_, writer) => appendOnce(writer)));

        const events = await store.readStream(streamId);
        expect(events.map((event) => event.version)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
        expect(new Set(events.map((event) => (event.data as { writer: number }).writer)).size).toBe(20);
        expect(verifyChain(events).valid).toBe(true);
      }));

    it('orders the global log: positions strictly increase across streams, in append order', () =>
      using(async (store) => {
        const [a, b, c] = [uniqueStreamId(), uniqueStreamId(), uniqueStreamId()];
        const before = await store.headPosition();
        const appended: StoredEvent[] = [];
        appended.push(...(await store.append({ streamId: a, expectedVersion: NO_STREAM, events: [aNewEvent()] })).events);
        appended.push(...(await store.append({ streamId: b, expectedVersion: NO_STREAM, events: [aNewEvent(), aNewEvent()] })).events);
        appended.push(...(await store.append({ streamId: a, expectedVersion: 1, events: [aNewEvent()] })).events);
        const together = await Promise.all([
          store.append({ streamId: c, expectedVersion: NO_STREAM, events: [aNewEvent()] }),
          store.append({ streamId: b, expectedVersion: 2, events: [aNewEvent()] }),
        ]);
        appended.push(...together.flatMap((result) => result.events));

        const positions = appended.map((event) => event.position);
        for (let i = 1; i < 4; i += 1) expect(positions[i]).toBeGreaterThan(positions[i - 1]);
        const log = ofStreams(await store.readAll({ after: before, limit: 10_000 }), a, b, c);
        expect(log.map((event) => event.position)).toEqual([...positions].sort((x, y) => x - y));
        for (let i = 1; i < log.length; i += 1) expect(log[i].position).toBeGreaterThan(log[i - 1].position);
        expect(await store.headPosition()).toBeGreaterThanOrEqual(Math.max(...positions));
      }));

    it('reads a stream by version range, limit and recordedUntil', () =>
      using(async (store) => {
        const streamId = uniqueStreamId();
        const early = await seed(store, streamId, 3);
        await delay(15);
        await store.append({ streamId, expectedVersion: 3, events: [aNewEvent('Later'), aNewEvent('Later')] });
        const versions = (events: StoredEvent[]): number[] => events.map((event) => event.version);

        expect(versions(await store.readStream(streamId, { fromVersion: 2, toVersion: 4 }))).toEqual([2, 3, 4]);
        expect(versions(await store.readStream(streamId, { fromVersion: 4 }))).toEqual([4, 5]);
        expect(versions(await store.readStream(streamId, { limit: 2 }))).toEqual([1, 2]);
        expect(versions(await store.readStream(streamId, { recordedUntil: early[2].metadata.recordedAt }))).toEqual([1, 2, 3]);
        expect(await store.readStream(streamId, { recordedUntil: '2000-01-01T00:00:00Z' })).toEqual([]);
        expect(await store.readStream(uniqueStreamId())).toEqual([]);
      }));

    it('reads the global log from a position in batches', () =>
      using(async (store) => {
        const [a, b] = [uniqueStreamId(), uniqueStreamId()];
        const before = await store.headPosition();
        const written = [...(await seed(store, a, 4)), ...(await seed(store, b, 3))];

        const seen: StoredEvent[] = [];
        let after = before;
        let page = await store.readAll({ after, limit: 3 });
        while (page.length > 0) {
          expect(page.length).toBeLessThanOrEqual(3);
          expect(page[0].position).toBeGreaterThan(after);
          seen.push(...page);
          after = page[page.length - 1].position;
          page = await store.readAll({ after, limit: 3 });
        }
        expect(ofStreams(seen, a, b)).toEqual(written);
        const fromMiddle = ofStreams(await store.readAll({ after: written[3].position, limit: 10_000 }), a, b);
        expect(fromMiddle).toEqual(written.slice(4));
      }));

    it('counts the events after a position, no further than the cap asked for', () =>
      using(async (store) => {
        const written = await seed(store, uniqueStreamId(), 6);
        // Others may write to a shared server meanwhile: they can only add to the count.
        expect(await store.countAfter(written[1].position, 3)).toEqual({ count: 3, capped: true });
        const uncapped = await store.countAfter(written[1].position, 1_000);
        expect(uncapped.count).toBeGreaterThanOrEqual(4);
        expect(uncapped.capped).toBe(false);
      }));

    it('subscribes: catches up, then receives live appends, and ends when aborted', () =>
      using(async (store) => {
        const streamId = uniqueStreamId();
        const before = await store.headPosition();
        await seed(store, streamId, 2);
        const controller = new AbortController();
        const received: StoredEvent[] = [];
        let liveAppend: Promise<unknown> | undefined;

        const consumer = (async () => {
          for await (const event of store.subscribe({ after: before, signal: controller.signal, batchSize: 1 })) {
            if (event.streamId !== streamId) continue;
            received.push(event);
            if (received.length === 2) liveAppend = store.append({ streamId, expectedVersion: 2, events: [aNewEvent('Live')] });
            // Abort while the subscription waits for more, not from inside its loop.
            if (received.length === 3) setTimeout(() => controller.abort(), 30);
          }
        })();

        await withTimeout(consumer, 10_000, 'subscription');
        await liveAppend;
        expect(received.map((event) => [event.version, event.type])).toEqual([[1, 'Seeded'], [2, 'Seeded'], [3, 'Live']]);
      }));

    describe('idempotency', () => {
      const commandAppend = (streamId: string, callerId: string, key: string, fingerprint: string): AppendRequest => ({
        streamId,
        expectedVersion: NO_STREAM,
        events: eventsOfCommand(key, 'Requested', 'Accepted'),
        command: { callerId, key, fingerprint },
      });

      it('answers a retry with the first result, writes nothing, and remembers it after reopening', async () => {
        const [streamId, callerId, key] = [uniqueStreamId(), `caller-${randomUUID()}`, randomUUID()];
        const first = await (async () => {
          const store = await open();
          try {
            const result = await store.append(commandAppend(streamId, callerId, key, 'fp-1'));
            const retry = await store.append(commandAppend(streamId, callerId, key, 'fp-1'));
            expect(retry).toEqual({ streamId, version: 2, position: result.position, events: [], duplicate: true });
            return result;
          } finally {
            await store.close();
          }
        })();

        await using(async (reopened) => {
          const retry = await reopened.append(commandAppend(streamId, callerId, key, 'fp-1'));
          expect(retry).toMatchObject({ duplicate: true, version: 2, position: first.position, events: [] });
          expect(await reopened.findCommand(callerId, key)).toMatchObject({
            callerId, key, fingerprint: 'fp-1', streamId, version: 2, position: first.position, eventTypes: ['Requested', 'Accepted'],
          });
          expect(await reopened.readStream(streamId)).toHaveLength(2);
        });
      });

      it('refuses the same key with another fingerprint and writes nothing', () =>
        using(async (store) => {
          const [streamId, callerId, key] = [uniqueStreamId(), `caller-${randomUUID()}`, randomUUID()];
          await store.append(commandAppend(streamId, callerId, key, 'fp-1'));

          const reused = store.append({ ...commandAppend(uniqueStreamId(), callerId, key, 'fp-2') });
          await expect(reused).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
          await expect(reused).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', key });
          expect(await store.readStream(streamId)).toHaveLength(2);
          expect(await store.findCommand(callerId, key)).toMatchObject({ fingerprint: 'fp-1' });
        }));

      it('refuses another body under the key of an attempt whose events were written, and answers that attempt\'s retry', () =>
        using(async (store) => {
          const [streamId, callerId, key] = [uniqueStreamId(), `caller-${randomUUID()}`, randomUUID()];
          const attempt = commandAppend(streamId, callerId, key, 'fp-1');
          await (options.crashBeforeRecord ? options.crashBeforeRecord(attempt) : store.append(attempt));

          // Both later requests re-read the stream, so they expect version 2; their event ids derive from the same key.
          const reused = store.append({ ...commandAppend(streamId, callerId, key, 'fp-2'), expectedVersion: 2 });
          await expect(reused).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
          expect(await store.readStream(streamId)).toHaveLength(2);

          const retry = await store.append({ ...attempt, expectedVersion: 2 });
          expect(retry).toMatchObject({ duplicate: true, version: 2, events: [] });
          expect(await store.findCommand(callerId, key)).toMatchObject({ fingerprint: 'fp-1', version: 2 });
        }));

      it('scopes a key to its caller', () =>
        using(async (store) => {
          const key = randomUUID();
          const [callerA, callerB] = [`caller-${randomUUID()}`, `caller-${randomUUID()}`];
          const [streamA, streamB] = [uniqueStreamId(), uniqueStreamId()];
          await store.append(commandAppend(streamA, callerA, key, 'fp-a'));
          const other = await store.append({ ...commandAppend(streamB, callerB, key, 'fp-b'), events: eventsOfCommand(randomUUID(), 'Other') });

          expect(other.duplicate).toBeFalsy();
          expect(other.events).toHaveLength(1);
          expect(await store.findCommand(callerB, key)).toMatchObject({ streamId: streamB, fingerprint: 'fp-b' });
          expect(await store.findCommand(callerA, randomUUID())).toBeNull();
        }));
    });

    it('chains every stream with hashes that verify', () =>
      using(async (store) => {
        const streamId = uniqueStreamId();
        await seed(store, streamId, 3);
        await store.append({ streamId, expectedVersion: 3, events: [aNewEvent('More', { nested: { b: 1, a: [1, 2] } })] });
        const events = await store.readStream(streamId);

        expect(verifyChain(events)).toEqual({ valid: true, events: 4 });
        const forged = events.map((event) => (event.version === 3 ? { ...event, data: { index: 99 } } : event));
        expect(verifyChain(forged)).toEqual({ valid: false, events: 4, brokenAt: 3 });
      }));

    it('answers ping while open', () => using(async (store) => expect(store.ping()).resolves.toBeUndefined()));
  });
}
