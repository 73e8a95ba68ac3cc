import { openSqliteEventStore } from '../sqlite/sqlite-event-store.js';
import type { EventStore, ReadStreamOptions } from '../event-store.port.js';
import { aNewEvent } from '../event-store.fixtures.js';
import { AggregateStreams } from './aggregate-streams.js';
import { counterAggregate } from './counter.fixtures.js';
import { FoldedStates } from './folded-states.js';

/** Records what the streams ask the store, to show that a kept state is continued from its version. */
function spying(store: EventStore): { store: EventStore; asked: (ReadStreamOptions | undefined)[] } {
  const asked: (ReadStreamOptions | undefined)[] = [];
  const spy = Object.create(store) as EventStore;
  spy.readStream = (streamId, options) => {
    asked.push(options);
    return store.readStream(streamId, options);
  };
  return { store: spy, asked };
}

const KEPT = 3;
const kept = () => new FoldedStates<{ opened: boolean; total: number }>(KEPT);
const open = (store: EventStore, id: string) =>
  store.append({ streamId: `counter-${id}`, expectedVersion: 0, events: [aNewEvent('CounterOpened', { by: 0 })] });

describe('AggregateStreams: folded states, kept for the streams in flight', () => {
  let store: EventStore & { close(): Promise<void> };
  beforeEach(async () => {
    store = await openSqliteEventStore({ file: ':memory:' });
  });
  afterEach(() => store.close());

  it('reads version 0 and the initial state for a stream that does not exist', async () =>
    expect(await new AggregateStreams(store, counterAggregate, kept()).load('nope')).toEqual({
      state: { opened: false, total: 0 },
      version: 0,
      kept: false,
    }));

  it('answers a kept stream from memory, without asking the store', async () => {
    const { store: spy, asked } = spying(store);
    const streams = new AggregateStreams(spy, counterAggregate, kept());
    await open(store, 'c-1');
    expect(await streams.load('c-1')).toMatchObject({ version: 1, kept: false });
    const reads = asked.length;
    expect(await streams.load('c-1')).toMatchObject({ version: 1, kept: true });
    expect(asked).toHaveLength(reads);
  });

  it('without kept states reads the stream every time', async () => {
    const { store: spy, asked } = spying(store);
    const streams = new AggregateStreams(spy, counterAggregate);
    await open(store, 'c-1');
    await streams.load('c-1');
    expect(await streams.load('c-1')).toMatchObject({ version: 1, kept: false });
    expect(asked).toHaveLength(2);
  });

  it('on a fresh load continues a kept state with the events another writer appended, equal to a full fold', async () => {
    const { store: spy, asked } = spying(store);
    const streams = new AggregateStreams(spy, counterAggregate, kept());
    await open(store, 'c-1');
    expect((await streams.load('c-1')).version).toBe(1);
    // Appended behind this process's back (another instance): a kept load cannot know, a fresh one sees it.
    await store.append({ streamId: 'counter-c-1', expectedVersion: 1, events: [aNewEvent('Counted', { by: 5 })] });
    expect((await streams.load('c-1')).version).toBe(1);
    expect(await streams.load('c-1', { fresh: true })).toMatchObject({ state: { opened: true, total: 5 }, version: 2, kept: false });
    expect(asked.at(-1)?.fromVersion).toBe(2);
    expect(streams.keptVersion('c-1')).toBe(2);
  });

  it("advances a kept state with this process's own appends, never backwards", async () => {
    const streams = new AggregateStreams(store, counterAggregate, kept());
    await open(store, 'c-1');
    await streams.load('c-1');
    streams.advance('c-1', { state: { opened: true, total: 9 }, version: 3 });
    streams.advance('c-1', { state: { opened: true, total: 4 }, version: 2 });
    expect(await streams.load('c-1')).toEqual({ state: { opened: true, total: 9 }, version: 3, kept: true });
  });

  it('keeps nothing for a stream that does not exist', async () => {
    const streams = new AggregateStreams(store, counterAggregate, kept());
    await streams.load('nope');
    streams.advance('nope', { state: { opened: false, total: 0 }, version: 0 });
    expect(streams.keptVersion('nope')).toBe(0);
  });

  it('keeps at most its capacity, dropping the least recently used first', async () => {
    const { store: spy, asked } = spying(store);
    const streams = new AggregateStreams(spy, counterAggregate, kept());
    for (const id of ['first', 'second', 'third', 'fourth']) {
      await open(store, id);
      await streams.load(id);
    }
    const reads = asked.length;
    await streams.load('second');
    expect(asked).toHaveLength(reads);
    await streams.load('first');
    expect(asked).toHaveLength(reads + 1);
    expect(asked.at(-1)?.fromVersion ?? 1).toBe(1);
  });
});
