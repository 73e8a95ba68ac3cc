import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DOCUMENT_READER, type DocumentReader } from '#read-store';
import { DomainError } from '../../domain/index.js';
import { accountViewAsOf, accountViewProjection, type AccountView, type AccountViewDocument } from '../../projections/account-view/index.js';
import { CLOCK, type Clock } from '../clock.js';
import { canSeeCustomer, type Identity } from '../identity.js';

/** The account view from the read model, its status, suspended capacity and clocks as of now (SPEC §7.1). */
export class GetAccountViewQuery extends Query<AccountView> {
  constructor(
    readonly accountId: string,
    readonly identity: Identity,
  ) {
    super();
  }
}

@QueryHandler(GetAccountViewQuery)
export class GetAccountViewHandler implements IQueryHandler<GetAccountViewQuery> {
  constructor(
    @Inject(DOCUMENT_READER) private readonly reads: DocumentReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ accountId, identity }: GetAccountViewQuery): Promise<AccountView> {
    const stored = await this.reads.get<AccountViewDocument>(accountViewProjection.collection, accountId);
    // Another customer's account is absent, never forbidden: its existence is not disclosed.
    if (!stored || !canSeeCustomer(identity, stored.customerId)) throw new DomainError('NOT_FOUND', `Account ${accountId} does not exist`);
    const { _id, _position, ...doc } = stored;
    return accountViewAsOf(doc, this.clock.now().toISOString());
  }
}
