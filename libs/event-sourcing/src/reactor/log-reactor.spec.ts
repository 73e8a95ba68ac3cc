import { openSqliteReadStore, type ReadStore } from '#read-store';
import type { StoredEvent } from '../event.js';
import { aNewEvent } from '../event-store.fixtures.js';
import { openSqliteEventStore, type SqliteEventStore } from '../sqlite/sqlite-event-store.js';
import { LogReactor, type Reaction } from './log-reactor.js';
import { readReactorProgress } from './reactor-checkpoint.js';

/**
 * A reactor whose reaction answers each `Ordered` event of an `order-…` stream with one `Shipped` event in the matching
 * `shipment-…` stream, caused by it: "done" is read from that stream, as a process manager does.
 */
describe('LogReactor: a process manager reading the log from its own checkpoint', () => {
  let events: SqliteEventStore;
  let reads: ReadStore;
  const reactors: LogReactor[] = [];
  beforeEach(async () => {
    events = await openSqliteEventStore({ file: ':memory:' });
    reads = await openSqliteReadStore({ file: ':memory:' });
  });
  afterEach(async () => {
    await Promise.all(reactors.splice(0).map((r) => r.stop()));
    await events.close();
    await reads.close();
  });

  const order = (id: string) => events.append({ streamId: `order-${id}`, expectedVersion: 0, events: [aNewEvent('Ordered', { id })] });
  const shipments = async (id: string) => events.readStream(`shipment-${id}`);

  /** Ships an order once: a shipment caused by the order event means it was done. */
  const ship = (seen: string[] = []): Reaction => async (event: StoredEvent) => {
    seen.push(event.eventId);
    if (event.type !== 'Ordered') return 0;
    const id = (event.data as { id: string }).id;
    const done = (await shipments(id)).find((e) => e.metadata.causationId === event.eventId);
    if (done) return done.position;
    const shipped = aNewEvent('Shipped', { id });
    shipped.metadata.causationId = event.eventId;
    return (await events.append({ streamId: `shipment-${id}`, expectedVersion: 0, events: [shipped] })).position;
  };

  const start = async (react: Reaction, options: Partial<ConstructorParameters<typeof LogReactor>[0]> = {}) => {
    const reactor = new LogReactor({ name: 'shipping', eventStore: events, readStore: reads, react, pollIntervalMs: 10, ...options });
    reactors.push(reactor);
    await reactor.start();
    return reactor;
  };

  it('given orders in the log when it runs then each is shipped once, and its position and last write are saved', async () => {
    await order('o-1');
    await order('o-2');
    const reactor = await start(ship());
    expect(await reactor.waitFor(2, 2000)).toBe(true);
    expect((await shipments('o-1')).map((e) => e.type)).toEqual(['Shipped']);
    expect((await shipments('o-2')).map((e) => e.type)).toEqual(['Shipped']);
    // o-1 at 1, o-2 at 2, their shipments at 3 and 4 (it reads its own writes too, and lets them pass)
    expect(await reactor.waitFor(4, 2000)).toBe(true);
    expect(reactor.position()).toEqual({ name: 'shipping', position: 4, appendedThrough: 4 });
    expect(await readReactorProgress(reads, 'shipping')).toEqual({ position: 4, appendedThrough: 4 });
  });

  it('given a saved checkpoint when it starts again then it continues after it, reacting to nothing twice', async () => {
    await order('o-1');
    const first = await start(ship());
    await first.waitFor(2, 2000);
    await first.stop();
    await order('o-2');
    const seen: string[] = [];
    const again = await start(ship(seen));
    expect(await again.waitFor(4, 2000)).toBe(true);
    expect(seen).toHaveLength(2); // o-2 and its shipment, nothing before
    expect((await shipments('o-1')).length).toBe(1);
  });

  it('given a write made before a crash but never checkpointed when it runs again then the reaction finds it done', async () => {
    await order('o-1');
    await ship()((await events.readAll({ after: 0, limit: 1 }))[0]!); // the write of a run that died before its save
    const reactor = await start(ship());
    expect(await reactor.waitFor(2, 2000)).toBe(true);
    expect((await shipments('o-1')).length).toBe(1);
    expect(reactor.position().appendedThrough).toBe(2);
  });

  it('given a reaction that fails when it runs then it retries that event, never passing it, until it succeeds', async () => {
    await order('o-1');
    await order('o-2');
    let failures = 2;
    const errors: unknown[] = [];
    const flaky: Reaction = async (event) => {
      if (event.position === 1 && failures-- > 0) throw new Error('the store is down');
      return ship()(event);
    };
    const reactor = await start(flaky, { onError: (error) => errors.push(error) });
    expect(await reactor.waitFor(2, 3000)).toBe(true);
    expect(errors.map((e) => (e as Error).message)).toEqual(['the store is down', 'the store is down']);
    expect((await shipments('o-1')).length).toBe(1);
    expect((await shipments('o-2')).length).toBe(1);
  });

  it('waits no longer than told for a position it does not reach', async () => {
    const reactor = await start(ship());
    expect(await reactor.waitFor(99, 50)).toBe(false);
  });

  it('given a lease held by another runner when it runs then it stands by and reacts to nothing', async () => {
    await reads.acquireLease('shipping', 'someone-else', 60_000);
    await order('o-1');
    const seen: string[] = [];
    const reactor = await start(ship(seen), { lease: { owner: 'me', ttlMs: 60_000 } });
    expect(await reactor.waitFor(1, 200)).toBe(false);
    expect(seen).toEqual([]);
    await reads.releaseLease('shipping', 'someone-else');
    expect(await reactor.waitFor(2, 3000)).toBe(true);
    expect((await shipments('o-1')).length).toBe(1);
  });
});
