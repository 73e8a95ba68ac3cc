import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { instantMs } from '../../domain/calendar/index.js';
import type { CustomerClass } from '../../domain/index.js';
import { ALERT_STATUSES, type AlertStatus, type SlaAlert } from '../../projections/sla-clocks/index.js';
import { CLOCK, type Clock } from '../clock.js';
import { compactAlerts } from '../sla/compact-alerts.js';
import { SlaClockIndex } from '../sla/sla-clock-index.js';

export interface SlaAlertsParams {
  /** ISO instant with an offset; defaults to the server's now. */
  asOf?: string;
  orgUnit?: string;
  customerClass?: CustomerClass;
  /** Only this status; both when absent. */
  status?: AlertStatus;
}

export interface SlaAlertList {
  asOf: string;
  items: SlaAlert[];
}

/**
 * The 预警清单 (API.md `/api/dashboards/sla/alerts`): overdue and due-soon clocks, earliest deadline first, over the
 * in-memory SlaClockIndex (the same list `listSlaAlerts` gives over the `sla-clocks` documents).
 */
export class GetSlaAlertsQuery extends Query<SlaAlertList> {
  constructor(readonly params: SlaAlertsParams = {}) {
    super();
  }
}

@QueryHandler(GetSlaAlertsQuery)
export class GetSlaAlertsHandler implements IQueryHandler<GetSlaAlertsQuery> {
  constructor(
    private readonly index: SlaClockIndex,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ params }: GetSlaAlertsQuery): Promise<SlaAlertList> {
    const asOf = params.asOf ?? this.clock.now().toISOString();
    const filter = {
      asOf: instantMs(asOf),
      ...(params.orgUnit !== undefined ? { orgUnit: params.orgUnit } : {}),
      ...(params.customerClass !== undefined ? { customerClass: params.customerClass } : {}),
      statuses: params.status !== undefined ? [params.status] : ALERT_STATUSES,
    };
    return { asOf, items: compactAlerts(await this.index.current(), filter) };
  }
}
