import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  GetSlaAlertsQuery,
  GetSlaDashboardQuery,
  type SlaAlertList,
  type SlaDashboardParams,
} from '#connection-projects';
import type { SlaDashboard } from '#connection-projects/projections';
import { Roles } from '../auth/roles.decorator.js';
import { ValidationFailedException } from '../problem/validation-failed.exception.js';
import { periodEnd, periodStart } from './period-bound.js';
import { SlaAlertsQueryDto } from './sla-alerts-query.dto.js';
import { SlaDashboardQueryDto } from './sla-dashboard-query.dto.js';
import { ReadYourWritesInterceptor } from '../read-models/read-your-writes.interceptor.js';

/** SPEC §5 dashboard and 预警清单, answered from the `sla-clocks` read model; clocks are evaluated at query time. */
@ApiTags('dashboards')
@ApiBearerAuth()
@Controller('dashboards/sla')
@UseInterceptors(ReadYourWritesInterceptor)
export class SlaDashboardController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('viewer', 'auditor')
  @ApiOperation({
    summary: 'SLA dashboard: per clock open (= running + dueSoon + overdue), paused (inside a wait on the customer), dueSoon, overdue, metOnTime, metLate, on-time rate, avg and p90 working days',
  })
  dashboard(@Query() query: SlaDashboardQueryDto): Promise<SlaDashboard> {
    return this.queries.execute(new GetSlaDashboardQuery(dashboardParams(query)));
  }

  @Get('alerts')
  @Roles('viewer', 'auditor')
  @ApiOperation({
    summary: 'Overdue and due-soon clocks, earliest deadline first (then subject, subjectId, clock), a page at a time',
  })
  alerts(@Query() { asOf, subject, orgUnit, customerClass, status, limit, cursor }: SlaAlertsQueryDto): Promise<SlaAlertList> {
    return this.queries.execute(new GetSlaAlertsQuery(defined({ asOf, subject, orgUnit, customerClass, status, limit, cursor })));
  }
}

export function dashboardParams({ asOf, subject, orgUnit, customerClass, from, to, policyVersion }: SlaDashboardQueryDto): SlaDashboardParams {
  const params = defined({
    asOf,
    subject,
    orgUnit,
    customerClass,
    policyVersion,
    from: from === undefined ? undefined : periodStart(from),
    to: to === undefined ? undefined : periodEnd(to),
  });
  if (params.from !== undefined && params.to !== undefined && Date.parse(params.from) > Date.parse(params.to)) {
    throw new ValidationFailedException([{ field: 'to', message: 'to must not be before from' }]);
  }
  return params;
}

/** Drops absent filters, so that "not given" never reaches the query as an explicit undefined. */
const defined = <T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
