import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../errors.js';
import { NO_STREAM } from '../event-store.port.js';
import { describeEventStoreContract } from '../event-store.contract.js';
import { aNewEvent, eventsOfCommand, uniqueStreamId } from '../event-store.fixtures.js';
import { verifyChain } from '../hash-chain.js';
import { openSqliteEventStore } from './sqlite-event-store.js';
import { toStoreError } from './sqlite-errors.js';

const directory = mkdtempSync(join(tmpdir(), 'event-store-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const file = join(directory, 'contract.sqlite');

describeEventStoreContract('SQLite (file, reopened per test)', () => openSqliteEventStore({ file }));
describeEventStoreContract('SQLite with a writer thread (file, reopened per test)', () =>
  openSqliteEventStore({ file, writerThread: true }),
);

describe('SQLite event store', () => {
  it('detects an event whose stored data was changed behind its back', async () => {
    const store = await openSqliteEventStore({ file });
    const streamId = uniqueStreamId();
    await store.append({ streamId, expectedVersion: NO_STREAM, events: [aNewEvent(), aNewEvent(), aNewEvent()] });

    const intruder = new Database(file);
    intruder.prepare("UPDATE events SET data = '{\"forged\":true}' WHERE stream_id = ? AND version = 2").run(streamId);
    intruder.close();

    expect(verifyChain(await store.readStream(streamId))).toEqual({ valid: false, events: 3, brokenAt: 2 });
    await store.close();
  });

  it('stamps recordedAt from the injected clock', async () => {
    const store = await openSqliteEventStore({ file: ':memory:', clock: () => new Date('2024-05-06T07:08:09.000Z') });
    const { events } = await store.append({ streamId: 's-1', expectedVersion: NO_STREAM, events: eventsOfCommand('c-1', 'A') });

    expect(events[0].metadata).toMatchObject({ recordedAt: '2024-05-06T07:08:09.000Z', occurredAt: '2024-03-01T08:00:00.000Z' });
    expect(await store.readStream('s-1', { recordedUntil: '2024-05-06T15:08:08+08:00' })).toEqual([]);
    expect(await store.readStream('s-1', { recordedUntil: '2024-05-06T15:08:09+08:00' })).toHaveLength(1);
    await store.close();
  });

  it('sees appends that another process makes to the same file (polling)', async () => {
    const reader = await openSqliteEventStore({ file, pollIntervalMs: 20 });
    const writer = await openSqliteEventStore({ file });
    const streamId = uniqueStreamId();
    const controller = new AbortController();
    const subscription = reader.subscribe({ after: await reader.headPosition(), signal: controller.signal })[Symbol.asyncIterator]();
    const next = subscription.next();

    await writer.append({ streamId, expectedVersion: NO_STREAM, events: [aNewEvent('Elsewhere')] });
    expect((await next).value).toMatchObject({ streamId, type: 'Elsewhere' });
    controller.abort();
    expect(await subscription.next()).toEqual({ done: true, value: undefined });
    await Promise.all([reader.close(), writer.close()]);
  });

  it('reports a closed store as unavailable', async () => {
    const store = await openSqliteEventStore({ file: ':memory:' });
    await store.close();

    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.append({ streamId: 's', expectedVersion: 0, events: [aNewEvent()] })).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it.each(['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_IOERR_FSYNC', 'SQLITE_CANTOPEN', 'SQLITE_BUSY'])(
    'maps the disk error %s to StoreUnavailableError',
    (code) => {
      const error = Object.assign(new Error('disk trouble'), { code });
      expect(toStoreError(error)).toBeInstanceOf(StoreUnavailableError);
      expect((toStoreError(error) as Error).cause).toBe(error);
    },
  );

  it('lets other errors through unchanged', () => {
    const error = Object.assign(new Error('constraint'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
    expect(toStoreError(error)).toBe(error);
  });

  it('refuses to open a file it cannot create', async () => {
    await expect(openSqliteEventStore({ file: join(directory, 'missing-dir', 'x.sqlite') })).rejects.toThrow();
  });
});
