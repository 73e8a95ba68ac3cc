import { type DynamicModule, Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import {
  connectEventStoreDb,
  EVENT_STORE,
  openSqliteEventStore,
  type EventStore,
} from '../../event-sourcing/src/index.js';
import { connectMongoReadStore, openSqliteReadStore, READ_STORE, type ReadStore } from '../../read-store/src/index.js';
import { APP_CONFIG, type AppConfig } from './app-config.js';
import { instrumentEventStore, Metrics } from './metrics/index.js';

/** The embedded default keeps the log in DATA_DIR; EVENTSTORE_URL switches to EventStoreDB with no code change. */
async function openEventStore(config: AppConfig): Promise<EventStore> {
  const logger = new Logger('EventStore');
  if (config.eventStoreUrl) {
    logger.log('Using EventStoreDB');
    return connectEventStoreDb({ url: config.eventStoreUrl });
  }
  const file = join(config.dataDir, 'events.sqlite');
  logger.log(`Using the embedded SQLite event store at ${file}`);
  return openFile('event store', file, () => openSqliteEventStore({ file }));
}

/** Read models follow the same switch: MONGODB_URL for production, a SQLite file beside the events otherwise. */
async function openReadStore(config: AppConfig): Promise<ReadStore> {
  const logger = new Logger('ReadStore');
  if (config.mongodbUrl) {
    logger.log('Using MongoDB');
    return connectMongoReadStore({ url: config.mongodbUrl });
  }
  const file = join(config.dataDir, 'read-models.sqlite');
  logger.log(`Using the embedded SQLite read store at ${file}`);
  return openFile('read store', file, () => openSqliteReadStore({ file }));
}

/** An embedded store that cannot be opened is almost always a DATA_DIR problem: say which file and why. */
async function openFile<T>(what: string, file: string, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (error) {
    throw new Error(`the ${what} ${file} cannot be opened (${(error as Error).message}); is DATA_DIR writable?`, { cause: error });
  }
}

@Injectable()
class StoreCloser implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.events.close(), this.reads.close()]);
  }
}

@Global()
@Module({})
export class StoresModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: StoresModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Metrics, useValue: new Metrics() },
        {
          provide: EVENT_STORE,
          useFactory: async (metrics: Metrics) => instrumentEventStore(await openEventStore(config), metrics),
          inject: [Metrics],
        },
        { provide: READ_STORE, useFactory: () => openReadStore(config) },
        StoreCloser,
      ],
      exports: [APP_CONFIG, EVENT_STORE, READ_STORE, Metrics],
    };
  }
}
