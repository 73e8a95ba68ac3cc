import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../errors.js';
import type { StoredEvent } from '../event.js';
import type {
  AppendRequest,
  AppendResult,
  CommandRecord,
  EventCount,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
} from '../event-store.port.js';
import { AppendNotifier } from './append-notifier.js';
import type { Outcome } from './sqlite-batch-commit.js';
import { toStoreError } from './sqlite-errors.js';
import { EVENT_COLUMNS, FIND_COMMAND, rawToStoredEvent, toCommandRecord, type CommandRow, type RawEventRow } from './sqlite-rows.js';
import { prepareDatabase } from './sqlite-schema.js';
import { InlineSqliteWriter, type SqliteWriter } from './sqlite-writer.js';
import { SqliteWriterThread } from './sqlite-writer-thread.js';

export interface SqliteEventStoreOptions {
  /** A file path, or ':memory:' (one connection only: nothing is shared with other processes). */
  file: string;
  /** Server clock for recordedAt; inject a fixed clock in tests. */
  clock?: () => Date;
  /** How long a writer waits for another process's lock before the store reports itself unavailable. */
  busyTimeoutMs?: number;
  /** Subscribers re-read at least this often, to see appends made by other processes on the same file. */
  pollIntervalMs?: number;
  /**
   * Run the transactions (and their fsyncs) on a writer thread with its own connection, so the caller's event loop
   * never waits for the disk: what the API does. Needs a file (a ':memory:' database lives in one connection).
   */
  writerThread?: boolean;
}

export interface SqliteEventStoreStats {
  /** Transactions committed (one fsync each). */
  commits: number;
  /** Append requests settled by those transactions, including refused ones. */
  appends: number;
}

interface PendingAppend {
  request: AppendRequest;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

const MAX_POSITION = Number.MAX_SAFE_INTEGER;
const END_OF_TIME = '9999-12-31T23:59:59.999Z';

export class SqliteEventStore implements EventStore {
  private readonly writer: SqliteWriter;
  private readonly notifier = new AppendNotifier();
  private readonly clock: () => Date;
  private readonly pollIntervalMs: number;
  private readonly queries;
  private queue: PendingAppend[] = [];
  private flushScheduled = false;
  /** The batch being committed: the next one gathers meanwhile. */
  private inFlight: Promise<void> | null = null;
  private closed = false;
  private readonly counters: SqliteEventStoreStats = { commits: 0, appends: 0 };

