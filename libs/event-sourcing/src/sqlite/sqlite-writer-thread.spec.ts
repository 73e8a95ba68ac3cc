import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConcurrencyError, IdempotencyKeyReusedError, StoreUnavailableError } from '../errors.js';
import { NO_STREAM } from '../event-store.port.js';
import { aNewEvent, uniqueStreamId } from '../event-store.fixtures.js';
import { verifyChain } from '../hash-chain.js';
import { openSqliteEventStore } from './sqlite-event-store.js';

const directory = mkdtempSync(join(tmpdir(), 'event-store-writer-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** What the writer thread changes (where transactions run) and what it must not (answers, errors, durability). */
describe('SQLite event store with a writer thread', () => {
  const open = (name = 'writer.sqlite') => openSqliteEventStore({ file: join(directory, name), writerThread: true });

  it('gathers the appends made while a commit is under way into the next transaction', async () => {
    const store = await open();
    const streams = Array.from({ length: 200 }, () => uniqueStreamId('gathered'));
    const results = await Promise.all(streams.map((streamId) => store.append({ streamId, expectedVersion: NO_STREAM, events: [aNewEvent()] })));

    expect(new Set(results.map((r) => r.position)).size).toBe(200);
    expect(store.stats().appends).toBe(200);
    expect(store.stats().commits).toBeLessThan(200);
    for (const streamId of streams.slice(0, 5)) expect(verifyChain(await store.readStream(streamId)).valid).toBe(true);
    await store.close();
  });

  it('rebuilds the refusals as the classes callers test for', async () => {
    const store = await open();
    const streamId = uniqueStreamId();
    const command = { callerId: 'u-1', key: 'k-1', fingerprint: 'f-1' };
    await store.append({ streamId, expectedVersion: NO_STREAM, events: [aNewEvent()], command });

    const conflict = store.append({ streamId, expectedVersion: NO_STREAM, events: [aNewEvent()] });
    await expect(conflict).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(conflict).rejects.toMatchObject({ streamId, expectedVersion: 0, actualVersion: 1 });
    const reused = store.append({ streamId, expectedVersion: 1, events: [aNewEvent()], command: { ...command, fingerprint: 'f-2' } });
    await expect(reused).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    await expect(store.append({ streamId, expectedVersion: -1, events: [] })).rejects.toBeInstanceOf(TypeError);
    expect(await store.findCommand('u-1', 'k-1')).toMatchObject({ streamId, version: 1 });
    await store.close();
  });

  it('commits what was accepted before close, then refuses', async () => {
    const store = await open();
    const pending = store.append({ streamId: uniqueStreamId(), expectedVersion: NO_STREAM, events: [aNewEvent()] });
    await store.close();

    await expect(pending).resolves.toMatchObject({ version: 1 });
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('pings by writing through the thread', async () => {
    const store = await open();
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
  });

  it('refuses a :memory: database, which one connection alone can see', async () => {
    await expect(openSqliteEventStore({ file: ':memory:', writerThread: true })).rejects.toBeInstanceOf(TypeError);
  });
});
