import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openSqliteReadStore, type ReadStore } from '#read-store';
import { InMemoryEventStore } from './in-memory-event-store.fake.js';
import { ProjectionRunner } from './projection-runner.js';
import type { LeaseChange } from './projection-leases.js';
import { appendTallyEvents, tallies, totals } from './projection.fixtures.js';

const TTL = 300;

/**
 * A read store whose commits are counted, which can be cut off (a frozen or partitioned process), and whose lease
 * renewals can be made to succeed without asking the store (a holder that wrongly believes it still holds).
 */
function watched(store: ReadStore) {
  const state = { commits: 0, refused: 0, cutOff: false, believesItHolds: false };
  const guard = <T>(work: () => Promise<T>) => (state.cutOff ? Promise.reject(new Error('store unreachable')) : work());
  const commit = async (...args: Parameters<ReadStore['commit']>) => {
    state.commits++;
    await store.commit(...args).catch((error) => {
      state.refused++;
      throw error;
    });
  };
  const wrapped: ReadStore = Object.assign(Object.create(store), {
    commit: (...args: Parameters<ReadStore['commit']>) => guard(() => commit(...args)),
    acquireLease: (...args: Parameters<ReadStore['acquireLease']>) =>
      guard(() => (state.believesItHolds ? Promise.resolve(true) : store.acquireLease(...args))),
    releaseLease: (...args: Parameters<ReadStore['releaseLease']>) => guard(() => store.releaseLease(...args)),
    projectionState: (name: string) => guard(() => store.projectionState(name)),
  });
  return { store: wrapped, state };
}

describe('ProjectionRunner with a lease: one writer per projection', () => {
  let dir: string;
  let events: InMemoryEventStore;
  const opened: ReadStore[] = [];
  const runners: ProjectionRunner[] = [];
  const open = async () => {
    const store = await openSqliteReadStore({ file: join(dir, 'read.db') });
    opened.push(store);
    return watched(store);
  };
  const start = async (owner: string, store: ReadStore, changes: LeaseChange[] = [], errors: unknown[] = []) => {
    const runner = new ProjectionRunner({
      eventStore: events, readStore: store, projections: [tallies, totals], batchSize: 50, pollIntervalMs: 10,
      lease: { owner, ttlMs: TTL, onChange: (change) => changes.push(change) }, onError: (error) => errors.push(error),
    });
    runners.push(runner);
    await runner.start();
    return runner;
  };
  /** The reference: every event projected by a runner without a lease into a fresh store. */
  const cleanHashes = async () => {
    const store = await openSqliteReadStore({ file: ':memory:' });
    const runner = new ProjectionRunner({ eventStore: events, readStore: store, projections: [tallies, totals] });
    await runner.start();
    await runner.waitFor(events.events.length, 10_000);
    await runner.stop();
    const hashes = [await store.contentHash('tallies'), await store.contentHash('totals')];
    await store.close();
    return hashes;
  };
  const hashes = (store: ReadStore) => Promise.all([store.contentHash('tallies'), store.contentHash('totals')]);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'runner-lease-'));
    events = new InMemoryEventStore();
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
    await Promise.all(opened.splice(0).map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets only the holder write; the standby follows the checkpoints and serves read-your-writes', async () => {
    await appendTallyEvents(events, 400);
    const [a, b] = [await open(), await open()];
    const [changesA, changesB] = [[], []] as LeaseChange[][];
    await start('a', a.store, changesA);
    const standby = await start('b', b.store, changesB);

    expect(await standby.waitFor(400, 5_000)).toBe(true);
    await appendTallyEvents(events, 100, 40, 1);
    expect(await standby.waitFor(500, 5_000)).toBe(true);
    expect(standby.positions()).toEqual([{ name: 'tallies', position: 500 }, { name: 'totals', position: 500 }]);
    expect(b.state.commits).toBe(0);
    expect(a.state.commits).toBeGreaterThan(0);
    expect(changesA.map((c) => [c.name, c.status])).toEqual([['tallies', 'acquired'], ['totals', 'acquired']]);
    expect(changesB).toEqual([{ name: 'tallies', status: 'standby', other: 'a' }, { name: 'totals', status: 'standby', other: 'a' }]);
  });

  it('releases on stop, so the standby takes over within a renewal and carries on to a clean result', async () => {
    await appendTallyEvents(events, 300);
    const [a, b] = [await open(), await open()];
    const active = await start('a', a.store);
    const changesB: LeaseChange[] = [];
    const standby = await start('b', b.store, changesB);
    await standby.waitFor(300, 5_000);
    await active.stop();
    const stoppedAt = Date.now();
    expect(await a.store.leaseHolder('tallies')).toBeNull();

    await appendTallyEvents(events, 200, 40, 2);
    expect(await standby.waitFor(500, 5_000)).toBe(true);
    expect(Date.now() - stoppedAt).toBeLessThan(TTL);
    expect(changesB.filter((c) => c.status === 'acquired').map((c) => c.name).sort()).toEqual(['tallies', 'totals']);
    expect(b.state.commits).toBeGreaterThan(0);
    expect(await hashes(b.store)).toEqual(await cleanHashes());
  });

  it('takes over after the ttl from a holder cut off from the store, which stops writing before then', async () => {
    await appendTallyEvents(events, 300);
    const [a, b] = [await open(), await open()];
    const changesA: LeaseChange[] = [];
    await start('a', a.store, changesA);
    const changesB: LeaseChange[] = [];
    const standby = await start('b', b.store, changesB);
    await standby.waitFor(300, 5_000);

    a.state.cutOff = true;
    const cutAt = Date.now();
    await appendTallyEvents(events, 200, 40, 3);
    expect(await standby.waitFor(500, 5_000)).toBe(true);
    const tookOver = Date.now() - cutAt;
    // Not before the lease expired (at most one renewal period, ttl/3, before the cut), well within two ttls.
    expect(tookOver).toBeGreaterThanOrEqual((TTL * 2) / 3 - 20);
    expect(tookOver).toBeLessThan(2 * TTL + 200);
    expect(changesA.filter((c) => c.status === 'lost').map((c) => c.name).sort()).toEqual(['tallies', 'totals']);
    expect(await hashes(b.store)).toEqual(await cleanHashes());
  });

  it('refuses the commits of a holder whose lease was taken while it still trusted it, without counting an error', async () => {
    await appendTallyEvents(events, 200);
    const [a, b] = [await open(), await open()];
    const changesA: LeaseChange[] = [];
    const errorsA: unknown[] = [];
    const deposed = await start('a', a.store, changesA, errorsA);
    await deposed.waitFor(200, 5_000);
    const before = await hashes(b.store);
    // From now on a's renewals "succeed" without reaching the store (a process that believes its lease is good)
    // while the store gives both leases to b: only the fence inside each commit can stop a.
    a.state.believesItHolds = true;
    for (const name of ['tallies', 'totals']) {
      await a.store.releaseLease(name, 'a');
      expect(await b.store.acquireLease(name, 'b', 60_000)).toBe(true);
    }

    await appendTallyEvents(events, 100, 40, 4);
    const refusedBy = Date.now() + 5_000;
    while (a.state.refused < 2 && Date.now() < refusedBy) await sleep(10);
    expect(a.state.refused).toBeGreaterThanOrEqual(2);
    expect(changesA).toContainEqual({ name: 'tallies', status: 'lost' });
    expect(errorsA).toEqual([]);
    expect(await hashes(b.store)).toEqual(before);
    expect(await b.store.checkpoint({ name: 'tallies', generation: 1 })).toBe(200);
  });
});
