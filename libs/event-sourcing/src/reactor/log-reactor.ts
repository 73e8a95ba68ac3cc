import { LeaseLostError, type LeaseStore, type ProjectionStore } from '#read-store';
import type { StoredEvent } from '../event.js';
import type { EventStore } from '../event-store.port.js';
import { IdleWait } from '../projection/idle-wait.js';
import { PositionWaiters } from '../projection/position-waiters.js';
import { ProjectionLeases, type ProjectionLeaseOptions } from '../projection/projection-leases.js';
import { ReactorCheckpoint } from './reactor-checkpoint.js';

/**
 * Reacts to one event of the log; resolves with the log position of the last event the reaction wrote, or of the
 * event an earlier attempt already wrote for it (0: none). Throwing stops the reactor on this event: it is tried again,
 * with backoff, until it succeeds. A reaction must therefore be safe to repeat: it decides from the streams it writes
 * whether its work is already done, since a crash between its write and the checkpoint repeats it.
 */
export type Reaction = (event: StoredEvent) => Promise<number>;

export interface LogReactorOptions {
  /** Its checkpoint's and its lease's name in the read store, beside the projections' (never part of their rebuilds). */
  name: string;
  eventStore: EventStore;
  readStore: ProjectionStore & LeaseStore;
  react: Reaction;
  /** Events read from the log at a time. */
  batchSize?: number;
  /** How long an idle reactor waits before reading the log again (wake() and waitFor() cut it short). */
  pollIntervalMs?: number;
  /** Failures are retried with backoff; this hears about each one. */
  onError?: (error: unknown) => void;
  /** With a lease, only its holder reacts (one active reactor among several processes, the others standing by). */
  lease?: ProjectionLeaseOptions;
}

export interface ReactorPosition {
  name: string;
  /** The last log position handled: every event up to it has been reacted to. */
  position: number;
  /** Log position of the last event its reactions wrote (0: none yet): what a reader of their effects waits for. */
  appendedThrough: number;
}

const MAX_BACKOFF_MS = 5000;

/**
 * A process manager's engine, the write-side sibling of the projection runner: follows the global log from its own
 * checkpoint, under its own lease, and hands each event to a reaction that issues commands. The checkpoint is saved
 * after the reactions it covers, never before: a crash repeats reactions (which recognise their own work), never skips
 * one. It has no generations: replaying the log from 0 would only find everything done, so nothing rebuilds it.
 */
export class LogReactor {
  private readonly checkpoint: ReactorCheckpoint;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly onError: (error: unknown) => void;
  private readonly leases: ProjectionLeases | null;
  private readonly waiters = new PositionWaiters((position) => this.handled >= position);
  private readonly idle = new IdleWait();
  /** Handled in this process (may run ahead of the saved checkpoint until the next save). */
  private handled = 0;
  private appended = 0;
  private loop: Promise<void> | null = null;
  private stopping = false;

  constructor(private readonly options: LogReactorOptions) {
    this.checkpoint = new ReactorCheckpoint(options.readStore, options.name);
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.onError = options.onError ?? ((error) => console.error(`Reactor ${options.name} error`, error));
    this.leases = options.lease ? new ProjectionLeases(options.readStore, [options.name], options.lease, { onError: this.onError }) : null;
  }

  async start(): Promise<void> {
    if (this.loop) return;
    this.stopping = false;
    await this.checkpoint.register();
    await this.catchUpWithStore();
    if (this.leases) await this.leases.start();
    this.loop = this.follow();
  }

  /** Finishes the reaction in hand and saves the checkpoint, then releases the lease. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.loop;
    if (this.leases) await this.leases.stop();
    this.loop = null;
  }

  position(): ReactorPosition {
    return { name: this.options.name, position: this.handled, appendedThrough: this.appended };
  }

  /** True once every event up to `position` has been reacted to, false after the timeout. */
  waitFor(position: number, timeoutMs: number): Promise<boolean> {
    if (this.handled >= position) return Promise.resolve(true);
    const reached = this.waiters.wait(position, timeoutMs);
    this.wake();
    return reached;
  }

  wake(): void {
    this.idle.wake();
  }

  private async follow(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      let progressed = false;
      try {
        progressed = await this.step();
        failures = 0;
      } catch (error) {
        if (error instanceof LeaseLostError) {
          this.leases?.lost(error.lease);
          continue;
        }
        failures += 1;
        this.onError(error);
      }
      if (progressed || this.stopping) continue;
      await this.idle.sleep(failures ? Math.min(this.pollIntervalMs * 2 ** failures, MAX_BACKOFF_MS) : this.pollIntervalMs);
    }
  }

  /** One batch of the log, each event reacted to in order; the checkpoint saved after each write and at the end. */
  private async step(): Promise<boolean> {
    await this.catchUpWithStore();
    if (this.leases && !this.leases.holds(this.options.name)) return false;
    const events = await this.options.eventStore.readAll({ after: this.handled, limit: this.batchSize });
    if (events.length === 0) return false;
    const fence = this.leases?.fence(this.options.name);
    try {
      for (const event of events) {
        if (this.stopping) break;
        const appended = await this.options.react(event);
        this.handled = event.position;
        this.appended = Math.max(this.appended, appended);
        // What was written is saved at once: a crash afterwards need not even look at this event again.
        if (appended > 0) await this.save(fence);
        this.waiters.settle();
      }
    } finally {
      await this.save(fence);
    }
    return true;
  }

  private async save(fence: Parameters<ReactorCheckpoint['save']>[1]): Promise<void> {
    await this.checkpoint.save({ position: this.handled, appendedThrough: this.appended }, fence);
  }

  /** Another holder of the lease may have moved on while this one stood by: continue from what it saved. */
  private async catchUpWithStore(): Promise<void> {
    const saved = await this.checkpoint.load();
    this.handled = Math.max(this.handled, saved.position);
    this.appended = Math.max(this.appended, saved.appendedThrough);
    this.waiters.settle();
  }
}
