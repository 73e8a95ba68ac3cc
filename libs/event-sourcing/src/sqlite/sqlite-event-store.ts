import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../errors.js';
import type { StoredEvent } from '../event.js';
import type {
  AppendRequest,
  AppendResult,
  CommandRecord,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
} from '../event-store.port.js';
import { AppendNotifier } from './append-notifier.js';
import { SqliteAppender } from './sqlite-appender.js';
import { toStoreError } from './sqlite-errors.js';
import { EVENT_COLUMNS, toStoredEvent, type EventRow } from './sqlite-rows.js';
import { prepareDatabase } from './sqlite-schema.js';

export interface SqliteEventStoreOptions {
  /** A file path, or ':memory:' (one connection only: nothing is shared with other processes). */
  file: string;
  /** Server clock for recordedAt; inject a fixed clock in tests. */
  clock?: () => Date;
  /** How long a writer waits for another process's lock before the store reports itself unavailable. */
  busyTimeoutMs?: number;
  /** Subscribers re-read at least this often, to see appends made by other processes on the same file. */
  pollIntervalMs?: number;
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

type Outcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

const MAX_POSITION = Number.MAX_SAFE_INTEGER;
const END_OF_TIME = '9999-12-31T23:59:59.999Z';

export class SqliteEventStore implements EventStore {
  private readonly appender: SqliteAppender;
  private readonly notifier = new AppendNotifier();
  private readonly clock: () => Date;
  private readonly pollIntervalMs: number;
  private readonly queries;
  private queue: PendingAppend[] = [];
  private flushScheduled = false;
  private closed = false;
  private readonly counters: SqliteEventStoreStats = { commits: 0, appends: 0 };

  constructor(
    private readonly db: Database.Database,
    options: Omit<SqliteEventStoreOptions, 'file'> = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.appender = new SqliteAppender(db);
    this.queries = {
      stream: db.prepare<[string, number, number, string, number], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events
         WHERE stream_id = ? AND version >= ? AND version <= ? AND recorded_at <= ? ORDER BY version LIMIT ?`,
      ),
      all: db.prepare<[number, number], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
      ),
      head: db.prepare<[], { head: number }>('SELECT COALESCE(MAX(position), 0) AS head FROM events'),
    };
  }

  /**
   * Group commit: every append requested in the same turn of the event loop joins one transaction, so N concurrent
   * commands cost one fsync instead of N. The promise resolves only after COMMIT returned, i.e. once durable.
   */
  append(request: AppendRequest): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new StoreUnavailableError('SQLite event store is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = this.commitBatch(batch);
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

  /** One BEGIN IMMEDIATE … COMMIT; a savepoint per append so a conflict refuses that append alone. */
  private commitBatch(batch: PendingAppend[]): Outcome[] {
    const outcomes: Outcome[] = [];
    this.db.exec('BEGIN IMMEDIATE');
    try {
      for (const { request } of batch) {
        this.db.exec('SAVEPOINT append_one');
        try {
          outcomes.push({ ok: true, result: this.appender.append(request, this.clock().toISOString()) });
          this.db.exec('RELEASE append_one');
        } catch (error) {
          // A disk error fails the whole batch: nothing of it can be acknowledged.
          if (toStoreError(error) instanceof StoreUnavailableError) throw error;
          this.db.exec('ROLLBACK TO append_one');
          this.db.exec('RELEASE append_one');
          outcomes.push({ ok: false, error });
        }
      }
      this.db.exec('COMMIT');
      return outcomes;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
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
    return rows.map(toStoredEvent);
  }

  async readAll(options: ReadAllOptions): Promise<StoredEvent[]> {
    return this.readAllNow(options.after, options.limit);
  }

  private readAllNow(after: number, limit: number): StoredEvent[] {
    return this.read(() => this.queries.all.all(after, limit)).map(toStoredEvent);
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

  async findCommand(callerId: string, key: string): Promise<CommandRecord | null> {
    return this.read(() => this.appender.command(callerId, key));
  }

  /**
   * "Can commands be served?" is a question about writing: a full or read-only disk still answers reads. So the probe
   * writes (and syncs) one row; between two group commits, since better-sqlite3 runs both on this thread.
   */
  async ping(): Promise<void> {
    this.read(() =>
      this.db
        .prepare('INSERT INTO write_probe (id, checked_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at')
        .run(new Date().toISOString()),
    );
  }

  stats(): SqliteEventStoreStats {
    return { ...this.counters };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // Appends already accepted are committed, not dropped.
    this.flush();
    this.closed = true;
    this.notifier.notify();
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
  let db: Database.Database | undefined;
  try {
    db = new Database(options.file);
    prepareDatabase(db, { busyTimeoutMs: options.busyTimeoutMs ?? 5000 });
  } catch (error) {
    db?.close();
    throw toStoreError(error);
  }
  return new SqliteEventStore(db, options);
}
