import { join } from 'node:path';
import { openSqliteEventStore, type EventStore } from '#event-sourcing';
import { openSqliteReadStore, type ReadStore } from '#read-store';
import type { AppConfig } from './app-config.js';

/*
 * The production adapters are imported only when configured: their clients (gRPC, the MongoDB driver) weigh tens of
 * megabytes of memory per process and thread, which the embedded default would carry for nothing.
 */

/** Where a store says which one it opened: Nest's logger in an application, the main thread from a worker thread. */
export type StoreLog = (context: 'EventStore' | 'ReadStore', message: string) => void;

/** What a process does with the stores: each writer thread costs memory, so only the processes that gain open one. */
export interface StoreUse {
  /**
   * A process that appends (the API) commits events on a writer thread, off its event loop; readers (the projection
   * thread, the CLI) need none.
   */
  appends: boolean;
  /**
   * A process that rebuilds read models (the CLI) commits them on a writer thread, while it folds the next batch; a
   * live runner waits for each commit anyway.
   */
  rebuilds?: boolean;
}

/** The embedded default keeps the log in DATA_DIR; EVENTSTORE_URL switches to EventStoreDB with no code change. */
export async function openEventStore(config: AppConfig, { appends }: StoreUse, log: StoreLog): Promise<EventStore> {
  if (config.eventStoreUrl) {
    log('EventStore', 'Using EventStoreDB');
    const { connectEventStoreDb } = await import('#event-sourcing/eventstoredb');
    return connectEventStoreDb({ url: config.eventStoreUrl });
  }
  const file = join(config.dataDir, 'events.sqlite');
  log('EventStore', `Using the embedded SQLite event store at ${file}`);
  return openFile('event store', file, () => openSqliteEventStore({ file, writerThread: appends }));
}

/** Read models follow the same switch: MONGODB_URL for production, a SQLite file beside the events otherwise. */
export async function openReadStore(config: AppConfig, { rebuilds = false }: StoreUse, log: StoreLog): Promise<ReadStore> {
  if (config.mongodbUrl) {
    log('ReadStore', 'Using MongoDB');
    const { connectMongoReadStore } = await import('#read-store/mongodb');
    return connectMongoReadStore({ url: config.mongodbUrl });
  }
  const file = join(config.dataDir, 'read-models.sqlite');
  log('ReadStore', `Using the embedded SQLite read store at ${file}`);
  return openFile('read store', file, () => openSqliteReadStore({ file, writerThread: rebuilds }));
}

/** An embedded store that cannot be opened is almost always a DATA_DIR problem: say which file and why. */
async function openFile<T>(what: string, file: string, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (error) {
    throw new Error(`the ${what} ${file} cannot be opened (${(error as Error).message}); is DATA_DIR writable?`, { cause: error });
  }
}
