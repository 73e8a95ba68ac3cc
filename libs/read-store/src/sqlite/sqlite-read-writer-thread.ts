import { WorkerCalls } from '#threads';
import type { LeaseFence, ProjectionKey } from '../read-store.port.js';
import type { DocumentDelete, DocumentRow } from './sqlite-committer.js';
import type { SqliteReadWriter } from './sqlite-read-writer.js';
import { fromReadWireError, type ReadWireError, type ReadWriterCall, type ReadWriterThreadData } from './sqlite-read-writer.wire.js';

/**
 * Commits on a thread of their own, with their own connection (WAL: the store's connection keeps reading beside it),
 * so that a rebuild folds its next batch while the last one is written.
 */
export class SqliteReadWriterThread implements SqliteReadWriter {
  private constructor(private readonly calls: WorkerCalls<ReadWriterCall, ReadWireError>) {}

  static async start(data: ReadWriterThreadData): Promise<SqliteReadWriterThread> {
    const calls = await WorkerCalls.start<ReadWriterCall, ReadWireError>(
      'sqlite-read-writer.worker',
      import.meta.url,
      { workerData: data, name: 'sqlite-read-writer' },
      {
        fromWireError: fromReadWireError,
        stopped: (detail) => Object.assign(new Error(`SQLite read-store writer thread stopped${detail}`), { code: 'WRITER_STOPPED' }),
      },
    );
    return new SqliteReadWriterThread(calls);
  }

  async commit(key: ProjectionKey, rows: DocumentRow[], deletes: DocumentDelete[], checkpoint: number, fence?: LeaseFence): Promise<void> {
    await this.calls.call({ type: 'commit', key, rows, deletes, checkpoint, ...(fence ? { fence } : {}) });
  }

  async close(): Promise<void> {
    if (!this.calls.stopped) await this.calls.call({ type: 'close' });
  }
}
