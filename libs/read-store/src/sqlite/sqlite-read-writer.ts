import type { LeaseFence, ProjectionKey } from '../read-store.port.js';
import type { DocumentDelete, DocumentRow, SqliteCommitter } from './sqlite-committer.js';

/** Where a SQLite read store's commits run: on the caller's thread, or on a writer thread (SqliteReadWriterThread). */
export interface SqliteReadWriter {
  /** Resolves once documents and checkpoint are committed; rejects (LeaseLostError …) when nothing was written. */
  commit(key: ProjectionKey, rows: DocumentRow[], deletes: DocumentDelete[], checkpoint: number, fence?: LeaseFence): Promise<void>;
  close(): Promise<void>;
}

/** Commits on the caller's thread, on the store's own connection (the live runner, ':memory:' databases, tests). */
export class InlineSqliteReadWriter implements SqliteReadWriter {
  constructor(private readonly committer: SqliteCommitter) {}

  async commit(key: ProjectionKey, rows: DocumentRow[], deletes: DocumentDelete[], checkpoint: number, fence?: LeaseFence): Promise<void> {
    this.committer.commit(key, rows, deletes, checkpoint, fence);
  }

  async close(): Promise<void> {
    // The store closes its connection itself.
  }
}
