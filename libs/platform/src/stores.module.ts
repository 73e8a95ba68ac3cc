import { type DynamicModule, Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import {
  connectEventStoreDb,
  EVENT_STORE,
  openSqliteEventStore,
  type EventStore,
} from '../../event-sourcing/src/index.js';
import { APP_CONFIG, type AppConfig } from './app-config.js';

/** The embedded default keeps the log in DATA_DIR; EVENTSTORE_URL switches to EventStoreDB with no code change. */
async function openEventStore(config: AppConfig): Promise<EventStore> {
  const logger = new Logger('EventStore');
  if (config.eventStoreUrl) {
    logger.log('Using EventStoreDB');
    return connectEventStoreDb({ url: config.eventStoreUrl });
  }
  const file = join(config.dataDir, 'events.sqlite');
  logger.log(`Using the embedded SQLite event store at ${file}`);
  return openSqliteEventStore({ file });
}

@Injectable()
class StoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.events.close();
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
        { provide: EVENT_STORE, useFactory: () => openEventStore(config) },
        StoreCloser,
      ],
      exports: [APP_CONFIG, EVENT_STORE],
    };
  }
}
