import type { EventStore } from '../event-store.port.js';
import { LeaseLostError, type LeaseStore, type ProjectionStore } from '#read-store';
import type { AnyProjection } from './projection.js';
import { applyBatch, type Track } from './project-batch.js';
import { dropOrphan, refreshTrack, type GenerationAdoption, type LiveTrack } from './generation-adoption.js';
import { ProjectionLeases, type ProjectionLeaseOptions } from './projection-leases.js';
import { IdleWait } from './idle-wait.js';
import { PositionWaiters } from './position-waiters.js';
import {
  RebuildStoppedError, rebuildProjections, type RebuildProgressListener, type RebuildResult,
} from './projection-rebuild.js';

export interface ProjectionRunnerOptions {
  eventStore: EventStore;
  readStore: ProjectionStore & LeaseStore;
  projections: AnyProjection[];
  /** Events read from the log per batch, and committed per projection in one write. */
  batchSize?: number;
  /**
   * Events read and committed per batch while rebuilding a generation nobody reads yet. Larger than the live batch:
   * a document touched by many events of the batch is read and written once, and each commit costs a transaction.
   * Default 5,000 (measured on the benchmark history, commits on a writer thread: 3.9 s and ≈ 390 MB peak, against
   * 4.4 s and ≈ 530 MB at 10,000, whose larger commits keep the writer busy longer after the last fold);
   * `batchSize` when only that is given.
   */
  rebuildBatchSize?: number;
  /** How long an idle runner waits before reading the log again (wake() and waitFor() cut it short). */
  pollIntervalMs?: number;
  /** Milliseconds clock for rebuild rates; inject in tests. */
  now?: () => number;
  /** Errors are retried with backoff; this hears about each one. */
  onError?: (error: unknown) => void;
  /** Hears when this runner follows a generation switch made elsewhere (e.g. a rebuild run from the CLI). */
  onAdopted?: (adoption: GenerationAdoption) => void;
  /**
   * With a lease, this runner writes a projection only while it holds that projection's lease (one active writer
   * among several processes, the others standing by); without, it writes unconditionally (one process, tests, CLI).
   */
  lease?: ProjectionLeaseOptions;
}

export interface ProjectionPosition {
  name: string;
  position: number;
}

const MAX_BACKOFF_MS = 5000;
/** How often a runner that writes nothing itself looks at the checkpoints while someone waits for a position. */
const STANDBY_WAIT_POLL_MS = 50;

/**
 * Drives projections from the global log into the read store. All live projections share one read of the log;
 * each commits its documents with its checkpoint, so after a crash it resumes where its last commit ended.
 */
export class ProjectionRunner {
  private readonly eventStore: EventStore;
  private readonly readStore: ProjectionStore & LeaseStore;
  private readonly projections: Map<string, AnyProjection>;
  private readonly batchSize: number;
  private readonly rebuildBatchSize: number;
  private readonly pollIntervalMs: number;
  private readonly now: () => number;
  private readonly onError: (error: unknown) => void;
  private readonly onAdopted: (adoption: GenerationAdoption) => void;
  /** The live generation of each projection. */
  private readonly tracks = new Map<string, LiveTrack>();
  private readonly waiters = new PositionWaiters((position) => this.reached(position));
  private readonly idle = new IdleWait();
  private readonly background = new Set<Promise<unknown>>();
  private readonly rebuilding = new Set<string>();
  private readonly leases: ProjectionLeases | null;
  /** Stale projections whose rebuild this run has started (once each, by the lease holder). */
  private readonly staleRebuilds = new Set<string>();
  private loop: Promise<void> | null = null;
  private stopping = false;
  private lock: Promise<unknown> = Promise.resolve();

