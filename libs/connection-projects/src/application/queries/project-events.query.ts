import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore, type StoredEvent } from '#event-sourcing';
import { projectStreamId } from '../../domain/index.js';
import type { Identity } from '../identity.js';
import { ProjectAccess } from '../project-access.js';

export interface ProjectEventItem {
  eventId: string;
  type: string;
  version: number;
  position: number;
  occurredAt: string;
  recordedAt: string;
  actor: StoredEvent['metadata']['actor'];
  commandId: string;
  correlationId: string;
  causationId: string | null;
  data: unknown;
  hash: string;
  previousHash: string;
}

export interface ProjectEventsPage {
  items: ProjectEventItem[];
  nextFromVersion: number | null;
}

/** A project's events straight from the event store, in version order, with their full metadata (for auditors). */
export class GetProjectEventsQuery extends Query<ProjectEventsPage> {
  constructor(
    readonly projectId: string,
    readonly fromVersion: number,
    readonly limit: number,
    readonly identity: Identity,
  ) {
    super();
  }
}

@QueryHandler(GetProjectEventsQuery)
export class GetProjectEventsHandler implements IQueryHandler<GetProjectEventsQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: ProjectAccess,
  ) {}

  async execute({ projectId, fromVersion, limit, identity }: GetProjectEventsQuery): Promise<ProjectEventsPage> {
    await this.access.assertVisible(projectId, identity);
    return readEventsPage(this.store, projectStreamId(projectId), fromVersion, limit);
  }
}

/** A page of a stream's events with their full metadata, the same for every subject's `/events` (API.md). */
export async function readEventsPage(store: EventStore, streamId: string, fromVersion: number, limit: number): Promise<ProjectEventsPage> {
  // One more than asked tells whether another page follows without a second read.
  const events = await store.readStream(streamId, { fromVersion, limit: limit + 1 });
  return {
    items: events.slice(0, limit).map(toItem),
    nextFromVersion: events.length > limit ? events[limit]!.version : null,
  };
}

const toItem = (e: StoredEvent): ProjectEventItem => ({
  eventId: e.eventId,
  type: e.type,
  version: e.version,
  position: e.position,
  occurredAt: e.metadata.occurredAt,
  recordedAt: e.metadata.recordedAt,
  actor: e.metadata.actor,
  commandId: e.metadata.commandId,
  correlationId: e.metadata.correlationId,
  causationId: e.metadata.causationId,
  data: e.data,
  hash: e.hash,
  previousHash: e.previousHash,
});
