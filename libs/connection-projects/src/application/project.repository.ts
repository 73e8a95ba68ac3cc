import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type StoredEvent } from '../../../event-sourcing/src/index.js';
import {
  foldProject,
  projectStreamId,
  type ProjectEvent,
  type ProjectState,
} from '../domain/index.js';

/** Stored events as the domain sees them: business time is the event's own, not the server's. */
export const toProjectEvent = (event: StoredEvent): ProjectEvent =>
  ({ type: event.type, data: event.data, occurredAt: event.metadata.occurredAt }) as ProjectEvent;

export interface LoadedProject {
  state: ProjectState;
  /** 0 when the project does not exist. */
  version: number;
}

/** Folded states kept per process: the projects in flight (a command touches one project a few times in minutes). */
export const FOLDED_STATES_KEPT = 1_000;

/**
 * Loads a project's decision state by folding its stream; version 0 means the project does not exist.
 * The last folded state of recently used projects is kept, and only the events after it are read and folded: the
 * store is still asked every time (other instances append too), so the answer is always the stream's current head,
 * never a cached guess. States are immutable (`evolve` is pure), so sharing them between commands is safe.
 */
@Injectable()
export class ProjectRepository {
  private readonly folded = new Map<string, LoadedProject>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(projectId: string): Promise<LoadedProject> {
    const known = this.folded.get(projectId);
    const fromVersion = known ? known.version + 1 : 1;
    const events = await this.store.readStream(projectStreamId(projectId), { fromVersion });
    // The tail must continue the kept state exactly; anything else (never seen in an append-only stream) refolds all.
    const continues = known !== undefined && (events.length === 0 || events[0].version === fromVersion);
    const loaded: LoadedProject = continues
      ? { state: foldProject(events.map(toProjectEvent), known.state), version: events.at(-1)?.version ?? known.version }
      : known
        ? await this.loadAll(projectId)
        : { state: foldProject(events.map(toProjectEvent)), version: events.at(-1)?.version ?? 0 };
    this.remember(projectId, loaded);
    return loaded;
  }

  private async loadAll(projectId: string): Promise<LoadedProject> {
    const events = await this.store.readStream(projectStreamId(projectId));
    return { state: foldProject(events.map(toProjectEvent)), version: events.at(-1)?.version ?? 0 };
  }

  /** Least recently used first out: a Map iterates in insertion order, so a hit is moved to the end. */
  private remember(projectId: string, loaded: LoadedProject): void {
    // A project that does not exist is not kept: random ids must not evict the projects in flight.
    if (loaded.version === 0) return;
    this.folded.delete(projectId);
    this.folded.set(projectId, loaded);
    if (this.folded.size > FOLDED_STATES_KEPT) this.folded.delete(this.folded.keys().next().value!);
  }
}
