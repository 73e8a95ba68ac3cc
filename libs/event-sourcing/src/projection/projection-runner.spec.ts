import { openSqliteReadStore, type ReadStore } from '#read-store';
import { openSqliteEventStore } from '../sqlite/sqlite-event-store.js';
import type { EventStore } from '../event-store.port.js';
import { InMemoryEventStore } from './in-memory-event-store.fake.js';
import { ProjectionRunner } from './projection-runner.js';
import { applyBatch } from './project-batch.js';
import type { AnyProjection } from './projection.js';
import { appendTallyEvents, tallies, totals } from './projection.fixtures.js';

const runnerFor = (eventStore: EventStore, readStore: ReadStore, projections: AnyProjection[] = [tallies, totals], batchSize = 500) =>
  new ProjectionRunner({ eventStore, readStore, projections, batchSize, pollIntervalMs: 20 });

/** The reference: a fresh read store fed the whole log from position 0 by a fresh runner. */
async function cleanHashes(eventStore: EventStore): Promise<string[]> {
  const readStore = await openSqliteReadStore({ file: ':memory:' });
  const runner = runnerFor(eventStore, readStore);
  await runner.start();
  expect(await runner.waitFor(await eventStore.headPosition(), 10_000)).toBe(true);
  await runner.stop();
  const hashes = [await readStore.contentHash('tallies'), await readStore.contentHash('totals')];
  await readStore.close();
  return hashes;
}

describe('ProjectionRunner', () => {
  let events: InMemoryEventStore;
  let store: ReadStore;
  beforeEach(async () => {
    events = new InMemoryEventStore();
    store = await openSqliteReadStore({ file: ':memory:' });
  });
  afterEach(() => store.close());

  it('catches up a few thousand events into every projection with one shared read of the log', async () => {
    await appendTallyEvents(events, 3000);
    const runner = runnerFor(events, store);
    await runner.start();
    expect(await runner.waitFor(3000, 10_000)).toBe(true);
    await runner.stop();

    expect(runner.positions()).toEqual([{ name: 'tallies', position: 3000 }, { name: 'totals', position: 3000 }]);
    expect(events.reads.filter((after) => after < 3000)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    const increments = events.events.filter((e) => e.type === 'TallyIncremented');
    const total = await store.get('totals', 'all');
    expect(total).toMatchObject({ events: increments.length, _position: increments.at(-1)!.position });
    const closed = new Set(events.events.filter((e) => e.type === 'TallyClosed').map((e) => (e.data as { tally: string }).tally));
    expect(closed.size).toBeGreaterThan(0);
    const open = (await store.find('tallies', { limit: 100 })).items.map((d) => d._id);
    expect(open).toHaveLength(40 - closed.size);
    expect(open.filter((id) => closed.has(id))).toEqual([]);
  });

  it('changes nothing when a batch is delivered again from an older checkpoint', async () => {
    await appendTallyEvents(events, 600);
    const runner = runnerFor(events, store);
    await runner.start();
    await runner.waitFor(600, 10_000);
    await runner.stop();
    const before = await store.contentHash('tallies');
    const all = await events.readAll({ after: 0, limit: 600 });
    await applyBatch(store, { projection: tallies, generation: 1, checkpoint: 0 }, all.slice(250, 400));
    expect(await store.contentHash('tallies')).toBe(before);
  });

  it('finishes the batch in hand on stop, resumes from its checkpoint, and ends as a clean rebuild would', async () => {
    await appendTallyEvents(events, 2000);
    const first = runnerFor(events, store, [tallies, totals], 100);
    await first.start();
    await first.waitFor(700, 10_000);
    await first.stop();
    const [stoppedAt] = first.positions().map((p) => p.position);
    expect(stoppedAt % 100 === 0 || stoppedAt === 2000).toBe(true);
    expect(await store.checkpoint({ name: 'tallies', generation: 1 })).toBe(stoppedAt);

    await appendTallyEvents(events, 500, 40, 3);
    events.reads.length = 0;
    const second = runnerFor(events, store, [tallies, totals], 100);
    await second.start();
    expect(await second.waitFor(2500, 10_000)).toBe(true);
    await second.stop();
    expect(events.reads[0]).toBe(stoppedAt);
    expect([await store.contentHash('tallies'), await store.contentHash('totals')]).toEqual(await cleanHashes(events));
  });

  it('follows events appended while it runs', async () => {
    const runner = runnerFor(events, store);
    await runner.start();
    await appendTallyEvents(events, 50);
    expect(await runner.waitFor(50, 5_000)).toBe(true);
    expect(await store.get('totals', 'all')).toMatchObject({ _position: 50 });
    await runner.stop();
  });

  it('waitFor resolves true once every projection reached the position, false after the timeout', async () => {
    await appendTallyEvents(events, 30);
    const runner = runnerFor(events, store);
    await runner.start();
    expect(await runner.waitFor(30, 5_000)).toBe(true);
    expect(await runner.waitFor(31, 60)).toBe(false);
    const later = runner.waitFor(31, 5_000);
    await appendTallyEvents(events, 1, 40, 30);
    expect(await later).toBe(true);
    await runner.stop();
  });

  it('retries after a read-store failure without losing or repeating anything', async () => {
    await appendTallyEvents(events, 300);
    let failures = 1;
    const flaky: ReadStore = Object.assign(Object.create(store), {
      commit: (...args: Parameters<ReadStore['commit']>) =>
        failures-- > 0 ? Promise.reject(new Error('disk hiccup')) : store.commit(...args),
    });
    const errors: unknown[] = [];
    const runner = new ProjectionRunner({ eventStore: events, readStore: flaky, projections: [tallies, totals], pollIntervalMs: 5, onError: (e) => errors.push(e) });
    await runner.start();
    expect(await runner.waitFor(300, 5_000)).toBe(true);
    await runner.stop();
    expect(errors).toHaveLength(1);
    expect([await store.contentHash('tallies'), await store.contentHash('totals')]).toEqual(await cleanHashes(events));
  });

  it('runs on the SQLite event store too', async () => {
    const sqliteEvents = await openSqliteEventStore({ file: ':memory:' });
    await appendTallyEvents(sqliteEvents, 400);
    const runner = runnerFor(sqliteEvents, store, [tallies, totals], 64);
    await runner.start();
    expect(await runner.waitFor(400, 10_000)).toBe(true);
    await runner.stop();
    await appendTallyEvents(events, 400);
    expect(await store.contentHash('totals')).toBe((await cleanHashes(events))[1]);
    await sqliteEvents.close();
  });
});
