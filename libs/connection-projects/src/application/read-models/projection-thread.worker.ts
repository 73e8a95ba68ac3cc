/**
 * Entry of the projection thread (see ProjectionThread): the stores opened again on this thread, the projection
 * runner on them, and its checkpoints reported to the main thread, which answers read-your-writes from them.
 */
import 'reflect-metadata';
import { type DynamicModule, type LoggerService, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { isDeepStrictEqual } from 'node:util';
import { parentPort, workerData } from 'node:worker_threads';
import type { ProjectionPosition } from '../../../../event-sourcing/src/projection/index.js';
import { StoresModule } from '../../../../platform/src/stores.module.js';
import { ProjectionHost } from './projection-host.js';
import type { FromProjectionThread, ProjectionThreadData, ToProjectionThread } from './projection-thread.messages.js';
import { ReadModelsModule } from './read-models.module.js';

/** Checkpoints move with every batch; the main thread hears of them at most this often unless someone waits. */
const REPORT_INTERVAL_MS = 50;

const port = parentPort!;
const post = (message: FromProjectionThread) => port.postMessage(message);

/** Log lines go to the main thread's logger: one log stream (JSON in production) for the whole process. */
const forwardingLogger: LoggerService = {
  log: (message, context) => post({ type: 'log', level: 'log', context: String(context ?? 'Projections'), message: String(message) }),
  warn: (message, context) => post({ type: 'log', level: 'warn', context: String(context ?? 'Projections'), message: String(message) }),
  error: (message, context) => post({ type: 'log', level: 'error', context: String(context ?? 'Projections'), message: textOf(message) }),
};

function textOf(value: unknown): string {
  return value instanceof Error ? (value.stack ?? value.message) : String(value);
}

@Module({})
class ProjectionThreadModule {
  static forRoot({ config, tuning }: ProjectionThreadData): DynamicModule {
    const here = { ...config, projectionsInProcess: true, projectionsThread: false };
    return {
      module: ProjectionThreadModule,
      imports: [StoresModule.forRoot(here, { appends: false }), ReadModelsModule.forRoot(tuning)],
    };
  }
}

const app = await NestFactory.createApplicationContext(ProjectionThreadModule.forRoot(workerData as ProjectionThreadData), {
  logger: forwardingLogger,
  abortOnError: false,
});
const runner = app.get(ProjectionHost).runner!;
let reported: ProjectionPosition[] = runner.positions();
const report = () => {
  const positions = runner.positions();
  if (isDeepStrictEqual(positions, reported)) return;
  reported = positions;
  post({ type: 'positions', positions });
};
const reporting = setInterval(report, REPORT_INTERVAL_MS);

port.on('message', (message: ToProjectionThread) => {
  if (message.type === 'waitFor') {
    void runner.waitFor(message.position, message.timeoutMs).then(report);
  } else {
    clearInterval(reporting);
    // The batch in hand commits with its checkpoint and the leases are released before the stores close.
    void app.close().then(() => {
      post({ type: 'positions', positions: runner.positions() });
      post({ type: 'stopped' });
      port.close();
    });
  }
});
post({ type: 'started', positions: reported });
