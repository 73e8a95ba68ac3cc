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

/** Loads a project's decision state by folding its stream; version 0 means the project does not exist. */
@Injectable()
export class ProjectRepository {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(projectId: string): Promise<{ state: ProjectState; version: number; events: StoredEvent[] }> {
    const events = await this.store.readStream(projectStreamId(projectId));
    const state = foldProject(events.map(toProjectEvent));
    return { state, version: events.at(-1)?.version ?? 0, events };
  }
}
