import type { Worker } from 'node:worker_threads';
import { StoreUnavailableError } from '../errors.js';
import type { AppendRequest } from '../event-store.port.js';
import { startWorker } from '../threads/worker-entry.js';
import type { Outcome } from './sqlite-batch-commit.js';
import type { SqliteWriter } from './sqlite-writer.js';
import { fromWireError, fromWireOutcome, type FromWriter, type ToWriter, type WriterThreadData } from './sqlite-writer.wire.js';

type Pending = { resolve: (message: FromWriter & { type: 'done' }) => void; reject: (error: Error) => void };

/**
 * Transactions on a thread of their own, with their own connection (WAL: the store's connection keeps reading beside
 * it). The store sends one batch at a time and gathers the next meanwhile, so group commit forms by itself while a
 * commit's fsync is under way.
 */
export class SqliteWriterThread implements SqliteWriter {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private exited = false;

  private constructor(private readonly worker: Worker) {
    let failure = '';
    worker.on('message', (message: FromWriter) => this.receive(message));
    // An error the thread did not catch ends it: the exit below fails what is pending, and says why.
    worker.on('error', (error) => (failure = `: ${error.message}`));
    worker.on('exit', () => {
      this.exited = true;
      const gone = new StoreUnavailableError(`SQLite writer thread stopped${failure}`);
      for (const { reject } of this.pending.values()) reject(gone);
      this.pending.clear();
    });
  }

  /** Resolves once the thread has opened the file; rejects (StoreUnavailableError …) when it cannot. */
  static start(data: WriterThreadData): Promise<SqliteWriterThread> {
    const worker = startWorker('sqlite-writer.worker', import.meta.url, { workerData: data, name: 'sqlite-writer' });
    return new Promise((resolve, reject) => {
      const opened = (message: FromWriter) => {
        worker.off('message', opened);
        worker.off('error', reject);
        if (message.type === 'ready') resolve(new SqliteWriterThread(worker));
        else reject(message.type === 'open-failed' ? fromWireError(message.error) : new Error(`unexpected ${message.type}`));
      };
      worker.on('message', opened);
      worker.once('error', reject);
    });
  }

  async commit(requests: AppendRequest[], recordedAt: string): Promise<Outcome[]> {
    const { outcomes = [] } = await this.call({ type: 'commit', id: this.nextId++, requests, recordedAt });
    return outcomes.map(fromWireOutcome);
  }

  async probe(at: string): Promise<void> {
    await this.call({ type: 'probe', id: this.nextId++, at });
  }

  async close(): Promise<void> {
    if (this.exited) return;
    await this.call({ type: 'close', id: this.nextId++ });
  }

  private call(message: ToWriter): Promise<FromWriter & { type: 'done' }> {
    if (this.exited) return Promise.reject(new StoreUnavailableError('SQLite writer thread stopped'));
    return new Promise((resolve, reject) => {
      this.pending.set(message.id, { resolve, reject });
      this.worker.postMessage(message);
    });
  }

  private receive(message: FromWriter): void {
    if (message.type !== 'done' && message.type !== 'failed') return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.type === 'done') pending.resolve(message);
    else pending.reject(fromWireError(message.error));
  }
}
