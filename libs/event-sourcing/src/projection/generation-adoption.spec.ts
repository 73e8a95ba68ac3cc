import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteReadStore, type ReadStore } from '#read-store';
import { InMemoryEventStore } from './in-memory-event-store.fake.js';
import { ProjectionRunner } from './projection-runner.js';
import type { GenerationAdoption } from './generation-adoption.js';
import { appendTallyEvents, tallies, totals } from './projection.fixtures.js';

/**
 * Two processes on one read store: here two connections to one SQLite file. The follower plays the API or the
 * projector; the operator's runner (never started) only rebuilds, as the CLI does.
 */
describe('ProjectionRunner across processes', () => {
  let dir: string;
  let events: InMemoryEventStore;
  let followerStore: ReadStore;
  let operatorStore: ReadStore;
  let follower: ProjectionRunner;
  let adoptions: GenerationAdoption[];
  let errors: unknown[];

  const followerOn = (readStore: ReadStore, pollIntervalMs = 5) =>
    new ProjectionRunner({
      eventStore: events, readStore, projections: [tallies, totals], batchSize: 100, pollIntervalMs,
      onAdopted: (a) => adoptions.push(a), onError: (e) => errors.push(e),
    });
  const operator = () =>
    new ProjectionRunner({ eventStore: events, readStore: operatorStore, projections: [tallies, totals], batchSize: 100 });

  async function cleanHashes(): Promise<string[]> {
    const fresh = await openSqliteReadStore({ file: ':memory:' });
    const reference = new ProjectionRunner({ eventStore: events, readStore: fresh, projections: [tallies, totals] });
    await reference.start();
    expect(await reference.waitFor(await events.headPosition(), 10_000)).toBe(true);
    await reference.stop();
    const hashes = [await fresh.contentHash('tallies'), await fresh.contentHash('totals')];
    await fresh.close();
    return hashes;
  }

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'adoption-'));
    events = new InMemoryEventStore();
    followerStore = await openSqliteReadStore({ file: join(dir, 'read-models.sqlite') });
    operatorStore = await openSqliteReadStore({ file: join(dir, 'read-models.sqlite') });
    adoptions = [];
    errors = [];
    await appendTallyEvents(events, 1000);
  });
  afterEach(async () => {
    await follower.stop();
    await followerStore.close();
    await operatorStore.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps following while another process rebuilds, then writes the new generation', async () => {
    follower = followerOn(followerStore);
    await follower.start();
    expect(await follower.waitFor(1000, 10_000)).toBe(true);

    const writes = appendTallyEvents(events, 300, 40, 3);
    const result = await operator().rebuild('tallies');
    await writes;
    await appendTallyEvents(events, 50, 40, 7);
    expect(await follower.waitFor(1350, 10_000)).toBe(true);

    expect(result).toMatchObject({ generation: 2, previousGeneration: 1 });
    expect(adoptions).toEqual([expect.objectContaining({ name: 'tallies', from: 1, to: 2, stale: false })]);
    expect(errors).toEqual([]);
    // Only the follower runs after the switch, so generation 2 reaching the head is its doing.
    expect(await operatorStore.projectionState('tallies')).toMatchObject({
      liveGeneration: 2, generations: [{ generation: 2, checkpoint: 1350 }],
    });
    expect([await operatorStore.contentHash('tallies'), await operatorStore.contentHash('totals')]).toEqual(await cleanHashes());
  });

  it('retries a commit into a generation dropped under it on the new generation, reporting no error', async () => {
    const operatorRunner = operator();
    let raced = false;
    const cleanups: Array<[string, number]> = [];
    // The switch and drop land between the follower's registry read and its commit: the worst moment.
    const racing: ReadStore = Object.assign(Object.create(followerStore), {
      dropGeneration: (name: string, generation: number) => {
        cleanups.push([name, generation]);
        return followerStore.dropGeneration(name, generation);
      },
      commit: async (...args: Parameters<ReadStore['commit']>) => {
        if (!raced && args[0].name === 'tallies' && args[2] > 500) {
          raced = true;
          await operatorRunner.rebuild('tallies');
        }
        return followerStore.commit(...args);
      },
    });
    follower = followerOn(racing);
    await follower.start();
    expect(await follower.waitFor(1000, 10_000)).toBe(true);
    await appendTallyEvents(events, 100, 40, 5);
    expect(await follower.waitFor(1100, 10_000)).toBe(true);

    expect(raced).toBe(true);
    expect(adoptions).toEqual([expect.objectContaining({ name: 'tallies', from: 1, to: 2, previousDropped: true })]);
    // Where a refused commit may have recreated the dropped generation's storage (MongoDB), it is dropped again.
    expect(cleanups).toEqual([['tallies', 1]]);
    expect(errors).toEqual([]);
    expect(await operatorStore.projectionState('tallies')).toMatchObject({
      liveGeneration: 2, generations: [{ generation: 2, checkpoint: 1100 }],
    });
    expect([await operatorStore.contentHash('tallies'), await operatorStore.contentHash('totals')]).toEqual(await cleanHashes());
  });

  it('takes up a checkpoint another writer of the same generation committed instead of redoing its events', async () => {
    follower = followerOn(followerStore, 60_000);
    await follower.start();
    expect(await follower.waitFor(1000, 10_000)).toBe(true);
    // While the follower idles, a second writer (say, a projector started by mistake) applies the next events.
    await appendTallyEvents(events, 500, 40, 11);
    const other = followerOn(operatorStore);
    await other.start();
    expect(await other.waitFor(1500, 10_000)).toBe(true);
    await other.stop();

    const before = events.reads.length;
    expect(await follower.waitFor(1500, 10_000)).toBe(true);
    // Taking up the checkpoint already reaches 1500, before the follower reads on: wait for that read, then look.
    while (events.reads.length === before) await new Promise((resolve) => setTimeout(resolve, 1));
    expect(Math.min(...events.reads.slice(before))).toBe(1500);
    expect(adoptions).toEqual([]);
  });
});
