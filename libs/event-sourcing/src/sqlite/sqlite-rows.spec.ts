import Database from 'better-sqlite3';
import type { StoredEvent } from '../event.js';
import { prepareDatabase } from './sqlite-schema.js';
import { EVENT_COLUMNS, rawToStoredEvent, toEventRow, type RawEventRow } from './sqlite-rows.js';

const event = (version: number, data: unknown): StoredEvent => ({
  eventId: `e-${version}`,
  type: 'DesignSubmitted',
  schemaVersion: 2,
  streamId: 'project-p-1',
  version,
  position: version,
  data,
  metadata: {
    actor: { id: 'u-1', name: '王芳', role: 'clerk', orgUnit: 'HZ' },
    commandId: `c-${version}`,
    correlationId: 'c-1',
    causationId: version > 1 ? `c-${version - 1}` : null,
    occurredAt: '2025-10-01T09:00:00.000+08:00',
    recordedAt: `2025-10-01T01:00:0${version}.000Z`,
  },
  previousHash: `h-${version - 1}`,
  hash: `h-${version}`,
});

describe('decoding events rows', () => {
  let db: Database.Database;
  const stored = [event(1, { projectId: 'p-1', documents: ['A', 'B'], nested: { n: 1.5, none: null } }), event(2, []), event(3, '文本')];

  beforeAll(() => {
    db = new Database(':memory:');
    prepareDatabase(db, { busyTimeoutMs: 0 });
    const insert = db.prepare(
      `INSERT INTO events (${EVENT_COLUMNS}) VALUES (@position, @event_id, @stream_id, @version, @type, @schema_version, @data, @metadata, @recorded_at, @previous_hash, @hash)`,
    );
    for (const e of stored) insert.run({ ...toEventRow(e), position: e.position });
  });
  afterAll(() => db.close());

  it('given stored events when read as raw rows (.raw(true)) then each decodes back to the event written, key order included', () => {
    const raw = (db.prepare(`SELECT ${EVENT_COLUMNS} FROM events ORDER BY position`).raw(true).all() as RawEventRow[]).map(rawToStoredEvent);
    expect(raw).toEqual(stored);
    expect(JSON.stringify(raw)).toBe(JSON.stringify(stored));
  });
});
