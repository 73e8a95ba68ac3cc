/**
 * Entry of a SqliteEventStore's writer thread: its own connection to the file, every transaction (and its fsync) run
 * here, so the thread answering HTTP never blocks on the disk.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteAppender } from './sqlite-appender.js';
import { commitBatch, writeProbe } from './sqlite-batch-commit.js';
import { prepareDatabase } from './sqlite-schema.js';
import { toWireError, toWireOutcome, type FromWriter, type ToWriter, type WriterThreadData } from './sqlite-writer.wire.js';

const port = parentPort!;
const post = (message: FromWriter) => port.postMessage(message);
const { file, busyTimeoutMs } = workerData as WriterThreadData;

let db: Database.Database;
let appender: SqliteAppender;
try {
  db = new Database(file);
  prepareDatabase(db, { busyTimeoutMs });
  appender = new SqliteAppender(db);
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'open-failed', error: toWireError(error) });
  port.close();
}

port.on('message', (message: ToWriter) => {
  try {
    if (message.type === 'commit') {
      const outcomes = commitBatch(db, appender, message.requests, message.recordedAt);
      post({ type: 'done', id: message.id, outcomes: outcomes.map(toWireOutcome) });
    } else if (message.type === 'probe') {
      writeProbe(db, message.at);
      post({ type: 'done', id: message.id });
    } else {
      db.close();
      post({ type: 'done', id: message.id });
      port.close();
    }
  } catch (error) {
    post({ type: 'failed', id: message.id, error: toWireError(error) });
  }
});
