import { openSqliteReadStore, type ReadStore } from '#read-store';
import { InMemoryEventStore } from './in-memory-event-store.fake.js';
import { ProjectionRunner } from './projection-runner.js';
import type { RebuildProgress } from './projection-rebuild.js';
import type { Projection } from './projection.js';
import { appendTallyEvents, tallies, totals, type Tally, type TallyEvent } from './projection.fixtures.js';

const until = async (condition: () => Promise<boolean>, timeoutMs = 5_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('ProjectionRunner.rebuild', () => {
  let events: InMemoryEventStore;
  let store: ReadStore;
  let runner: ProjectionRunner;
  beforeEach(async () => {
    events = new InMemoryEventStore();
    store = await openSqliteReadStore({ file: ':memory:' });
    await appendTallyEvents(events, 1200);
    runner = new ProjectionRunner({ eventStore: events, readStore: store, projections: [tallies, totals], batchSize: 200, pollIntervalMs: 10 });
    await runner.start();
    await runner.waitFor(1200, 10_000);
  });
  afterEach(async () => {
    await runner.stop();
    await store.close();
  });

  /** Each rebuilt collection equals what a fresh runner builds from the same log. */
  async function expectCleanBuilds(): Promise<void> {
    const fresh = await openSqliteReadStore({ file: ':memory:' });
    const reference = new ProjectionRunner({ eventStore: events, readStore: fresh, projections: [tallies, totals] });
    await reference.start();
    await reference.waitFor(1200, 5_000);
    await reference.stop();
    for (const collection of [tallies.collection, totals.collection]) {
      expect(await store.contentHash(collection)).toBe(await fresh.contentHash(collection));
    }
    await fresh.close();
  }

  it('builds a new generation while the live one answers, reports progress, switches and drops the old one', async () => {
    const liveHash = await store.contentHash('tallies');
    const reports: Array<RebuildProgress & { liveGeneration: number; servedCount: number }> = [];
    let appended = false;
    const result = await runner.rebuild('tallies', async (progress) => {
      // Writes keep arriving during the rebuild; they must end up in the new generation.
      if (!appended) {
        appended = true;
        void appendTallyEvents(events, 100, 40, 5);
      }
      const state = await store.projectionState('tallies');
      const served = await store.find('tallies', { limit: 100 });
      reports.push({ ...progress, liveGeneration: state!.liveGeneration, servedCount: served.items.length });
    });
    await until(async () => reports.length > 0 && (await events.headPosition()) === 1300);
    expect(await runner.waitFor(1300, 5_000)).toBe(true);

    expect(result).toMatchObject({ name: 'tallies', generation: 2, previousGeneration: 1 });
    expect(reports.length).toBeGreaterThanOrEqual(6);
    expect(reports.map((r) => r.position)).toEqual([...reports.map((r) => r.position)].sort((a, b) => a - b));
    expect(reports[0]).toMatchObject({ position: 200, liveGeneration: 1 });
    expect(reports[0].servedCount).toBeGreaterThan(0);
    expect(reports.every((r) => r.eventsPerSecond > 0 && r.position <= r.head)).toBe(true);
    expect(reports.at(-1)).toMatchObject({ etaSeconds: 0 });
    expect(reports.at(-1)!.position).toBe(reports.at(-1)!.head);

    expect(await store.projectionState('tallies')).toMatchObject({
      liveGeneration: 2, buildingGeneration: null, generations: [{ generation: 2, version: 1 }],
    });
    expect(runner.positions()).toContainEqual({ name: 'tallies', position: 1300 });
    expect(liveHash).not.toBe(await store.contentHash('tallies'));
    const fresh = await openSqliteReadStore({ file: ':memory:' });
    const reference = new ProjectionRunner({ eventStore: events, readStore: fresh, projections: [tallies] });
    await reference.start();
    await reference.waitFor(1300, 5_000);
    await reference.stop();
    expect(await store.contentHash('tallies')).toBe(await fresh.contentHash('tallies'));
    await fresh.close();
  });

  it('rebuilds a projection whose version changed when the runner starts, then follows the log on the new one', async () => {
    await runner.stop();
    const doubled: Projection<TallyEvent, Tally> = {
      ...tallies,
      version: 2,
      evolve: (doc, e) => {
        const next = tallies.evolve(doc, e);
        return next && e.type === 'TallyIncremented' ? { ...next, count: next.count + (e.data.by ?? 1) } : next;
      },
    };
    const before = (await store.get<Tally>('tallies', 't1'))!.count;
    runner = new ProjectionRunner({ eventStore: events, readStore: store, projections: [doubled, totals], batchSize: 200, pollIntervalMs: 10 });
    await runner.start();
    await until(async () => (await store.projectionState('tallies'))!.liveGeneration === 2);
    expect((await store.get<Tally>('tallies', 't1'))!.count).toBe(2 * before);

    await appendTallyEvents(events, 40, 40, 9);
    expect(await runner.waitFor(1240, 5_000)).toBe(true);
    expect((await store.projectionState('tallies'))!.generations.map((g) => g.version)).toEqual([2]);
  });

  it('rebuilds several projections in one pass over the log, each equal to a clean build', async () => {
    const reads: number[] = [];
    const readAll = events.readAll.bind(events);
    events.readAll = (options) => {
      reads.push(options.after);
      return readAll(options);
    };
    const results = await runner.rebuildAll();
    events.readAll = readAll;

    expect(results).toEqual([
      { name: 'tallies', generation: 2, previousGeneration: 1, eventsApplied: 1200 },
      { name: 'totals', generation: 2, previousGeneration: 1, eventsApplied: 1200 },
    ]);
    // 1200 events in batches of 200, read once for both (plus the empty reads that find the head), not once each.
    expect(reads.filter((after) => after < 1200)).toEqual([0, 200, 400, 600, 800, 1000]);
    await expectCleanBuilds();
  });

  it('folds the next batch while a commit is under way, taking what that commit writes from it, not from the store', async () => {
    await runner.stop();
    const overlaps: number[] = [];
    let committing = 0;
    // A commit that lands only after the next batch was read and folded (as on a writer thread): a fold that read the
    // documents it writes from the store would see them stale, and the rebuilt generation would differ from a clean one.
    const slow: ReadStore = Object.assign(Object.create(store), {
      commit: async (...args: Parameters<ReadStore['commit']>) => {
        committing += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        await store.commit(...args);
        committing -= 1;
      },
    });
    const readAll = events.readAll.bind(events);
    events.readAll = (options) => {
      if (committing > 0) overlaps.push(options.after);
      return readAll(options);
    };
    runner = new ProjectionRunner({ eventStore: events, readStore: slow, projections: [tallies, totals], batchSize: 200 });
    await runner.rebuildAll();
    events.readAll = readAll;

    expect(overlaps).toEqual(expect.arrayContaining([200, 400, 600, 800, 1000]));
    await expectCleanBuilds();
  });

  it('indexes each new generation once it reached the head, before the last hop and the switch', async () => {
    await runner.stop();
    const calls: string[] = [];
    const watched: ReadStore = Object.assign(Object.create(store), {
      indexGeneration: async (name: string, generation: number) => {
        calls.push(`index ${name} g${generation} at ${await store.checkpoint({ name, generation })}`);
        return store.indexGeneration(name, generation);
      },
      switchLive: (name: string, generation: number) => {
        calls.push(`switch ${name} g${generation}`);
        return store.switchLive(name, generation);
      },
    });
    runner = new ProjectionRunner({ eventStore: events, readStore: watched, projections: [tallies, totals], batchSize: 200 });
    await runner.rebuildAll();
    expect(calls).toEqual(['index tallies g2 at 1200', 'index totals g2 at 1200', 'switch tallies g2', 'switch totals g2']);
  });

  it('refuses an unknown projection and a second rebuild of the same one at once', async () => {
    await expect(runner.rebuild('nope')).rejects.toThrow('Unknown projection nope');
    const first = runner.rebuild('totals');
    await expect(runner.rebuild('totals')).rejects.toThrow('already being rebuilt');
    await first;
  });
});
