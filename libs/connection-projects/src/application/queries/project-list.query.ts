import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DOCUMENT_READER, type Condition, type DocumentReader } from '#read-store';
import { projectViewProjection, viewAsOf, type ProjectView, type ProjectViewDocument } from '../../projections/project-view/index.js';
import { CLOCK, type Clock } from '../clock.js';
import { isCustomer, type Identity } from '../identity.js';

export interface ProjectListFilter {
  customerId?: string;
  status?: string;
  step?: string;
  orgUnit?: string;
  customerClass?: string;
  /** true: only projects with an overdue clock now; false: only projects without one. */
  overdue?: boolean;
}

export interface ProjectListPage {
  items: ProjectView[];
  nextCursor: string | null;
}

/** A page of project views, newest application first (a stable order for cursor paging); customers see only their own projects. */
export class ListProjectsQuery extends Query<ProjectListPage> {
  constructor(
    readonly filter: ProjectListFilter,
    readonly limit: number,
    readonly cursor: string | null,
    readonly identity: Identity,
  ) {
    super();
  }
}

@QueryHandler(ListProjectsQuery)
export class ListProjectsHandler implements IQueryHandler<ListProjectsQuery> {
  constructor(
    @Inject(DOCUMENT_READER) private readonly reads: DocumentReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ filter, limit, cursor, identity }: ListProjectsQuery): Promise<ProjectListPage> {
    const { overdue, ...fields } = filter;
    const where: Record<string, Condition> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (isCustomer(identity)) {
      // A customer asking for another customer's projects simply has none.
      if (where.customerId !== undefined && where.customerId !== identity.customerId) return { items: [], nextCursor: null };
      where.customerId = identity.customerId ?? null;
    }
    const now = this.clock.now().toISOString();
    const items: ProjectView[] = [];
    let after = cursor;
    // Overdue is a property of "now", not of the stored document: filter after evaluation, reading on until the page is full.
    do {
      const page = await this.reads.find<ProjectViewDocument>(projectViewProjection.collection, {
        where,
        orderBy: { field: 'dates.appliedAt', direction: 'desc' },
        limit: limit - items.length,
        after,
      });
      for (const { _id, _position, ...doc } of page.items) {
        const view = viewAsOf(doc, now);
        if (overdue === undefined || view.clocks.some((c) => c.status === 'overdue') === overdue) items.push(view);
      }
      after = page.nextCursor;
    } while (after && items.length < limit);
    return { items, nextCursor: after };
  }
}
