import { Inject, Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { EVENT_STORE, type EventStore } from '#event-sourcing';
import { DOCUMENT_READER, type DocumentReader } from '#read-store';
import { PROJECTIONS } from '../../projections/index.js';
import { ProjectionHost } from './projection-host.js';

export interface ProjectionLag {
  name: string;
  position: number;
  lag: number;
}

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
    const [head, positions] = await Promise.all([this.events.headPosition(), this.positions()]);
    return positions.map((p) => ({ ...p, lag: Math.max(0, head - p.position) }));
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
