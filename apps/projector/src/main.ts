import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../../../libs/platform/src/index.js';
import { ProjectorModule } from './projector.module.js';
import { projectorSettings } from './projector-settings.js';

/**
 * The production projection worker: follows the event store's log and writes every read model, checkpointing each
 * batch. Run one per deployment, with the API on PROJECTIONS_IN_PROCESS=false. SIGTERM / SIGINT let the batch in
 * hand commit (checkpoint included) before the stores close; a SIGKILL loses at most that batch, replayed on start.
 */
const logger = new Logger('Projector');
try {
  const config = { ...loadConfig(), projectionsInProcess: true };
  const settings = projectorSettings();
  const app = await NestFactory.createApplicationContext(ProjectorModule.forRoot(config, settings));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  logger.log(`Projector started (batch ${settings.tuning.batchSize}, data in ${config.dataDir}); SIGTERM stops it cleanly`);
} catch (error) {
  logger.error(`Projector failed to start: ${(error as Error).message}`);
  process.exit(1);
}
