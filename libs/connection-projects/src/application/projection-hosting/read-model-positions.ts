import { Inject, Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { EVENT_STORE, type EventCount, type EventStore } from '#event-sourcing';
import { DOCUMENT_READER, type DocumentReader } from '#read-store';
import { PROJECTIONS } from '../../projections/index.js';
import { ProjectionHost } from './projection-host.js';

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

/**
 * Where the read models stand relative to the log: read-your-writes waits here, health reports it. Works whether the
 * runner is in this process or in apps/projector (then the checkpoints are read from the read store).
 */
@Injectable()
export class ReadModelPositions {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(DOCUMENT_READER) private readonly reads: DocumentReader,
    private readonly host: ProjectionHost,
  ) {}

  async waitFor(position: number, timeoutMs: number): Promise<boolean> {
    const local = this.host.local;
    if (local) return local.waitFor(position, timeoutMs);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const positions = await this.positions();
      if (positions.every((p) => p.position >= position)) return true;
      if (Date.now() >= deadline) return false;
      await sleep(Math.min(50, deadline - Date.now()));
    }
  }

  async lags(): Promise<ProjectionLag[]> {
    const positions = await this.positions();
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