  constructor(options: ProjectionRunnerOptions) {
    this.eventStore = options.eventStore;
    this.readStore = options.readStore;
    this.projections = new Map(options.projections.map((p) => [p.name, p]));
    if (this.projections.size !== options.projections.length) throw new Error('Projection names must be unique');
    this.batchSize = options.batchSize ?? 500;
    this.rebuildBatchSize = options.rebuildBatchSize ?? options.batchSize ?? 5_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.now = options.now ?? Date.now;
    this.onError = options.onError ?? ((error) => console.error('Projection runner error', error));
    this.onAdopted = options.onAdopted ?? (() => undefined);
    this.leases = options.lease
      ? new ProjectionLeases(this.readStore, [...this.projections.keys()], options.lease, { onError: this.onError })
      : null;
  }

  /**
   * Registers the projections, tries their leases (if any) and starts following the log. A projection whose version
   * differs from its live generation's is rebuilt in the background by its lease holder; until it switches, its reads
   * stay on the old generation, frozen.
   */
  async start(): Promise<void> {
    if (this.loop) return;
    this.stopping = false;
    for (const projection of this.projections.values()) {
      if (projection.indexes?.length) await this.readStore.ensureIndexes(projection.collection, projection.indexes);
      const state = await this.readStore.registerProjection(projection);
      const live = state.generations.find((g) => g.generation === state.liveGeneration)!;
      const stale = live.version !== projection.version;
      this.tracks.set(projection.name, { projection, generation: live.generation, checkpoint: live.checkpoint, stale });
    }
    if (this.leases) await this.leases.start();
    this.rebuildStale();
    this.loop = this.follow();
  }

  /** Finishes the batch in hand, stops following, stops rebuilds between two batches, then releases its leases. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.loop;
    await Promise.allSettled([...this.background]);
    // After the last commit: a standby may take over at once.
    if (this.leases) await this.leases.stop();
    this.loop = null;
  }

  positions(): ProjectionPosition[] {
    return [...this.tracks.values()].map((t) => ({ name: t.projection.name, position: t.checkpoint }));
  }

  /** Read-your-writes: true once every projection has applied the log up to `position`, false after the timeout. */
  waitFor(position: number, timeoutMs: number): Promise<boolean> {
    if (this.reached(position)) return Promise.resolve(true);
    const reached = this.waiters.wait(position, timeoutMs);
    this.wake();
    return reached;
  }

  /** Reads the log now instead of at the next poll (e.g. right after an append in this process). */
  wake(): void {
    this.idle.wake();
  }

  /** Builds `name` again from position 0 beside the live generation, then switches reads and drops the old one. */
  async rebuild(name: string, onProgress?: RebuildProgressListener): Promise<RebuildResult> {
    const [result] = await this.rebuildMany([name], onProgress);
    return result;
  }

  /**
   * Rebuilds every projection (or those named) in one pass over the log, as `rebuild` does each: the log is read and
   * parsed once for all of them. Progress reports the slowest of them.
   */
  rebuildAll(names: string[] = [...this.projections.keys()], onProgress?: RebuildProgressListener): Promise<RebuildResult[]> {
    return this.rebuildMany(names, onProgress);
  }

  private async rebuildMany(names: string[], onProgress?: RebuildProgressListener): Promise<RebuildResult[]> {
    const projections = names.map((name) => {
      const projection = this.projections.get(name);
      if (!projection) throw new Error(`Unknown projection ${name}`);
      if (this.rebuilding.has(name)) throw new Error(`Projection ${name} is already being rebuilt`);
      return projection;
    });
    for (const name of names) this.rebuilding.add(name);
    try {
      const context = {
        eventStore: this.eventStore,
        readStore: this.readStore,
        batchSize: this.rebuildBatchSize,
        now: this.now,
        stopping: () => this.stopping,
        exclusive: <T>(work: () => Promise<T>) => this.exclusive(work),
        switched: (track: Track) => {
          const { name } = track.projection;
          if (this.tracks.has(name)) this.tracks.set(name, { ...track, stale: false });
          this.settleWaiters();
        },
      };
      return await rebuildProjections(context, projections, onProgress);
    } finally {
      for (const name of names) this.rebuilding.delete(name);
    }
  }

