import {
  type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap, Optional,
} from '@nestjs/common';
import {
  EVENT_STORE,
  newLeaseOwner,
  type EventStore,
  type ProjectionPosition,
  type ProjectionRunner,
} from '#event-sourcing';
import { READ_STORE, type ReadStore } from '#read-store';
import { APP_CONFIG, type AppConfig } from '#platform';
import { projectionRunnerFor, stopRunner } from './projection-runner-factory.js';
import { PROJECTION_RUNNER_TUNING, type ProjectionRunnerTuning } from './projection-runner-tuning.js';
import { ProjectionThread } from './projection-thread.js';
import { supplyAccountsRunFor, type SupplyAccountsRun, type SupplyAccountsStanding } from './supply-accounts-run.js';

/** Where the read models stand, from a runner in this process (on this thread or its own one). */
export interface LocalProjections {
  positions(): ProjectionPosition[];
  waitFor(position: number, timeoutMs: number): Promise<boolean>;
  /** The supply-accounts process manager, which runs wherever the projections run. */
  supplyAccounts(): SupplyAccountsStanding;
  waitForSupplyAccounts(position: number, timeoutMs: number): Promise<boolean>;
}

/**
 * Owns the projection runner when it runs in this process (the embedded default, and apps/projector): starts it after
 * the stores are open, and on shutdown lets it finish its current batch so the checkpoint is saved and its leases are
 * released. Each projection is written only by the process holding its lease in the read store: start two
 * projectors (or several APIs with in-process projections) and one writes while the others stand by.
 * In the API the runner gets a worker thread of its own (PROJECTIONS_THREAD, see ProjectionThread). The supply-accounts
 * process manager runs beside the runner, wherever it runs, under its own lease.
 */
@Injectable()
export class ProjectionHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Projections');
  /** The runner, when it runs on this thread. */
  readonly runner: ProjectionRunner | null;
  /** The supply-accounts process manager, when it runs on this thread (with the runner). */
  private readonly supply: SupplyAccountsRun | null;
  /** The runner on a thread of its own, once started. */
  private thread: ProjectionThread | null = null;
  /** This process's name on the projection leases. */
  readonly leaseOwner = newLeaseOwner();

  constructor(
    @Inject(EVENT_STORE) eventStore: EventStore,
    @Inject(READ_STORE) readStore: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(PROJECTION_RUNNER_TUNING) private readonly tuning: ProjectionRunnerTuning | null,
  ) {
    const here = config.projectionsInProcess && !config.projectionsThread;
    const setting = { eventStore, readStore, config, tuning: tuning ?? {}, leaseOwner: this.leaseOwner };
    this.runner = here ? projectionRunnerFor({ ...setting, log: this.logger }) : null;
    this.supply = here ? supplyAccountsRunFor({ ...setting, log: new Logger('SupplyAccounts') }) : null;
  }

  /** The runner of this process, wherever it runs; null when apps/projector runs it. */
  get local(): LocalProjections | null {
    if (this.thread) return this.thread;
    const { runner, supply } = this;
    if (!runner || !supply) return null;
    return {
      positions: () => runner.positions(),
      waitFor: (position, timeoutMs) => runner.waitFor(position, timeoutMs),
      supplyAccounts: () => supply.standing(),
      waitForSupplyAccounts: (position, timeoutMs) => supply.reactor.waitFor(position, timeoutMs),
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.projectionsInProcess && this.config.projectionsThread) {
      this.thread = await ProjectionThread.start({ config: this.config, tuning: this.tuning ?? {} });
    }
    await this.runner?.start();
    await this.supply?.reactor.start();
  }

  /**
   * Before, not on, application shutdown: the stores close in their own onApplicationShutdown, and the batch in hand
   * must commit (with its checkpoint) while they are still open, whatever order Nest visits the modules in.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.thread?.stop();
    await this.supply?.reactor.stop();
    if (this.runner) await stopRunner(this.runner, this.logger);
  }
}
