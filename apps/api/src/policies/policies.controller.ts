import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetPoliciesQuery } from '#connection-projects';
import type { PoliciesDocument } from '#connection-projects/domain';
import { ROLES, Roles } from '../auth/roles.decorator.js';
import { ReadQueryDto } from '../read-models/read-query.dto.js';
import { PoliciesDto } from './policies.dto.js';
import { ReadYourWritesInterceptor } from '../read-models/read-your-writes.interceptor.js';

/** SPEC §6: the shipped policies, each with its clock table, and the schedule in force. */
@ApiTags('policies')
@ApiBearerAuth()
@Controller('policies')
@UseInterceptors(ReadYourWritesInterceptor)
export class PoliciesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles(...ROLES.filter((role) => role !== 'customer'))
  @ApiOperation({ summary: 'Shipped policies with their clock tables, and the policy schedule in force' })
  @ApiOkResponse({ type: PoliciesDto })
  // The DTO takes no filter: it is there so that an unknown parameter is a 400, as on every query (API.md).
  policies(@Query() _query: ReadQueryDto): Promise<PoliciesDocument> {
    return this.queries.execute(new GetPoliciesQuery());
  }
}
