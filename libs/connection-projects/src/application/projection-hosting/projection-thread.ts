import { Logger } from '@nestjs/common';
import { once } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { PositionWaiters, type ProjectionPosition } from '#event-sourcing';
import { startWorker } from '#threads';
import type { FromProjectionThread, ProjectionThreadData, ToProjectionThread } from './projection-thread.messages.js';
import { SUPPLY_ACCOUNTS } from '../supply-accounts/supply-accounts.manager.js';
import type { SupplyAccountsStanding } from './supply-accounts-run.js';

/** A stop waits this long for the batch in hand to commit before the thread is terminated (it resumes from its checkpoint). */
const STOP_TIMEOUT_MS = 10_000;
const RESTART_DELAY_MS = 1_000;
const PROJECTION_THREAD_YOUNG_GENERATION_MB = 16;

/**
 * The projection runner on a worker thread of this process, with its own connections to the stores. Projection
 * batches then use the second core instead of pausing the event loop that answers commands and queries: the runner
 * is the same, its checkpoints (and the supply-accounts process manager's, which runs beside it) are reported here,
 * and read-your-writes waits on them. A thread that dies is started
 * again (it resumes from its checkpoints, exactly as after a crash).
 */
export class ProjectionThread {
  private readonly logger = new Logger('Projections');
  private worker: Worker | null = null;
  private current: ProjectionPosition[] = [];
  private readonly waiters = new PositionWaiters((position) => this.reached(position));
  private supply: SupplyAccountsStanding = { name: SUPPLY_ACCOUNTS, position: 0, appendedThrough: 0, refusals: 0 };
  private readonly supplyWaiters = new PositionWaiters((position) => this.supply.position >= position);
  private stopping = false;

  private constructor(private readonly data: ProjectionThreadData) {}

  /** Resolves once the runner on the thread has registered the projections and started following the log. */
  static async start(data: ProjectionThreadData): Promise<ProjectionThread> {
    const thread = new ProjectionThread(data);
    await thread.spawn();
    return thread;
  }

  positions(): ProjectionPosition[] {
    return this.current;
  }

  waitFor(position: number, timeoutMs: number): Promise<boolean> {
    if (this.reached(position)) return Promise.resolve(true);
    this.send({ type: 'waitFor', position, timeoutMs, of: 'projections' });
    return this.waiters.wait(position, timeoutMs);
  }

  supplyAccounts(): SupplyAccountsStanding {
    return this.supply;
  }

  waitForSupplyAccounts(position: number, timeoutMs: number): Promise<boolean> {
    if (this.supply.position >= position) return Promise.resolve(true);
    this.send({ type: 'waitFor', position, timeoutMs, of: 'supply-accounts' });
    return this.supplyWaiters.wait(position, timeoutMs);
  }

  /** Lets the thread finish its batch (checkpoint saved, leases released) and close its stores. */
  async stop(): Promise<void> {
    this.stopping = true;
    const worker = this.worker;
    if (!worker) return;
    const exited = once(worker, 'exit');
    this.send({ type: 'stop' });
    const timer = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }

  private spawn(): Promise<void> {
    const worker = startWorker('projection-thread.worker', import.meta.url, {
      workerData: this.data,
      name: 'projections',
      // Batches allocate in bursts; a small young generation keeps the thread's share of the process's memory small.
      resourceLimits: { maxYoungGenerationSizeMb: PROJECTION_THREAD_YOUNG_GENERATION_MB },
    });
    this.worker = worker;
    return new Promise((resolve, reject) => {
      let started = false;
      worker.on('message', (message: FromProjectionThread) => {
        if (message.type === 'started') {
          started = true;
          resolve();
        }
        this.receive(message);
      });
      worker.on('error', (error) => {
        if (!started) reject(error);
        else this.logger.error(`The projection thread failed: ${error.stack ?? error.message}`);
      });
      worker.on('exit', (code) => {
        this.worker = null;
        if (!started) return reject(new Error(`The projection thread exited with code ${code} before starting`));
        if (this.stopping) return;
        this.logger.warn(`The projection thread stopped (exit code ${code}); starting it again in ${RESTART_DELAY_MS} ms`);
        setTimeout(() => this.restart(), RESTART_DELAY_MS).unref();
      });
    });
  }

  private restart(): void {
    if (this.stopping) return;
    this.spawn().catch((error: Error) => {
      this.logger.error(`The projection thread could not start again: ${error.message}`);
      setTimeout(() => this.restart(), RESTART_DELAY_MS).unref();
    });
  }

  private receive(message: FromProjectionThread): void {
    if (message.type === 'log') this.logger[message.level](message.message, message.context);
    else if (message.type === 'started' || message.type === 'positions') {
      this.current = message.positions;
      this.supply = message.supplyAccounts;
      this.waiters.settle();
      this.supplyWaiters.settle();
    }
  }

  private send(message: ToProjectionThread): void {
    this.worker?.postMessage(message);
  }

  private reached(position: number): boolean {
    return this.current.length > 0 && this.current.every((p) => p.position >= position);
  }
}
