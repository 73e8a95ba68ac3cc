import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { instantMs } from '../../domain/calendar/index.js';
import type { ClockSubject, CustomerClass } from '../../domain/index.js';
import { ALERT_STATUSES, type AlertStatus, type SlaAlert } from '../../projections/sla-clocks/index.js';
import { CLOCK, type Clock } from '../clock.js';
import { checkCursorFilters, decodeAlertCursor, encodeAlertCursor } from '../sla/alert-cursor.js';
import { compactAlertPage } from '../sla/compact-alerts.js';
import { SlaClockIndex } from '../sla/sla-clock-index.js';

export interface SlaAlertsParams {
  /** ISO instant with an offset; defaults to the server's now. */
  asOf?: string;
  /** Only the clocks of this subject (API.md): project, account, complaint or claim; all when absent. */
  subject?: ClockSubject;
  orgUnit?: string;
  customerClass?: CustomerClass;
  /** Only this status; both when absent. */
  status?: AlertStatus;
  /** Page size (API.md: default 100, at most 1000). */
  limit?: number;
  /** `nextCursor` of the previous page: it carries that page's asOf and filters. */
  cursor?: string;
}

export interface SlaAlertList {
  asOf: string;
  items: SlaAlert[];
  /** Null on the last page. */
  nextCursor: string | null;
}

export const ALERT_PAGE_DEFAULT = 100;
export const ALERT_PAGE_MAX = 1000;

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
    const cursor = params.cursor === undefined ? undefined : decodeAlertCursor(params.cursor);
    if (cursor) checkCursorFilters(cursor, params);
    // A later page answers the first page's question: its asOf and filters come with the cursor.
    const { asOf = this.clock.now().toISOString(), subject, orgUnit, customerClass, status } = cursor ?? params;
    const filter = {
      asOf: instantMs(asOf),
      ...(subject !== undefined ? { subject } : {}),
      ...(orgUnit !== undefined ? { orgUnit } : {}),
      ...(customerClass !== undefined ? { customerClass } : {}),
      statuses: status !== undefined ? [status as AlertStatus] : ALERT_STATUSES,
    };
    const limit = params.limit ?? ALERT_PAGE_DEFAULT;
    const page = compactAlertPage(await this.index.current(), filter, { limit, ...(cursor ? { after: cursor.after } : {}) });
    const asked = { asOf, ...(subject !== undefined ? { subject } : {}), ...(orgUnit !== undefined ? { orgUnit } : {}), ...(customerClass !== undefined ? { customerClass } : {}), ...(status !== undefined ? { status } : {}) };
    return { asOf, items: page.items, nextCursor: page.next ? encodeAlertCursor({ ...asked, after: page.next }) : null };
  }
}
