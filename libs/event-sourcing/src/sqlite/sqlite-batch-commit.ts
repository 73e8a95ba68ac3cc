import type Database from 'better-sqlite3';
import { StoreUnavailableError } from '../errors.js';
import type { AppendRequest, AppendResult } from '../event-store.port.js';
import type { SqliteAppender } from './sqlite-appender.js';
import { toStoreError } from './sqlite-errors.js';
import { beginImmediate } from './sqlite-write-lock.js';

export type Outcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

/**
 * One BEGIN IMMEDIATE … COMMIT for a batch of appends (group commit: one fsync for all of them); a savepoint per
 * append so a conflict refuses that append alone. A storage failure throws: nothing of the batch is acknowledged.
 */
export function commitBatch(db: Database.Database, appender: SqliteAppender, requests: AppendRequest[], recordedAt: string): Outcome[] {
  const outcomes: Outcome[] = [];
  beginImmediate(db);
  try {
    for (const request of requests) {
      db.exec('SAVEPOINT append_one');
      try {
        outcomes.push({ ok: true, result: appender.append(request, recordedAt) });
        db.exec('RELEASE append_one');
      } catch (error) {
        // A disk error fails the whole batch: nothing of it can be acknowledged.
        if (toStoreError(error) instanceof StoreUnavailableError) throw error;
        db.exec('ROLLBACK TO append_one');
        db.exec('RELEASE append_one');
        outcomes.push({ ok: false, error });
      }
    }
    db.exec('COMMIT');
    return outcomes;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** The write probe of `ping`: one row written and synced, as a commit would be. */
export function writeProbe(db: Database.Database, at: string): void {
  db.prepare('INSERT INTO write_probe (id, checked_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at').run(at);
}