  private async follow(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      let progressed = false;
      try {
        progressed = await this.exclusive(() => this.step());
        failures = 0;
      } catch (error) {
        // Another process holds the lease now (this one failed to renew in time): stand by, not a fault.
        if (error instanceof LeaseLostError) {
          this.leases?.lost(error.lease);
          continue;
        }
        // A commit into a generation another process just dropped fails: that is a switch to follow, not a fault.
        if (await this.adoptAfterFailure()) continue;
        failures += 1;
        this.onError(error);
      }
      if (progressed || this.stopping) continue;
      await this.idle.sleep(failures ? Math.min(this.pollIntervalMs * 2 ** failures, MAX_BACKOFF_MS) : this.idleWait());
    }
  }

  /** One shared read of the log, applied to every live track that has not seen it yet. */
  private async step(): Promise<boolean> {
    await this.refresh();
    this.rebuildStale();
    const active = [...this.tracks.values()].filter((t) => !t.stale && this.mayWrite(t.projection.name));
    if (active.length === 0) return false;
    const after = Math.min(...active.map((t) => t.checkpoint));
    const events = await this.eventStore.readAll({ after, limit: this.batchSize });
    if (events.length === 0) return false;
    for (const track of active) {
      track.checkpoint = await applyBatch(this.readStore, track, events, this.leases?.fence(track.projection.name));
      this.settleWaiters();
    }
    return true;
  }

  private mayWrite(name: string): boolean {
    return !this.leases || this.leases.holds(name);
  }

  /** A projection whose live generation another version built is rebuilt by its writer, once per run. */
  private rebuildStale(): void {
    for (const { projection, stale } of this.tracks.values()) {
      if (!stale || this.staleRebuilds.has(projection.name) || !this.mayWrite(projection.name)) continue;
      this.staleRebuilds.add(projection.name);
      this.inBackground(this.rebuild(projection.name));
    }
  }

  /** A standby sees progress only through the checkpoints others commit: look often while someone waits for one. */
  private idleWait(): number {
    const standing = this.waiters.size > 0 && [...this.tracks.keys()].some((name) => !this.mayWrite(name));
    return standing ? Math.min(this.pollIntervalMs, STANDBY_WAIT_POLL_MS) : this.pollIntervalMs;
  }

  /**
   * Other processes share the registry: one registry read per projection per batch picks up their switches before
   * this runner writes again. Returns the generation changes it adopted.
   */
  private async refresh(): Promise<GenerationAdoption[]> {
    const adoptions: GenerationAdoption[] = [];
    for (const track of this.tracks.values()) {
      const adoption = await refreshTrack(this.readStore, track);
      if (!adoption) continue;
      adoptions.push(adoption);
      this.onAdopted(adoption);
    }
    this.settleWaiters();
    return adoptions;
  }

  /** True when the failure was a generation switched under this runner, now adopted. */
  private async adoptAfterFailure(): Promise<boolean> {
    let adoptions: GenerationAdoption[];
    try {
      adoptions = await this.exclusive(() => this.refresh());
    } catch {
      return false;
    }
    for (const adoption of adoptions.filter((a) => a.previousDropped)) {
      // Housekeeping only: a failure leaves an unread leftover, never a wrong read model.
      await dropOrphan(this.readStore, adoption).catch((error) => this.onError(error));
    }
    return adoptions.length > 0;
  }

  private reached(position: number): boolean {
    return [...this.tracks.values()].every((t) => t.checkpoint >= position);
  }

  private settleWaiters(): void {
    this.waiters.settle();
  }

  /** Live batches and the switch of a rebuild take turns, never overlap. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.lock.then(work);
    this.lock = result.catch(() => undefined);
    return result;
  }

  private inBackground(work: Promise<unknown>): void {
    const tracked = work.catch((error) => {
      if (!(error instanceof RebuildStoppedError)) this.onError(error);
    });
    this.background.add(tracked);
    void tracked.finally(() => this.background.delete(tracked));
  }
}
