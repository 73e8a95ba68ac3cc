import { NestFactory } from '@nestjs/core';
import { EVENT_STORE, type EventStore } from '#event-sourcing';
import { READ_STORE, type ReadStore } from '#read-store';
import { StoresModule, type AppConfig } from '#platform';

export interface StoresSession {
  eventStore: EventStore;
  readStore: ReadStore;
  /** Closes both stores. */
  close(): Promise<void>;
}

/**
 * Opens the stores exactly as the API and the projector do (same DATA_DIR files, or EVENTSTORE_URL / MONGODB_URL),
 * only for the commands that need them: minting a token must not open a database. A rebuild commits read models on
 * a writer thread while it folds the next batch.
 */
export async function openStores(config: AppConfig, { rebuilds } = { rebuilds: false }): Promise<StoresSession> {
  const app = await NestFactory.createApplicationContext(StoresModule.forRoot(config, { appends: false, rebuilds }), { logger: ['error', 'warn'] });
  return {
    eventStore: app.get<EventStore>(EVENT_STORE),
    readStore: app.get<ReadStore>(READ_STORE),
    close: () => app.close(),
  };
}
