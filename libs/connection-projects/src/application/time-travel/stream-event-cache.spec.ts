import type { NewEvent, ReadStreamOptions, StoredEvent } from '#event-sourcing';
import { InMemoryEventStore } from '#event-sourcing/testing';
import { StreamEventCache } from './stream-event-cache.js';

/** The in-memory store, recording what each readStream asked for. */
class RecordingStore extends InMemoryEventStore {
  readonly asked: { streamId: string; options: ReadStreamOptions }[] = [];
  override async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    this.asked.push({ streamId, options });
    return super.readStream(streamId, options);
  }
}

const newEvent = (streamId: string, n: number): NewEvent => ({
  eventId: `${streamId}-e${n}`,
  type: 'Noted',
  schemaVersion: 1,
  data: { n, tags: ['a'] },
  metadata: { actor: { id: 'u', name: 'u', role: 'clerk', orgUnit: 'x' }, commandId: `c${n}`, correlationId: `c${n}`, causationId: null, occurredAt: '2025-10-01T00:00:00Z' },
});

async function appendTo(store: InMemoryEventStore, streamId: string, count: number): Promise<void> {
  const version = (await store.readStream(streamId)).length;
  for (let i = 1; i <= count; i++) await store.append({ streamId, expectedVersion: version + i - 1, events: [newEvent(streamId, version + i)] });
}

const versions = (events: readonly StoredEvent[]) => events.map((e) => e.version);

describe('StreamEventCache: decoded streams kept between reads, never stale', () => {
  let store: RecordingStore;
  beforeEach(() => {
    store = new RecordingStore();
  });

  it('given a cached stream when events are appended then the next read has them, asking only from the last cached version', async () => {
    await appendTo(store, 's-1', 3);
    const cache = new StreamEventCache(store);
    expect(versions(await cache.read('s-1'))).toEqual([1, 2, 3]);
    await appendTo(store, 's-1', 2);
    store.asked.length = 0;

    const events = await cache.read('s-1');

    expect(versions(events)).toEqual([1, 2, 3, 4, 5]);
    expect(events).toEqual(await store.readStream('s-1'));
    expect(store.asked[0]).toEqual({ streamId: 's-1', options: { fromVersion: 3 } });
  });

  it('given nothing appended when read again then the same events come back from one small read', async () => {
    await appendTo(store, 's-1', 3);
    const cache = new StreamEventCache(store);
    const first = await cache.read('s-1');
    store.asked.length = 0;
    expect(await cache.read('s-1')).toBe(first);
    expect(store.asked).toEqual([{ streamId: 's-1', options: { fromVersion: 3 } }]);
  });

  it('given the last cached event no longer in the store (a rebuilt store) when read then the whole stream is read again', async () => {
    await appendTo(store, 's-1', 3);
    const cache = new StreamEventCache(store);
    await cache.read('s-1');
    const replaced = { ...store.events[2], eventId: 'other', hash: 'other' };
    store.events.splice(2, 1, replaced);

    const events = await cache.read('s-1');

    expect(events.map((e) => e.eventId)).toEqual(['s-1-e1', 's-1-e2', 'other']);
    expect(store.asked.at(-1)).toEqual({ streamId: 's-1', options: {} });
  });

  it('given a stream that does not exist when read then it is empty and nothing is kept', async () => {
    const cache = new StreamEventCache(store);
    expect(await cache.read('nowhere')).toEqual([]);
    expect(cache.size).toBe(0);
  });

  it('given more events than the bound when streams are read then the least recently read ones are dropped first', async () => {
    await appendTo(store, 'a', 2);
    await appendTo(store, 'b', 2);
    await appendTo(store, 'c', 2);
    const cache = new StreamEventCache(store, 5);
    await cache.read('a');
    await cache.read('b');
    await cache.read('a'); // a is now the most recent
    await cache.read('c'); // 6 > 5: b goes
    expect(cache.size).toBe(4);

    store.asked.length = 0;
    await cache.read('b');
    expect(store.asked).toEqual([{ streamId: 'b', options: {} }]); // read whole again: it had been dropped
  });

  it('given a stream longer than the bound when read then it is answered in full but never kept', async () => {
    await appendTo(store, 'long', 6);
    const cache = new StreamEventCache(store, 5);
    expect(versions(await cache.read('long'))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(cache.size).toBe(0);
  });

  it('given cached events when a caller tries to change one then it throws instead of changing later answers', async () => {
    await appendTo(store, 's-1', 1);
    const cache = new StreamEventCache(store);
    const [event] = await cache.read('s-1');
    const data = event.data as { n: number; tags: string[] };
    expect(() => {
      data.n = 99;
    }).toThrow(TypeError);
    expect(() => data.tags.push('b')).toThrow(TypeError);
    expect((await cache.read('s-1'))[0].data).toEqual({ n: 1, tags: ['a'] });
  });
});
