import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore, type StoredEvent } from '#event-sourcing';
import { instantMs } from '../../domain/calendar/index.js';
import { DomainError, projectStreamId } from '../../domain/index.js';
import { evolveProjectView, viewAsOf, type ProjectView, type ProjectViewDocument } from '../../projections/project-view/index.js';
import type { Identity } from '../identity.js';
import { ProjectAccess } from '../project-access.js';
import { PrefixFolds } from '../time-travel/prefix-folds.js';
import { StreamEventCache } from '../time-travel/stream-event-cache.js';

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
    const { seen, asOf } = this.select(events, point);
    const doc = this.folds.fold(events, seen);
    if (!doc) throw new DomainError('NOT_FOUND', `Project ${projectId} had no events at that point`);
    return viewAsOf(doc, asOf);
  }

  /** Which events (by index) were seen at the point, and the business time the clocks are evaluated at. */
  private select(events: readonly StoredEvent[], point: TimeTravelPoint): { seen: (i: number) => boolean; asOf: string } {
    if ('at' in point) {
      const limit = instantMs(point.at);
      const occurred = this.folds.times(events, 'occurredAt', instantMs);
      return { seen: (i) => occurred[i] <= limit, asOf: point.at };
    }
    if ('knownAt' in point) {
      const limit = instantMs(point.knownAt);
      const recorded = this.folds.times(events, 'recordedAt', instantMs);
      return { seen: (i) => recorded[i] <= limit, asOf: point.knownAt };
    }
    // A version names a point in the stream: clocks are seen as of that event's business time.
    const last = events.findLast((e) => e.version <= point.version);
    return { seen: (i) => events[i].version <= point.version, asOf: last?.metadata.occurredAt ?? new Date(0).toISOString() };
  }
}