  constructor(
    private readonly db: Database.Database,
    options: Omit<SqliteEventStoreOptions, 'file' | 'writerThread'> & { writer?: SqliteWriter } = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.writer = options.writer ?? new InlineSqliteWriter(db);
    this.queries = {
      stream: db.prepare<[string, number, number, string, number], RawEventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events
         WHERE stream_id = ? AND version >= ? AND version <= ? AND recorded_at <= ? ORDER BY version LIMIT ?`,
      ).raw(true),
      all: db.prepare<[number, number], RawEventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
      ).raw(true),
      head: db.prepare<[], { head: number }>('SELECT COALESCE(MAX(position), 0) AS head FROM events'),
      countAfter: db.prepare<[number, number], { count: number }>(
        'SELECT COUNT(*) AS count FROM (SELECT 1 FROM events WHERE position > ? ORDER BY position LIMIT ?)',
      ),
      command: db.prepare<[string, string], CommandRow>(FIND_COMMAND),
    };
  }

  /**
   * Group commit: every append requested while the previous batch commits (or in the same turn of the event loop)
   * joins one transaction, so N concurrent commands cost one fsync instead of N. The promise resolves only after COMMIT
   * returned, i.e. once durable.
   */
  append(request: AppendRequest): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new StoreUnavailableError('SQLite event store is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.flushScheduled || this.inFlight) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      this.inFlight = this.flush().finally(() => {
        this.inFlight = null;
        if (this.queue.length > 0) this.schedule();
      });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = await this.writer.commit(batch.map((pending) => pending.request), this.clock().toISOString());
    } catch (error) {
      const failure = toStoreError(error);
      for (const pending of batch) pending.reject(failure);
      return;
    }
    this.counters.commits += 1;
    this.counters.appends += batch.length;
    outcomes.forEach((outcome, index) => {
      if (outcome.ok) batch[index].resolve(outcome.result);
      else batch[index].reject(outcome.error);
    });
    this.notifier.notify();
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const until = options.recordedUntil === undefined ? END_OF_TIME : normalizeInstant(options.recordedUntil);
    const rows = this.read(() =>
      this.queries.stream.all(
        streamId,
        options.fromVersion ?? 1,
        options.toVersion ?? MAX_POSITION,
        until,
        options.limit ?? -1,
      ),
    );
    return rows.map(rawToStoredEvent);
  }

  async readAll(options: ReadAllOptions): Promise<StoredEvent[]> {
    return this.readAllNow(options.after, options.limit);
  }

  private readAllNow(after: number, limit: number): StoredEvent[] {
    return this.read(() => this.queries.all.all(after, limit)).map(rawToStoredEvent);
  }

  /** Catch-up in batches, then live: woken by this process's commits, polling for other processes' ones. */
  async *subscribe(options: SubscribeOptions): AsyncGenerator<StoredEvent> {
    const { signal, batchSize = 100 } = options;
    let after = options.after;
    while (!signal?.aborted && !this.closed) {
      const generation = this.notifier.current;
      const batch = this.readAllNow(after, batchSize);
      for (const event of batch) {
        if (signal?.aborted) return;
        yield event;
        after = event.position;
      }
      if (batch.length < batchSize) await this.notifier.wait(generation, this.pollIntervalMs, signal);
    }
  }

  async headPosition(): Promise<number> {
    return this.read(() => this.queries.head.get()?.head ?? 0);
  }

  async countAfter(after: number, cap: number): Promise<EventCount> {
    const count = this.read(() => this.queries.countAfter.get(after, cap + 1)?.count ?? 0);
    return { count: Math.min(count, cap), capped: count > cap };
  }

  async findCommand(callerId: string, key: string): Promise<CommandRecord | null> {
    const row = this.read(() => this.queries.command.get(callerId, key));
    return row ? toCommandRecord(row) : null;
  }

  /**
   * "Can commands be served?" is a question about writing: a full or read-only disk still answers reads. So the probe
   * writes (and syncs) one row, through the writer, between two group commits.
   */
  async ping(): Promise<void> {
    if (this.closed) throw new StoreUnavailableError('SQLite event store is closed');
    try {
      await this.writer.probe(new Date().toISOString());
    } catch (error) {
      throw toStoreError(error);
    }
  }

  stats(): SqliteEventStoreStats {
    return { ...this.counters };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Appends already accepted are committed, not dropped.
    while (this.inFlight || this.queue.length > 0 || this.flushScheduled) {
      await (this.inFlight ?? new Promise((resolve) => setImmediate(resolve)));
    }
    this.notifier.notify();
    await this.writer.close();
    this.db.close();
  }

  private read<T>(query: () => T): T {
    if (this.closed) throw new StoreUnavailableError('SQLite event store is closed');
    try {
      return query();
    } catch (error) {
      throw toStoreError(error);
    }
  }
}

function normalizeInstant(value: string): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`recordedUntil is not a valid instant: ${value}`);
  return instant.toISOString();
}

export async function openSqliteEventStore(options: SqliteEventStoreOptions): Promise<SqliteEventStore> {
  const { file, writerThread = false, ...rest } = options;
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  if (writerThread && file === ':memory:') throw new TypeError('A writer thread needs a database file, not :memory:');
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
    prepareDatabase(db, { busyTimeoutMs });
    const writer = writerThread ? await SqliteWriterThread.start({ file, busyTimeoutMs }) : undefined;
    return new SqliteEventStore(db, { ...rest, ...(writer ? { writer } : {}) });
  } catch (error) {
    db?.close();
    throw toStoreError(error);
  }
}
