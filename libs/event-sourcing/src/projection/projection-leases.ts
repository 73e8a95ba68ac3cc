import { performance } from 'node:perf_hooks';
import type { LeaseFence, LeaseStore } from '#read-store';
import { isGoneFromThisMachine } from './lease-owner.js';

export interface ProjectionLeaseOptions {
  /** This runner's identity among the projectors (see newLeaseOwner). */
  owner: string;
  /** How long a lease lasts unless renewed; every lease is tried every third of it, at most a second apart. */
  ttlMs: number;
  /** Hears when this runner starts or stops being the writer of a projection. */
  onChange?: (change: LeaseChange) => void;
}

/**
 * A standby retries at least this often, so that a lease released on shutdown is taken over within about a second
 * whatever the ttl (the holder's renewals ride the same timer: a cheap write per projection per second).
 */
const MAX_RETRY_MS = 1000;

export interface LeaseChange {
  name: string;
  /**
   * acquired: this runner now writes the projection; standby: another owner holds it; lost: it was held and is not any
   * more (taken over after this runner failed to renew, or a fenced commit was refused); released: given up on stop.
   */
  status: 'acquired' | 'standby' | 'lost' | 'released';
  /** The other owner, when known (standby, lost), or the gone owner whose lease was broken (acquired). */
  other?: string;
}

export interface LeaseKeeperDeps {
  onError: (error: unknown) => void;
  /** Monotonic milliseconds; inject in tests. */
  clock?: () => number;
  isGone?: (owner: string) => boolean;
}

/**
 * Holds, renews and releases the leases of a runner's projections. A lease counts as held here only for two thirds
 * of its ttl after the request that took it was sent, while the store gives it to a standby only after the whole
 * ttl: the last third is the margin for a paused process and for clock rate drift, on top of the fenced commits.
 */
export class ProjectionLeases {
  /** Projection name → local deadline (clock()) until which this runner may write it. */
  private readonly held = new Map<string, number>();
  private readonly reported = new Map<string, LeaseChange['status']>();
  private readonly clock: () => number;
  private readonly isGone: (owner: string) => boolean;
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<void> | null = null;

  constructor(
    private readonly store: LeaseStore,
    private readonly names: string[],
    private readonly options: ProjectionLeaseOptions,
    private readonly deps: LeaseKeeperDeps,
  ) {
    this.clock = deps.clock ?? (() => performance.now());
    this.isGone = deps.isGone ?? isGoneFromThisMachine;
  }

  /** Tries every lease once (so the runner knows what it may write), then keeps trying every ttl/3 (≤ 1 s). */
  async start(): Promise<void> {
    await this.renew();
    const every = Math.max(1, Math.min(MAX_RETRY_MS, Math.floor(this.options.ttlMs / 3)));
    // unref: the runner's own loop keeps a process alive, a forgotten stop() should not.
    this.timer ??= setInterval(() => void this.renew(), every).unref();
  }

  holds(name: string): boolean {
    const deadline = this.held.get(name);
    if (deadline === undefined) return false;
    if (this.clock() < deadline) return true;
    this.lost(name);
    return false;
  }

  fence(name: string): LeaseFence {
    return { lease: name, owner: this.options.owner };
  }

  /** A fenced commit was refused, or the local deadline passed: stop writing until a renewal takes it again. */
  lost(name: string, other?: string): void {
    if (this.held.delete(name)) this.report({ name, status: 'lost', other });
  }

  /** One round over every lease; a round already under way is joined, not doubled. */
  renew(): Promise<void> {
    this.round ??= this.renewAll().finally(() => (this.round = null));
    return this.round;
  }

  /** Stops renewing and releases what is held, so a standby takes over on its next try instead of after the ttl. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.round;
    for (const name of [...this.held.keys()]) {
      this.held.delete(name);
      try {
        await this.store.releaseLease(name, this.options.owner);
        this.report({ name, status: 'released' });
      } catch (error) {
        this.deps.onError(error); // it expires by itself
      }
    }
  }

  private async renewAll(): Promise<void> {
    for (const name of this.names) {
      try {
        await this.renewOne(name);
      } catch (error) {
        // Keep the local deadline: it runs out by itself (reported as lost) if the store stays unreachable.
        this.deps.onError(error);
        this.holds(name);
      }
    }
  }

  private async renewOne(name: string): Promise<void> {
    const { owner, ttlMs } = this.options;
    const sentAt = this.clock();
    if (await this.store.acquireLease(name, owner, ttlMs)) return this.took(name, sentAt);
    const holder = await this.store.leaseHolder(name);
    if (holder && this.isGone(holder.owner)) {
      // Its process is gone from this machine: waiting out its ttl would only delay the read models.
      await this.store.releaseLease(name, holder.owner);
      const retriedAt = this.clock();
      if (await this.store.acquireLease(name, owner, ttlMs)) return this.took(name, retriedAt, holder.owner);
    }
    const other = holder?.owner;
    if (this.held.has(name)) this.lost(name, other);
    else this.report({ name, status: 'standby', other });
  }

  private took(name: string, sentAt: number, gone?: string): void {
    this.held.set(name, sentAt + (this.options.ttlMs * 2) / 3);
    this.report({ name, status: 'acquired', ...(gone ? { other: gone } : {}) });
  }

  /** Each change once: a renewal or a standby's every retry says nothing new. */
  private report(change: LeaseChange): void {
    if (this.reported.get(change.name) === change.status) return;
    this.reported.set(change.name, change.status);
    this.options.onChange?.(change);
  }
}
