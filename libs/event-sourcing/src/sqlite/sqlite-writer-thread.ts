import { StoreUnavailableError } from '../errors.js';
import type { AppendRequest } from '../event-store.port.js';
import { WorkerCalls } from '#threads';
import type { Outcome } from './sqlite-batch-commit.js';
import type { SqliteWriter } from './sqlite-writer.js';
import { fromWireError, fromWireOutcome, type WireError, type WriterCall, type WriterDone, type WriterThreadData } from './sqlite-writer.wire.js';

const WRITER_YOUNG_GENERATION_MB = 8;

/**
 * Transactions on a thread of their own, with their own connection (WAL: the store's connection keeps reading beside
 * it). The store sends one batch at a time and gathers the next meanwhile, so group commit forms by itself while a
 * commit's fsync is under way.
 */
export class SqliteWriterThread implements SqliteWriter {
  private constructor(private readonly calls: WorkerCalls<WriterCall, WireError, WriterDone>) {}

  /** Resolves once the thread has opened the file; rejects (StoreUnavailableError …) when it cannot. */
  static async start(data: WriterThreadData): Promise<SqliteWriterThread> {
    const calls = await WorkerCalls.start<WriterCall, WireError, WriterDone>(
      'sqlite-writer.worker',
      import.meta.url,
      // What it allocates (each batch's requests, as received) dies with the batch: a small young generation suffices.
      { workerData: data, name: 'sqlite-writer', resourceLimits: { maxYoungGenerationSizeMb: WRITER_YOUNG_GENERATION_MB } },
      { fromWireError, stopped: (detail) => new StoreUnavailableError(`SQLite writer thread stopped${detail}`) },
    );
    return new SqliteWriterThread(calls);
  }

  async commit(requests: AppendRequest[], recordedAt: string): Promise<Outcome[]> {
    const { outcomes = [] } = await this.calls.call({ type: 'commit', requests, recordedAt });
    return outcomes.map(fromWireOutcome);
  }

  async probe(at: string): Promise<void> {
    await this.calls.call({ type: 'probe', at });
  }

  async close(): Promise<void> {
    if (!this.calls.stopped) await this.calls.call({ type: 'close' });
  }
}
