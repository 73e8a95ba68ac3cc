import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { applyHeapGrowth, loadConfig } from '#platform';
import { ProjectionHost } from '#connection-projects';
import { shortOwner } from '#event-sourcing';
import { ProjectorModule } from './projector.module.js';
import { projectorSettings } from './projector-settings.js';

/**
 * The production projection worker: follows the event store's log and writes every read model, checkpointing each
 * batch, with the API on PROJECTIONS_IN_PROCESS=false. Run two or more: each projection is written by the holder of
 * its lease, the others stand by and take over when it is released (SIGTERM) or expires (PROJECTOR_LEASE_TTL_MS).
 * SIGTERM / SIGINT let the batch in hand commit (checkpoint included) and release the leases before the stores close;
 * a SIGKILL loses at most that batch, replayed by whoever takes the lease over.
 */
const logger = new Logger('Projector');
try {
  // The projector verifies no token: it needs no AUTH_JWT_SECRET.
  const config = { ...loadConfig(process.env, { tokens: false }), projectionsInProcess: true, projectionsThread: false };
  applyHeapGrowth(config.heapGrowthPercent);
  const settings = projectorSettings();
  const app = await NestFactory.createApplicationContext(ProjectorModule.forRoot(config, settings));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  const owner = shortOwner(app.get(ProjectionHost).leaseOwner);
  logger.log(
    `Projector ${owner} started (batch ${settings.tuning.batchSize}, lease ttl ${config.projectorLeaseTtlMs} ms, ` +
      `${config.usesDataDir ? `data in ${config.dataDir}` : 'stores on EventStoreDB and MongoDB'}); SIGTERM stops it cleanly`,
  );
} catch (error) {
  logger.error(`Projector failed to start: ${(error as Error).message}`);
  process.exit(1);
}
