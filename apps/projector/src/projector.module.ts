import { type DynamicModule, Module } from '@nestjs/common';
import { ReadModelsModule } from '#connection-projects';
import { StoresModule, type AppConfig } from '#platform';
import { PROGRESS_INTERVAL_MS, ProgressLog } from './progress-log.js';
import type { ProjectorSettings } from './projector-settings.js';

/** No HTTP: the stores, the projection runner (in this process, whatever the config says) and a progress log. */
@Module({})
export class ProjectorModule {
  static forRoot(config: AppConfig, settings: ProjectorSettings): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [
        StoresModule.forRoot({ ...config, projectionsInProcess: true, projectionsThread: false }, { appends: false }),
        ReadModelsModule.forRoot(settings.tuning),
      ],
      providers: [{ provide: PROGRESS_INTERVAL_MS, useValue: settings.progressIntervalMs }, ProgressLog],
    };
  }
}
