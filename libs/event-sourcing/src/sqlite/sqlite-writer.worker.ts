/**
 * Entry of a SqliteEventStore's writer thread: its own connection to the file, every transaction (and its fsync) run
 * here, so the thread answering HTTP never blocks on the disk.
 */
import Database from 'better-sqlite3';
import { workerData } from 'node:worker_threads';
import { serveCalls } from '#threads';
import { SqliteAppender } from './sqlite-appender.js';
import { commitBatch, writeProbe } from './sqlite-batch-commit.js';
import { prepareDatabase } from './sqlite-schema.js';
import { toWireError, toWireOutcome, type ToWriter, type WireError, type WriterDone, type WriterThreadData } from './sqlite-writer.wire.js';

const { file, busyTimeoutMs } = workerData as WriterThreadData;

serveCalls<ToWriter, WireError, { db: Database.Database; appender: SqliteAppender }, WriterDone>({
  open: () => {
    const db = new Database(file);
    prepareDatabase(db, { busyTimeoutMs });
    return { db, appender: new SqliteAppender(db) };
  },
  handle: ({ db, appender }, call) => {
    if (call.type === 'commit') return { outcomes: commitBatch(db, appender, call.requests, call.recordedAt).map(toWireOutcome) };
    writeProbe(db, call.at);
  },
  close: ({ db }) => db.close(),
  toWireError,
});
