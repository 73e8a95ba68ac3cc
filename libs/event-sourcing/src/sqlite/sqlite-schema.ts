import type Database from 'better-sqlite3';

const SCHEMA_VERSION = 1;

/**
 * position is the rowid: SQLite hands out max(rowid) + 1 and writers are serialised, so a later commit always has
 * higher positions than an earlier one (a subscriber never misses an event that commits "behind" it).
 */
const DDL = `
CREATE TABLE IF NOT EXISTS events (
  position       INTEGER PRIMARY KEY,
  event_id       TEXT    NOT NULL UNIQUE,
  stream_id      TEXT    NOT NULL,
  version        INTEGER NOT NULL,
  type           TEXT    NOT NULL,
  schema_version INTEGER NOT NULL,
  data           TEXT    NOT NULL,
  metadata       TEXT    NOT NULL,
  recorded_at    TEXT    NOT NULL,
  previous_hash  TEXT    NOT NULL,
  hash           TEXT    NOT NULL,
  UNIQUE (stream_id, version)
);
CREATE TABLE IF NOT EXISTS commands (
  caller_id   TEXT    NOT NULL,
  key         TEXT    NOT NULL,
  fingerprint TEXT    NOT NULL,
  stream_id   TEXT    NOT NULL,
  version     INTEGER NOT NULL,
  position    INTEGER NOT NULL,
  event_types TEXT    NOT NULL,
  recorded_at TEXT    NOT NULL,
  PRIMARY KEY (caller_id, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS write_probe (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  checked_at TEXT    NOT NULL
);
`;

export interface ConnectionSettings {
  busyTimeoutMs: number;
}

export function prepareDatabase(db: Database.Database, settings: ConnectionSettings): void {
  // WAL lets readers (projections, queries) run beside the single writer; FULL syncs the WAL on every commit,
  // so an acknowledged append survives a power cut, not only a process crash.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(settings.busyTimeoutMs))}`);
  db.pragma('foreign_keys = ON');
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(`Event store schema version ${current} is newer than this code (${SCHEMA_VERSION})`);
  }
  db.exec(DDL);
  if (current < SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
}
