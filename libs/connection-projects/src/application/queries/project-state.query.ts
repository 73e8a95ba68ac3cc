import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore, type StoredEvent } from '../../../../event-sourcing/src/index.js';
import { instantMs } from '../../domain/calendar/index.js';
import { DomainError, projectStreamId } from '../../domain/index.js';
import { evolveProjectView, viewAsOf, type ProjectView, type ProjectViewDocument } from '../../projections/project-view/index.js';
import type { Identity } from '../identity.js';
import { ProjectAccess } from '../project-access.js';

/** Exactly one point in time: what had happened (`at`), what the system knew (`knownAt`), or a stream version. */
export type TimeTravelPoint = { at: string } | { knownAt: string } | { version: number };

/**
 * Time travel (API.md /state): the project view rebuilt from the event store with the same fold the projection uses,
 * over the events seen at that point, and its clocks evaluated as of that point.
 */
export class GetProjectStateQuery extends Query<ProjectView> {
  constructor(
    readonly projectId: string,
    readonly point: TimeTravelPoint,
    readonly identity: Identity,
  ) {
    super();
  }
}

@QueryHandler(GetProjectStateQuery)
export class GetProjectStateHandler implements IQueryHandler<GetProjectStateQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: ProjectAccess,
  ) {}

  async execute({ projectId, point, identity }: GetProjectStateQuery): Promise<ProjectView> {
    await this.access.assertVisible(projectId, identity);
    const events = await this.store.readStream(projectStreamId(projectId), 'version' in point ? { toVersion: point.version } : {});
    const { seen, asOf } = select(events, point);
    const doc = seen.reduce<ProjectViewDocument | null>(evolveProjectView, null);
    if (!doc) throw new DomainError('NOT_FOUND', `Project ${projectId} had no events at that point`);
    return viewAsOf(doc, asOf);
  }
}

function select(events: StoredEvent[], point: TimeTravelPoint): { seen: StoredEvent[]; asOf: string } {
  if ('at' in point) {
    const limit = instantMs(point.at);
    return { seen: events.filter((e) => instantMs(e.metadata.occurredAt) <= limit), asOf: point.at };
  }
  if ('knownAt' in point) {
    const limit = instantMs(point.knownAt);
    return { seen: events.filter((e) => instantMs(e.metadata.recordedAt) <= limit), asOf: point.knownAt };
  }
  // A version names a point in the stream: clocks are seen as of that event's business time.
  return { seen: events, asOf: events.at(-1)?.metadata.occurredAt ?? new Date(0).toISOString() };
}
