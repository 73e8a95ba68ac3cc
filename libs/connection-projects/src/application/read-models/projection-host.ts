import {
  type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap, Optional,
} from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../../../../event-sourcing/src/index.js';
import { ProjectionRunner, type GenerationAdoption } from '../../../../event-sourcing/src/projection/index.js';
import { READ_STORE, type ReadStore } from '../../../../read-store/src/index.js';
import { APP_CONFIG, type AppConfig } from '../../../../platform/src/index.js';
import { PROJECTIONS } from '../../projections/index.js';
import { PROJECTION_RUNNER_TUNING, type ProjectionRunnerTuning } from './projection-runner-tuning.js';

/**
 * Owns the projection runner when it runs in this process (the embedded default, and apps/projector): starts it after
 * the stores are open, and on shutdown lets it finish its current batch so the checkpoint is saved.
 */
@Injectable()
export class ProjectionHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Projections');
  readonly runner: ProjectionRunner | null;

  constructor(
    @Inject(EVENT_STORE) eventStore: EventStore,
    @Inject(READ_STORE) readStore: ReadStore,
    @Inject(APP_CONFIG) config: AppConfig,
    @Optional() @Inject(PROJECTION_RUNNER_TUNING) tuning: ProjectionRunnerTuning | null,
  ) {
    this.runner = config.projectionsInProcess
      ? new ProjectionRunner({
          eventStore,
          readStore,
          projections: PROJECTIONS,
          ...tuning,
          onError: (error) => this.logger.error(error),
          onAdopted: (adoption) => this.adopted(adoption),
        })
      : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner?.start();
  }

  /**
   * Before, not on, application shutdown: the stores close in their own onApplicationShutdown, and the batch in hand
   * must commit (with its checkpoint) while they are still open, whatever order Nest visits the modules in.
   */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.runner) return;
    await this.runner.stop();
    const positions = this.runner.positions().map((p) => `${p.name}@${p.position}`);
    this.logger.log(`Stopped after the current batch; checkpoints saved: ${positions.join(', ')}`);
  }

  private adopted({ name, from, to, checkpoint, stale }: GenerationAdoption): void {
    const message = `${name}: reads moved from generation ${from} to ${to} (switched by another process); continuing from ${checkpoint}`;
    if (!stale) this.logger.log(message);
    // Another deployment (a newer or older version of the projection) built it: writing it with this code would mix versions.
    else this.logger.warn(`${message}, but that generation was built by another version of ${name}: not writing it`);
  }
}
