import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../../../../event-sourcing/src/index.js';
import { ProjectionRunner } from '../../../../event-sourcing/src/projection/index.js';
import { READ_STORE, type ReadStore } from '../../../../read-store/src/index.js';
import { APP_CONFIG, type AppConfig } from '../../../../platform/src/index.js';
import { PROJECTIONS } from '../../projections/index.js';

/**
 * Owns the projection runner when it runs in this process (the embedded default, and apps/projector): starts it after
 * the stores are open, and on shutdown lets it finish its current batch so the checkpoint is saved.
 */
@Injectable()
export class ProjectionHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');
  readonly runner: ProjectionRunner | null;

  constructor(
    @Inject(EVENT_STORE) eventStore: EventStore,
    @Inject(READ_STORE) readStore: ReadStore,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.runner = config.projectionsInProcess
      ? new ProjectionRunner({
          eventStore,
          readStore,
          projections: PROJECTIONS,
          onError: (error) => this.logger.error(error),
        })
      : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner?.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
  }
}
