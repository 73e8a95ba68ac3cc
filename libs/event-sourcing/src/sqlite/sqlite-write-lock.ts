import type Database from 'better-sqlite3';

/** How long a writer waits between two tries for the write lock another connection holds. */
const RETRY_MS = 0.2;
const pause = new Int32Array(new SharedArrayBuffer(4));
/** Each connection's busy_timeout as it was configured, read once. */
const busyTimeouts = new WeakMap<Database.Database, number>();

/**
 * BEGIN IMMEDIATE, waiting for a write lock another connection holds in steps of 0.2 ms, up to the connection's
 * busy_timeout, rather than in SQLite's busy handler, whose sleeps grow 1, 2, 5, 10, 15, 20, 25 ms: the supply-accounts
 * process manager appends through a connection of its own (the projection thread's), and each of its commits (≈ 1 ms)
 * cost the API's writer 3–18 ms of sleep, and every command of that batch as much. Measured at 1,000 commands/s: p99
 * 41–52 ms with the manager's appends, 23–29 ms without them. Past the timeout, SQLITE_BUSY is thrown as before.
 */
export function beginImmediate(db: Database.Database): void {
  let busyTimeoutMs = busyTimeouts.get(db);
  if (busyTimeoutMs === undefined) busyTimeouts.set(db, (busyTimeoutMs = db.pragma('busy_timeout', { simple: true }) as number));
  if (busyTimeoutMs === 0) return void db.exec('BEGIN IMMEDIATE');
  db.pragma('busy_timeout = 0');
  try {
    const deadline = performance.now() + busyTimeoutMs;
    for (;;) {
      try {
        db.exec('BEGIN IMMEDIATE');
        return;
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'SQLITE_BUSY' || performance.now() >= deadline) throw error;
        Atomics.wait(pause, 0, 0, RETRY_MS);
      }
    }
  } finally {
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  }
}
