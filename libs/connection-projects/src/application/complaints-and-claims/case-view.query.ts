import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DOCUMENT_READER, type Condition, type DocumentReader } from '#read-store';
import { DomainError } from '../../domain/index.js';
import { CLOCK, type Clock } from '../clock.js';
import { canSeeCustomer, isCustomer, type Identity } from '../identity.js';
import { CASE_READS, type CaseDocuments, type CaseSubject, type CaseViews } from './case-reads.js';

/** A complaint's or claim's view from the read model, its clocks as of now (SPEC §8). */
export class GetCaseViewQuery<S extends CaseSubject = CaseSubject> extends Query<CaseViews[S]> {
  constructor(
    readonly subject: S,
    readonly id: string,
    readonly identity: Identity,
  ) {
    super();
  }
}

@QueryHandler(GetCaseViewQuery)
export class GetCaseViewHandler implements IQueryHandler<GetCaseViewQuery> {
  constructor(
    @Inject(DOCUMENT_READER) private readonly reads: DocumentReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ subject, id, identity }: GetCaseViewQuery): Promise<CaseViews[CaseSubject]> {
    const reads = CASE_READS[subject];
    const stored = await this.reads.get<CaseDocuments[CaseSubject]>(reads.collection, id);
    // Another customer's complaint or claim is absent, never forbidden: its existence is not disclosed.
    if (!stored || !canSeeCustomer(identity, stored.customerId)) throw new DomainError('NOT_FOUND', `${reads.noun} ${id} does not exist`);
    const { _id, _position, ...doc } = stored;
    return (reads.viewAsOf as (d: typeof doc, asOf: string) => CaseViews[CaseSubject])(doc, this.clock.now().toISOString());
  }
}

export interface CaseListFilter {
  customerId?: string;
  /** complaint: received | contacted | replied | closed; claim: filed | investigated | settled. */
  status?: string;
  orgUnit?: string;
}

export interface CaseListPage<S extends CaseSubject = CaseSubject> {
  items: CaseViews[S][];
  nextCursor: string | null;
}

/** A page of complaint or claim views, newest first (a stable order for cursor paging); customers see only their own. */
export class ListCasesQuery<S extends CaseSubject = CaseSubject> extends Query<CaseListPage<S>> {
  constructor(
    readonly subject: S,
    readonly filter: CaseListFilter,
    readonly limit: number,
    readonly cursor: string | null,
    readonly identity: Identity,
  ) {
    super();
  }
}

@QueryHandler(ListCasesQuery)
export class ListCasesHandler implements IQueryHandler<ListCasesQuery> {
  constructor(
    @Inject(DOCUMENT_READER) private readonly reads: DocumentReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ subject, filter, limit, cursor, identity }: ListCasesQuery): Promise<CaseListPage> {
    const reads = CASE_READS[subject];
    const where: Record<string, Condition> = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
    if (isCustomer(identity)) {
      // A customer asking for another customer's complaints or claims simply has none.
      if (where.customerId !== undefined && where.customerId !== identity.customerId) return { items: [], nextCursor: null };
      where.customerId = identity.customerId ?? null;
    }
    const page = await this.reads.find<CaseDocuments[CaseSubject]>(reads.collection, {
      where,
      orderBy: { field: reads.openedAtField, direction: 'desc' },
      limit,
      after: cursor,
    });
    const now = this.clock.now().toISOString();
    const viewAsOf = reads.viewAsOf as (d: CaseDocuments[CaseSubject], asOf: string) => CaseViews[CaseSubject];
    return { items: page.items.map(({ _id, _position, ...doc }) => viewAsOf(doc as CaseDocuments[CaseSubject], now)), nextCursor: page.nextCursor };
  }
}
