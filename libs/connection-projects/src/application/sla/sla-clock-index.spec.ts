import type { StoredEvent } from '#event-sourcing';
import { openSqliteReadStore, type ReadStore } from '#read-store';
import { evolveSlaClocks, slaClocksProjection, type SlaClocksDocument } from '../../projections/sla-clocks/index.js';
import { MONDAY_NOON, storedEvents } from '../../projections/sla-clocks/testing/national-day.fixture.js';
import { compactAlerts } from './compact-alerts.js';
import { SlaClockIndex } from './sla-clock-index.js';

/**
 * The index over a real embedded read store, written the way the runner writes it (documents and checkpoint in one
 * commit): loaded once per live generation, then caught up from the documents above the checkpoint it last read.
 */
const { name, collection } = slaClocksProjection;
const events = storedEvents(); // the National Day log: 6 projects, positions 1…N
const asOf = Date.parse(MONDAY_NOON);
let store: ReadStore;
let calls: Record<string, number>;
let index: SlaClockIndex;

/** Folds `log` and commits each event's document into `generation`, as the runner would. */
async function project(log: StoredEvent[], generation: number, docs = new Map<string, SlaClocksDocument>()): Promise<void> {
  for (const event of log) {
    const id = (event.data as { projectId: string }).projectId;
    const doc = evolveSlaClocks(docs.get(id) ?? null, event);
    if (!doc) continue;
    docs.set(id, doc);
    await store.commit({ name, generation }, { upserts: [{ collection, id, doc: { ...doc }, position: event.position }], deletes: [] }, event.position);
  }
}

beforeEach(async () => {
  const real = await openSqliteReadStore({ file: ':memory:' });
  calls = {};
  // Counts the store calls the index makes.
  store = new Proxy(real, {
    get: (target, prop: string) => {
      const value = Reflect.get(target, prop) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => ((calls[prop] = (calls[prop] ?? 0) + 1), (value as (...a: unknown[]) => unknown).apply(target, args));
    },
  });
  index = new SlaClockIndex(store);
});
afterEach(() => store.close());

const alertKeys = async () => compactAlerts(await index.current(), { asOf, statuses: ['overdue', 'dueSoon'] }).map((a) => `${a.projectId} ${a.clock}`);

describe('SlaClockIndex', () => {
  it('given no sla-clocks projection registered yet then it is empty at position 0', async () => {
    expect((await index.current()).size).toBe(0);
    expect(index.position).toBe(0);
  });

  it('given half the log then later commits are caught up from the documents above the checkpoint, without a reload', async () => {
    await store.registerProjection({ name, collection, version: 1 });
    await store.ensureIndexes(collection, slaClocksProjection.indexes ?? []);
    const half = events.findIndex((e) => (e.data as { projectId: string }).projectId === 'sla-p4');
    const docs = new Map<string, SlaClocksDocument>();
    await project(events.slice(0, half), 1, docs);
    expect((await index.current()).size).toBe(3);
    expect(index.position).toBe(events[half - 1].position);
    expect(await alertKeys()).toEqual(['sla-p1 schemeReply']);

    await project(events.slice(half), 1, docs);
    expect((await index.current()).size).toBe(6);
    expect(index.position).toBe(events.at(-1)!.position);
    expect(await alertKeys()).toEqual(['sla-p1 schemeReply', 'sla-p5 energization']);
    expect(calls.scan).toBe(1);
    expect(calls.find).toBeGreaterThanOrEqual(2);
  });

  it('given a rebuild switched to a new generation then it reloads from that generation', async () => {
    await store.registerProjection({ name, collection, version: 1 });
    await project(events, 1);
    expect((await index.current()).size).toBe(6);
    const generation = await store.beginGeneration(name, 1);
    await project(events.filter((e) => (e.data as { projectId: string }).projectId === 'sla-p1'), generation);
    await store.switchLive(name, generation);
    expect((await index.current()).size).toBe(1);
    expect(await alertKeys()).toEqual(['sla-p1 schemeReply']);
    expect(calls.scan).toBe(2);
  });

  it('given many queries at once then they share refreshes: one running, one queued behind it', async () => {
    await store.registerProjection({ name, collection, version: 1 });
    await project(events, 1);
    calls = {};
    const sets = await Promise.all(Array.from({ length: 10 }, () => index.current()));
    expect(new Set(sets).size).toBe(1);
    expect(calls.projectionState).toBe(2);
  });
});
