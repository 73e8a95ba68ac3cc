/**
 * Entry of a SQLite read store's writer thread: its own connection to the file, where commits run while the thread
 * that folds events goes on with the next batch (a rebuild keeps one commit in flight per projection).
 */
import { workerData } from 'node:worker_threads';
import { serveCalls } from '#threads';
import { SqliteCommitter } from './sqlite-committer.js';
import { openReadStoreConnection } from './sqlite-connection.js';
import { SqliteLeases } from './sqlite-leases.js';
import { SqliteRegistry } from './sqlite-registry.js';
import { toReadWireError, type ReadWireError, type ReadWriterThreadData, type ToReadWriter } from './sqlite-read-writer.wire.js';

const { file } = workerData as ReadWriterThreadData;

serveCalls<ToReadWriter, ReadWireError, { db: ReturnType<typeof openReadStoreConnection>; committer: SqliteCommitter }>({
  open: () => {
    const db = openReadStoreConnection(file);
    return { db, committer: new SqliteCommitter(db, new SqliteRegistry(db), new SqliteLeases(db)) };
  },
  handle: ({ committer }, { key, rows, deletes, checkpoint, fence }) => committer.commit(key, rows, deletes, checkpoint, fence),
  close: ({ db }) => db.close(),
  toWireError: toReadWireError,
});
