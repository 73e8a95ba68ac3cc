import type Database from 'better-sqlite3';
import type { AppendRequest } from '../event-store.port.js';
import { SqliteAppender } from './sqlite-appender.js';
import { commitBatch, writeProbe, type Outcome } from './sqlite-batch-commit.js';

/** Where a SqliteEventStore's transactions run: on the caller's thread, or on a writer thread (SqliteWriterThread). */
export interface SqliteWriter {
  /** Commits the batch (resolves once durable); rejects when storage failed and nothing of it was written. */
  commit(requests: AppendRequest[], recordedAt: string): Promise<Outcome[]>;
  probe(at: string): Promise<void>;
  close(): Promise<void>;
}

/** Transactions on the caller's thread, on the store's own connection (':memory:' databases, tools, tests). */
export class InlineSqliteWriter implements SqliteWriter {
  private readonly appender: SqliteAppender;

  constructor(private readonly db: Database.Database) {
    this.appender = new SqliteAppender(db);
  }

  async commit(requests: AppendRequest[], recordedAt: string): Promise<Outcome[]> {
    return commitBatch(this.db, this.appender, requests, recordedAt);
  }

  async probe(at: string): Promise<void> {
    writeProbe(this.db, at);
  }

  async close(): Promise<void> {
    // The store closes its connection itself.
  }
}
