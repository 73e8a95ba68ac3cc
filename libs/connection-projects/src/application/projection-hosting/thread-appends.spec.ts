import { AppendsThrough, ConcurrencyError, openSqliteEventStore, type EventStore, type NewEvent } from '#event-sourcing';
import type { FromProjectionThread, ToProjectionThread } from './projection-thread.messages.js';
import { appendForThread, ParentAppends } from './thread-appends.js';

const event = (eventId: string): NewEvent => ({
  eventId,
  type: 'SupplyAccountOpened',
  schemaVersion: 1,
  data: { accountId: 'a-1' },
  metadata: { actor: { id: 'system', name: 'system', role: 'system', orgUnit: 'HZ' }, commandId: eventId, correlationId: eventId, causationId: null, occurredAt: '2025-07-01T09:00:00+08:00' },
});

describe('appends of the projection thread, made by the main thread', () => {
  let main: EventStore;
  let store: AppendsThrough;
  const posted: FromProjectionThread[] = [];
  beforeEach(async () => {
    main = await openSqliteEventStore({ file: ':memory:' });
    posted.length = 0;
    // The messages go through a structured clone each way, as between threads.
    const parent: ParentAppends = new ParentAppends((message) => {
      posted.push(message);
      if (message.type !== 'append') return;
      void appendForThread(main, structuredClone(message.request)).then((outcome) => {
        const answer: ToProjectionThread = structuredClone({ type: 'appended', id: message.id, outcome });
        if (answer.type === 'appended') parent.settle(answer);
      });
    });
    // One connection for both sides here: the thread's reads are those of the store it wraps.
    store = new AppendsThrough(main, parent.append);
  });
  afterEach(() => main.close());

  it("appends through the main thread's store, answering its result, and reads through its own", async () => {
    const result = await store.append({ streamId: 'account-a-1', expectedVersion: 0, events: [event('e-1')] });
    expect(result).toMatchObject({ streamId: 'account-a-1', version: 1, position: 1, events: [expect.objectContaining({ eventId: 'e-1' })] });
    expect(posted).toEqual([expect.objectContaining({ type: 'append', id: 1, request: expect.objectContaining({ streamId: 'account-a-1' }) })]);
    expect((await main.readStream('account-a-1')).map((e) => e.eventId)).toEqual(['e-1']);
    expect((await store.readStream('account-a-1')).map((e) => e.eventId)).toEqual(['e-1']);
  });

  it('refuses as the main store refused, with the same error class', async () => {
    await store.append({ streamId: 'account-a-1', expectedVersion: 0, events: [event('e-1')] });
    const refused = store.append({ streamId: 'account-a-1', expectedVersion: 0, events: [event('e-2')] });
    await expect(refused).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(refused).rejects.toMatchObject({ streamId: 'account-a-1', expectedVersion: 0, actualVersion: 1 });
    expect((await main.readStream('account-a-1')).map((e) => e.eventId)).toEqual(['e-1']);
  });

  it('ignores an answer to an append it did not ask for (a thread started again numbers from 1)', () => {
    const parent = new ParentAppends(() => undefined);
    const result = { streamId: 'account-a-1', version: 1, position: 1, events: [], replayed: false };
    expect(() => parent.settle({ type: 'appended', id: 7, outcome: { ok: true, result } })).not.toThrow();
  });
});
