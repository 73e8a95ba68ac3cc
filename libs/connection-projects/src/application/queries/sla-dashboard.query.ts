import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { READ_STORE, type Condition, type Page, type ReadStore } from '../../../../read-store/src/index.js';
import type { CustomerClass } from '../../domain/index.js';
import {
  buildSlaDashboard,
  dashboardWhere,
  slaClocksProjection,
  utcInstant,
  type SlaClocksDocument,
  type SlaDashboard,
} from '../../projections/sla-clocks/index.js';
import { CLOCK, type Clock } from '../clock.js';

export interface SlaDashboardParams {
  /** ISO instant with an offset; defaults to the server's now. */
  asOf?: string;
  orgUnit?: string;
  customerClass?: CustomerClass;
  /** Keep clocks started at or after this instant. */
  from?: string;
  /** Keep clocks started at or before this instant. */
  to?: string;
}

/** The SLA dashboard (API.md `/api/dashboards/sla`): clocks evaluated at query time, as of any business time. */
export class GetSlaDashboardQuery extends Query<SlaDashboard> {
  constructor(readonly params: SlaDashboardParams = {}) {
    super();
  }
}

@QueryHandler(GetSlaDashboardQuery)
export class GetSlaDashboardHandler implements IQueryHandler<GetSlaDashboardQuery> {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ params }: GetSlaDashboardQuery): Promise<SlaDashboard> {
    const asOf = params.asOf ?? this.clock.now().toISOString();
    const filter = {
      asOf: utcInstant(asOf),
      ...(params.orgUnit !== undefined ? { orgUnit: params.orgUnit } : {}),
      ...(params.customerClass !== undefined ? { customerClass: params.customerClass } : {}),
      ...(params.from !== undefined ? { from: utcInstant(params.from) } : {}),
      ...(params.to !== undefined ? { to: utcInstant(params.to) } : {}),
    };
    const docs = await readSlaClocks(this.reads, dashboardWhere(filter));
    return { asOf, ...buildSlaDashboard(docs, filter.asOf, filter) };
  }
}

const PAGE_SIZE = 5000;

/** Every `sla-clocks` document matching `where`, read page by page so that no single store call grows unbounded. */
export async function readSlaClocks(reads: ReadStore, where: Record<string, Condition>): Promise<SlaClocksDocument[]> {
  const docs: SlaClocksDocument[] = [];
  let after: string | null = null;
  do {
    const page: Page<SlaClocksDocument> = await reads.find<SlaClocksDocument>(slaClocksProjection.collection, { where, limit: PAGE_SIZE, after });
    docs.push(...page.items);
    after = page.nextCursor;
  } while (after !== null);
  return docs;
}
