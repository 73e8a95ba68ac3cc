import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DOCUMENT_READER, type Condition, type DocumentReader, type Page } from '#read-store';
import type { AccountStatus } from '../../domain/index.js';
import { accountViewAsOf, accountViewProjection, type AccountView, type AccountViewDocument } from '../../projections/account-view/index.js';
import { CLOCK, type Clock } from '../clock.js';
import { isCustomer, type Identity } from '../identity.js';

export interface AccountListFilter {
  customerId?: string;
  /** The status as of now (SPEC §7.1: it depends on the date). */
  status?: AccountStatus;
  orgUnit?: string;
}

export interface AccountListPage {
  items: AccountView[];
  nextCursor: string | null;
}

/** A page of account views, newest opening first (a stable order for cursor paging); customers see only their own. */
export class ListAccountsQuery extends Query<AccountListPage> {
  constructor(
    readonly filter: AccountListFilter,
    readonly limit: number,
    readonly cursor: string | null,
    readonly identity: Identity,
  ) {
    super();
  }
}

@QueryHandler(ListAccountsQuery)
export class ListAccountsHandler implements IQueryHandler<ListAccountsQuery> {
  constructor(
    @Inject(DOCUMENT_READER) private readonly reads: DocumentReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ filter, limit, cursor, identity }: ListAccountsQuery): Promise<AccountListPage> {
    const { status, ...fields } = filter;
    const where: Record<string, Condition> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (isCustomer(identity)) {
      // A customer asking for another customer's accounts simply has none.
      if (where.customerId !== undefined && where.customerId !== identity.customerId) return { items: [], nextCursor: null };
      where.customerId = identity.customerId ?? null;
    }
    const now = this.clock.now().toISOString();
    const items: AccountView[] = [];
    let after = cursor;
    // The status is a property of "now", not of the stored document: filter after evaluation, reading on until the page is full.
    do {
      const page: Page<AccountViewDocument> = await this.reads.find<AccountViewDocument>(accountViewProjection.collection, {
        where,
        orderBy: { field: 'openedAt', direction: 'desc' },
        limit: limit - items.length,
        after,
      });
      for (const { _id, _position, ...doc } of page.items) {
        const view = accountViewAsOf(doc, now);
        if (status === undefined || view.status === status) items.push(view);
      }
      after = page.nextCursor;
    } while (after && items.length < limit);
    return { items, nextCursor: after };
  }
}
