import { ConcurrencyError } from '../errors.js';
import { NO_STREAM } from '../event-store.port.js';
import { aNewEvent, uniqueStreamId } from '../event-store.fixtures.js';
import { openSqliteEventStore } from './sqlite-event-store.js';

describe('SQLite group commit', () => {
  it('commits 50 concurrent appends in fewer transactions than appends, and resolves them all', async () => {
    const store = await openSqliteEventStore({ file: ':memory:' });
    const streams = Array.from({ length: 50 }, () => uniqueStreamId('group'));

    const results = await Promise.all(streams.map((streamId) => store.append({ streamId, expectedVersion: NO_STREAM, events: [aNewEvent()] })));

    expect(results.map((result) => result.version)).toEqual(Array(50).fill(1));
    expect(new Set(results.map((result) => result.position)).size).toBe(50);
    const { commits, appends } = store.stats();
    expect(appends).toBe(50);
    expect(commits).toBeLessThan(appends);
    await store.close();
  });

  it('refuses one conflicting append without failing the others of its batch', async () => {
    const store = await openSqliteEventStore({ file: ':memory:' });
    const [a, b] = [uniqueStreamId(), uniqueStreamId()];

    const outcomes = await Promise.allSettled([
      store.append({ streamId: a, expectedVersion: NO_STREAM, events: [aNewEvent()] }),
      store.append({ streamId: b, expectedVersion: 5, events: [aNewEvent()] }),
      store.append({ streamId: b, expectedVersion: NO_STREAM, events: [aNewEvent()] }),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    expect(store.stats()).toEqual({ commits: 1, appends: 3 });
    expect(await store.readStream(b)).toHaveLength(1);
    await store.close();
  });

  it('commits appends still queued when the store is closed', async () => {
    const store = await openSqliteEventStore({ file: ':memory:' });
    const pending = store.append({ streamId: uniqueStreamId(), expectedVersion: NO_STREAM, events: [aNewEvent()] });
    await store.close();

    await expect(pending).resolves.toMatchObject({ version: 1 });
  });
});
