import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, verifyChain, type EventStore } from '#event-sourcing';
import { accountStreamId, DomainError } from '../../domain/index.js';
import { accountViewAsOf, evolveAccountView, type AccountView, type AccountViewDocument } from '../../projections/account-view/index.js';
import type { Identity } from '../identity.js';
import { readEventsPage, type ProjectEventsPage } from '../queries/project-events.query.js';
import type { IntegrityReport } from '../queries/project-integrity.query.js';
import { PrefixFolds } from '../time-travel/prefix-folds.js';
import { StreamEventCache } from '../time-travel/stream-event-cache.js';
import { seenAt, type TimeTravelPoint } from '../time-travel/time-travel-point.js';
import { AccountAccess } from './account-access.js';

/** An account's history answered from the event store itself, as a project's is (API.md: the same shapes). */
export class GetAccountEventsQuery extends Query<ProjectEventsPage> {
  constructor(
    readonly accountId: string,
    readonly fromVersion: number,
    readonly limit: number,
    readonly identity: Identity,
  ) {
    super();
  }
}

@QueryHandler(GetAccountEventsQuery)
export class GetAccountEventsHandler implements IQueryHandler<GetAccountEventsQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: AccountAccess,
  ) {}

  async execute({ accountId, fromVersion, limit, identity }: GetAccountEventsQuery): Promise<ProjectEventsPage> {
    await this.access.assertVisible(accountId, identity);
    return readEventsPage(this.store, accountStreamId(accountId), fromVersion, limit);
  }
}

/**
 * Time travel (API.md /state): the account view rebuilt with the projection's fold over the events seen at that point,
 * its status, suspended capacity and clocks evaluated as of that point (SPEC §7.1).
 */
export class GetAccountStateQuery extends Query<AccountView> {
  constructor(
    readonly accountId: string,
    readonly point: TimeTravelPoint,
    readonly identity: Identity,
  ) {
    super();
  }
}

@QueryHandler(GetAccountStateQuery)
export class GetAccountStateHandler implements IQueryHandler<GetAccountStateQuery> {
  private readonly streams: StreamEventCache;
  private readonly folds = new PrefixFolds<AccountViewDocument>(evolveAccountView);

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly access: AccountAccess,
  ) {
    this.streams = new StreamEventCache(store);
  }

  async execute({ accountId, point, identity }: GetAccountStateQuery): Promise<AccountView> {
    await this.access.assertVisible(accountId, identity);
    const events = await this.streams.read(accountStreamId(accountId));
    const { seen, asOf } = seenAt(this.folds, events, point);
    const doc = this.folds.fold(events, seen);
    if (!doc) throw new DomainError('NOT_FOUND', `Account ${accountId} had no events at that point`);
    return accountViewAsOf(doc, asOf);
  }
}

/** Recomputes the account's hash chain from its stored events: any edit of a stored event breaks it. */
export class VerifyAccountIntegrityQuery extends Query<IntegrityReport> {
  constructor(
    readonly accountId: string,
    readonly identity: Identity,
  ) {
    super();
  }
}

@QueryHandler(VerifyAccountIntegrityQuery)
export class VerifyAccountIntegrityHandler implements IQueryHandler<VerifyAccountIntegrityQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: AccountAccess,
  ) {}

  async execute({ accountId, identity }: VerifyAccountIntegrityQuery): Promise<IntegrityReport> {
    await this.access.assertVisible(accountId, identity);
    return verifyChain(await this.store.readStream(accountStreamId(accountId)));
  }
}
