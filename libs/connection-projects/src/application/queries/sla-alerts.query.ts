import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { READ_STORE, type ReadStore } from '../../../../read-store/src/index.js';
import type { CustomerClass } from '../../domain/index.js';
import {
  ALERT_STATUSES,
  alertsWhere,
  listSlaAlerts,
  utcInstant,
  type AlertStatus,
  type SlaAlert,
} from '../../projections/sla-clocks/index.js';
import { CLOCK, type Clock } from '../clock.js';
import { readSlaClocks } from './sla-dashboard.query.js';

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

/** The 预警清单 (API.md `/api/dashboards/sla/alerts`): overdue and due-soon clocks, earliest deadline first. */
export class GetSlaAlertsQuery extends Query<SlaAlertList> {
  constructor(readonly params: SlaAlertsParams = {}) {
    super();
  }
}

@QueryHandler(GetSlaAlertsQuery)
export class GetSlaAlertsHandler implements IQueryHandler<GetSlaAlertsQuery> {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ params }: GetSlaAlertsQuery): Promise<SlaAlertList> {
    const asOf = params.asOf ?? this.clock.now().toISOString();
    const filter = {
      asOf: utcInstant(asOf),
      ...(params.orgUnit !== undefined ? { orgUnit: params.orgUnit } : {}),
      ...(params.customerClass !== undefined ? { customerClass: params.customerClass } : {}),
    };
    const docs = await readSlaClocks(this.reads, alertsWhere(filter));
    const statuses = params.status !== undefined ? [params.status] : ALERT_STATUSES;
    return { asOf, items: listSlaAlerts(docs, filter.asOf, statuses) };
  }
}
