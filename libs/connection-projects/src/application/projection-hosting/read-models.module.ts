import { type DynamicModule, Module } from '@nestjs/common';
import { ProjectionHost } from './projection-host.js';
import { PROJECTION_RUNNER_TUNING, type ProjectionRunnerTuning } from './projection-runner-tuning.js';
import { ReadModelPositions } from './read-model-positions.js';

/** The projection runner's host and the read models' positions; needs StoresModule (global) for the stores. */
@Module({
  providers: [ProjectionHost, ReadModelPositions],
  exports: [ProjectionHost, ReadModelPositions],
})
export class ReadModelsModule {
  /** For a process that tunes the runner (apps/projector); import it instead of the plain module, never beside it. */
  static forRoot(tuning: ProjectionRunnerTuning): DynamicModule {
    return { module: ReadModelsModule, providers: [{ provide: PROJECTION_RUNNER_TUNING, useValue: tuning }] };
  }
}
