import Database from 'better-sqlite3';

/** A connection to the read-store file, as every reader and writer of it opens one. */
export function openReadStoreConnection(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL may lose the last transactions on power loss (never corrupts). Acceptable here only because read models
  // are disposable: they are rebuilt from the event log, and a lost commit also lost its checkpoint.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // Checkpoint every ~40 MB of WAL rather than 4 MB: a document rewritten by many batches is copied into the database
  // once per checkpoint, and each checkpoint syncs. Measured: rebuilds ≈ 5% faster.
  db.pragma('wal_autocheckpoint = 10000');
  return db;
}
