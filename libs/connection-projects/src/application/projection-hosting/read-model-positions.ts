import { Inject, Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { EVENT_STORE, readReactorProgress, type EventCount, type EventStore } from '#event-sourcing';
import { DOCUMENT_READER, type DocumentReader } from '#read-store';
import { PROJECTIONS } from '../../projections/index.js';
import { SUPPLY_ACCOUNTS } from '../supply-accounts/supply-accounts.manager.js';
import { ProjectionHost } from './projection-host.js';
import type { SupplyAccountsStanding } from './supply-accounts-run.js';

export interface ProjectionLag {
  name: string;
  position: number;
  /** Events after the checkpoint, counted up to LAG_CAP. */
  lag: number;
  /** More than LAG_CAP events are behind: `lag` is the cap. */
  lagCapped: boolean;
}

/**
 * Lag is counted, not subtracted: on EventStoreDB positions are byte offsets in the log, not event numbers. The cap keeps
 * a health check or a metrics scrape cheap however far behind a projection is (at most this many events are read).
 */
export const LAG_CAP = 10_000;

/** How often a wait on another process's checkpoints (apps/projector) reads them again. */
const POLL_MS = 50;

/**
 * Where the read models (and the supply-accounts process manager, which runs beside them) stand relative to the log:
 * read-your-writes waits here, health reports it. Works whether the runner is in this process or in apps/projector
 * (then the checkpoints are read from the read store).
 */
@Injectable()
export class ReadModelPositions {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(DOCUMENT_READER) private readonly reads: DocumentReader,
    private readonly host: ProjectionHost,
  ) {}

  /** True once every projection has applied the log up to `position`, false after the timeout. */
  async waitFor(position: number, timeoutMs: number): Promise<boolean> {
    const local = this.host.local;
    if (local) return local.waitFor(position, timeoutMs);
    return pollUntil(async () => (await this.positions()).every((p) => p.position >= position), timeoutMs);
  }

  /** True once the supply-accounts process manager has handled the log up to `position`, false after the timeout. */
  async waitForSupplyAccounts(position: number, timeoutMs: number): Promise<boolean> {
    const local = this.host.local;
    if (local) return local.waitForSupplyAccounts(position, timeoutMs);
    return pollUntil(async () => (await this.supplyAccounts()).position >= position, timeoutMs);
  }

  /**
   * Read-your-writes of account reads (SPEC §7.1): the process manager has handled the log up to `position`, and the
   * projections have applied it and whatever the manager wrote meanwhile (an energization at N opens its account at a
   * later position), so a client that energized a project at N reads its account.
   */
  async waitForAccounts(position: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    if (!(await this.waitForSupplyAccounts(position, timeoutMs))) return false;
    const { appendedThrough } = await this.supplyAccounts();
    return this.waitFor(Math.max(position, appendedThrough), Math.max(0, deadline - Date.now()));
  }

  /** The process manager's position, its last write, and (where it runs in this process) its refusals. */
  async supplyAccounts(): Promise<SupplyAccountsStanding> {
    const local = this.host.local;
    if (local) return local.supplyAccounts();
    return { name: SUPPLY_ACCOUNTS, ...(await readReactorProgress(this.reads, SUPPLY_ACCOUNTS)) };
  }

  /** Every projection's lag, then the process manager's (health and metrics name it like a projection). */
  async lags(): Promise<ProjectionLag[]> {
    const { name, position } = await this.supplyAccounts();
    const positions = [...(await this.positions()), { name, position }];
    // Projections usually stand at the same checkpoint: one count each distinct one.
    const counts = new Map<number, EventCount>();
    for (const { position } of positions) {
      if (!counts.has(position)) counts.set(position, await this.events.countAfter(position, LAG_CAP));
    }
    return positions.map((p) => ({ ...p, lag: counts.get(p.position)!.count, lagCapped: counts.get(p.position)!.capped }));
  }

  private async positions(): Promise<{ name: string; position: number }[]> {
    const local = this.host.local;
    if (local) return local.positions();
    return Promise.all(
      PROJECTIONS.map(async ({ name }) => {
        const state = await this.reads.projectionState(name);
        const live = state?.generations.find((g) => g.generation === state.liveGeneration);
        return { name, position: live?.checkpoint ?? 0 };
      }),
    );
  }
}

/** Polls `reached` until it holds (true) or the timeout passes (false). */
async function pollUntil(reached: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await reached()) return true;
    if (Date.now() >= deadline) return false;
    await sleep(Math.min(POLL_MS, deadline - Date.now()));
  }
}
