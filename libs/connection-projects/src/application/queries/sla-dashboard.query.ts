import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { instantMs } from '../../domain/calendar/index.js';
import type { ClockSubject, CustomerClass } from '../../domain/index.js';
import type { SlaDashboard } from '../../projections/sla-clocks/index.js';
import { CLOCK, type Clock } from '../clock.js';
import { compactDashboard } from '../sla/compact-dashboard.js';
import { SlaClockIndex } from '../sla/sla-clock-index.js';

export interface SlaDashboardParams {
  /** ISO instant with an offset; defaults to the server's now. */
  asOf?: string;
  /** Only the clocks of this subject (API.md): project, account, complaint or claim; all when absent. */
  subject?: ClockSubject;
  orgUnit?: string;
  customerClass?: CustomerClass;
  /** Only projects under this policy version (SPEC §6); absent: all, clocks of one name pooled. */
  policyVersion?: string;
  /** Keep clocks started at or after this instant. */
  from?: string;
  /** Keep clocks started at or before this instant. */
  to?: string;
}

/**
 * The SLA dashboard (API.md `/api/dashboards/sla`): clocks evaluated at query time, as of any business time, over the
 * in-memory SlaClockIndex (the same figures `buildSlaDashboard` gives over the `sla-clocks` documents).
 */
export class GetSlaDashboardQuery extends Query<SlaDashboard> {
  constructor(readonly params: SlaDashboardParams = {}) {
    super();
  }
}

@QueryHandler(GetSlaDashboardQuery)
export class GetSlaDashboardHandler implements IQueryHandler<GetSlaDashboardQuery> {
  constructor(
    private readonly index: SlaClockIndex,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ params }: GetSlaDashboardQuery): Promise<SlaDashboard> {
    const asOf = params.asOf ?? this.clock.now().toISOString();
    const filter = {
      asOf: instantMs(asOf),
      ...(params.subject !== undefined ? { subject: params.subject } : {}),
      ...(params.orgUnit !== undefined ? { orgUnit: params.orgUnit } : {}),
      ...(params.customerClass !== undefined ? { customerClass: params.customerClass } : {}),
      ...(params.policyVersion !== undefined ? { policyVersion: params.policyVersion } : {}),
      ...(params.from !== undefined ? { from: instantMs(params.from) } : {}),
      ...(params.to !== undefined ? { to: instantMs(params.to) } : {}),
    };
    return { asOf, ...compactDashboard(await this.index.current(), filter) };
  }
}
