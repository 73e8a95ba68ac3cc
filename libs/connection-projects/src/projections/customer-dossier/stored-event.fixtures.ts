import type { Actor, NewEvent, StoredEvent } from '#event-sourcing';
import { PROJECT_EVENT_SCHEMA, projectStreamId, type ProjectEvent } from '../../domain/index.js';

/** For projection and query specs: domain events (domain/testing fixtures) as the store would hand them out. */
export const FIXTURE_ACTOR: Actor = { id: 'u-100', name: '王工', role: 'clerk', orgUnit: 'HZ-XH-STATION-01' };

export interface StoredFixtureOptions {
  projectId?: string;
  /** Global position of the first event; the rest follow one by one. */
  firstPosition?: number;
  actor?: Actor;
}

/** The events of one project, renamed to `projectId`, with versions 1…n and consecutive positions. */
export function storedHistory(events: ProjectEvent[], options: StoredFixtureOptions = {}): StoredEvent[] {
  const { projectId = 'p-0001', firstPosition = 1, actor = FIXTURE_ACTOR } = options;
  return events.map((event, i) => ({
    eventId: `${projectId}-e${i + 1}`,
    type: event.type,
    schemaVersion: PROJECT_EVENT_SCHEMA[event.type],
    streamId: projectStreamId(projectId),
    version: i + 1,
    position: firstPosition + i,
    data: { ...event.data, projectId },
    metadata: {
      actor,
      commandId: `cmd-${projectId}-${i + 1}`,
      correlationId: `cmd-${projectId}-${i + 1}`,
      causationId: null,
      occurredAt: event.occurredAt,
      recordedAt: event.occurredAt,
    },
    previousHash: '',
    hash: '',
  }));
}

/** The same events as NewEvents for a real event store (which assigns versions, positions and recordedAt). */
export function newEvents(events: ProjectEvent[], projectId: string, actor: Actor = FIXTURE_ACTOR): NewEvent[] {
  return storedHistory(events, { projectId, actor }).map(({ eventId, type, schemaVersion, data, metadata }) => {
    const { recordedAt: _, ...rest } = metadata;
    return { eventId, type, schemaVersion, data, metadata: rest };
  });
}

/** Folds like the runner: events at or below the document's last position are skipped (redelivery). */
export function foldLikeRunner<D>(evolve: (doc: D | null, e: StoredEvent) => D | null, events: StoredEvent[]): D | null {
  let doc: D | null = null;
  let position = 0;
  for (const event of events) {
    if (event.position <= position) continue;
    doc = evolve(doc, event);
    position = event.position;
  }
  return doc;
}
