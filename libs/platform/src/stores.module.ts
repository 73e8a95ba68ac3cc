import { type DynamicModule, Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-sourcing';
import { DOCUMENT_READER, READ_STORE, type ReadStore } from '#read-store';
import { APP_CONFIG, type AppConfig } from './app-config.js';
import { instrumentEventStore, Metrics } from './metrics/index.js';
import { openEventStore, openReadStore, type StoreUse, type StoreLog } from './store-factory.js';

const nestLog: StoreLog = (context, message) => new Logger(context).log(message);

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
  static forRoot(config: AppConfig, use: StoreUse = { appends: true }): DynamicModule {
    return {
      module: StoresModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Metrics, useValue: new Metrics() },
        {
          provide: EVENT_STORE,
          useFactory: async (metrics: Metrics) => instrumentEventStore(await openEventStore(config, use, nestLog), metrics),
          inject: [Metrics],
        },
        { provide: READ_STORE, useFactory: () => openReadStore(config, use, nestLog) },
        { provide: DOCUMENT_READER, useExisting: READ_STORE },
        StoreCloser,
      ],
      exports: [APP_CONFIG, EVENT_STORE, READ_STORE, DOCUMENT_READER, Metrics],
    };
  }
}
