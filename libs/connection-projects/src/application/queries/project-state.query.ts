import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '#event-sourcing';
import { DomainError, projectStreamId } from '../../domain/index.js';
import { evolveProjectView, viewAsOf, type ProjectView, type ProjectViewDocument } from '../../projections/project-view/index.js';
import type { Identity } from '../identity.js';
import { ProjectAccess } from '../project-access.js';
import { PrefixFolds } from '../time-travel/prefix-folds.js';
import { StreamEventCache } from '../time-travel/stream-event-cache.js';
import { seenAt, type TimeTravelPoint } from '../time-travel/time-travel-point.js';

export type { TimeTravelPoint } from '../time-travel/time-travel-point.js';

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
  /** Auditors travel back and forth over the same long projects: their decoded events and folds are kept, never stale. */
  private readonly streams: StreamEventCache;
  private readonly folds = new PrefixFolds<ProjectViewDocument>(evolveProjectView);

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly access: ProjectAccess,
  ) {
    this.streams = new StreamEventCache(store);
  }

  async execute({ projectId, point, identity }: GetProjectStateQuery): Promise<ProjectView> {
    await this.access.assertVisible(projectId, identity);
    const events = await this.streams.read(projectStreamId(projectId));
    const { seen, asOf } = seenAt(this.folds, events, point);
    const doc = this.folds.fold(events, seen);
    if (!doc) throw new DomainError('NOT_FOUND', `Project ${projectId} had no events at that point`);
    return viewAsOf(doc, asOf);
  }
}
