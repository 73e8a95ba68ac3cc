import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, verifyChain, type EventStore } from '#event-sourcing';
import { DomainError } from '../../domain/index.js';
import type { Identity } from '../identity.js';
import { assertStreamVisible } from '../project-access.js';
import { readEventsPage, type ProjectEventsPage } from '../queries/project-events.query.js';
import type { IntegrityReport } from '../queries/project-integrity.query.js';
import { PrefixFolds } from '../time-travel/prefix-folds.js';
import { StreamEventCache } from '../time-travel/stream-event-cache.js';
import { seenAt, type TimeTravelPoint } from '../time-travel/time-travel-point.js';
import { CASE_READS, type CaseDocuments, type CaseSubject, type CaseViews } from './case-reads.js';

/** 404 unless the complaint or claim exists and the caller may see its customer (named by its first event). */
const assertVisible = (store: EventStore, subject: CaseSubject, id: string, identity: Identity): Promise<void> => {
  const reads = CASE_READS[subject];
  const customerOf = (data: unknown) => (data as { customerId?: unknown } | null)?.customerId;
  return assertStreamVisible(store, reads.streamId(id), customerOf, identity, `${reads.noun} ${id} does not exist`);
};

/** A complaint's or claim's history answered from the event store itself, as a project's is (API.md: the same shapes). */
export class GetCaseEventsQuery extends Query<ProjectEventsPage> {
  constructor(
    readonly subject: CaseSubject,
    readonly id: string,
    readonly fromVersion: number,
    readonly limit: number,
    readonly identity: Identity,
  ) {
    super();
  }
}

@QueryHandler(GetCaseEventsQuery)
export class GetCaseEventsHandler implements IQueryHandler<GetCaseEventsQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ subject, id, fromVersion, limit, identity }: GetCaseEventsQuery): Promise<ProjectEventsPage> {
    await assertVisible(this.store, subject, id, identity);
    return readEventsPage(this.store, CASE_READS[subject].streamId(id), fromVersion, limit);
  }
}

/** Time travel (API.md /state): the view rebuilt with the projection's fold over the events seen at that point. */
export class GetCaseStateQuery<S extends CaseSubject = CaseSubject> extends Query<CaseViews[S]> {
  constructor(
    readonly subject: S,
    readonly id: string,
    readonly point: TimeTravelPoint,
    readonly identity: Identity,
  ) {
    super();
  }
}

@QueryHandler(GetCaseStateQuery)
export class GetCaseStateHandler implements IQueryHandler<GetCaseStateQuery> {
  private readonly streams: StreamEventCache;
  private readonly folds: { [S in CaseSubject]: PrefixFolds<CaseDocuments[S]> } = {
    complaint: new PrefixFolds(CASE_READS.complaint.evolve),
    claim: new PrefixFolds(CASE_READS.claim.evolve),
  };

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    this.streams = new StreamEventCache(store);
  }

  async execute({ subject, id, point, identity }: GetCaseStateQuery): Promise<CaseViews[CaseSubject]> {
    await assertVisible(this.store, subject, id, identity);
    const reads = CASE_READS[subject];
    const folds = this.folds[subject] as PrefixFolds<CaseDocuments[CaseSubject]>;
    const events = await this.streams.read(reads.streamId(id));
    const { seen, asOf } = seenAt(folds, events, point);
    const doc = folds.fold(events, seen);
    if (!doc) throw new DomainError('NOT_FOUND', `${reads.noun} ${id} had no events at that point`);
    return (reads.viewAsOf as (d: CaseDocuments[CaseSubject], asOf: string) => CaseViews[CaseSubject])(doc, asOf);
  }
}

/** Recomputes the complaint's or claim's hash chain from its stored events: any edit of a stored event breaks it. */
export class VerifyCaseIntegrityQuery extends Query<IntegrityReport> {
  constructor(
    readonly subject: CaseSubject,
    readonly id: string,
    readonly identity: Identity,
  ) {
    super();
  }
}

@QueryHandler(VerifyCaseIntegrityQuery)
export class VerifyCaseIntegrityHandler implements IQueryHandler<VerifyCaseIntegrityQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ subject, id, identity }: VerifyCaseIntegrityQuery): Promise<IntegrityReport> {
    await assertVisible(this.store, subject, id, identity);
    return verifyChain(await this.store.readStream(CASE_READS[subject].streamId(id)));
  }
}
