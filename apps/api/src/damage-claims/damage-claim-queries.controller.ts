import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GetCaseViewQuery, ListCasesQuery, type Identity } from '#connection-projects';
import { CurrentIdentity } from '../auth/current-identity.decorator.js';
import { ANY_ROLE, Roles } from '../auth/roles.decorator.js';
import { ProjectIdPipe } from '../projects/project-id.pipe.js';
import { ReadQueryDto } from '../read-models/read-query.dto.js';
import { ClaimListQueryDto } from './claim-list-query.dto.js';
import { ReadYourWritesInterceptor } from '../read-models/read-your-writes.interceptor.js';

const VIEW =
  'claim view: claimId, customerId, accountId, orgUnit, status (filed | investigated | settled), damagedOn, filedAt, appliances ' +
  '(as claimed, with repairable/repairCost once investigated and compensation, basis, monthsUsed?, lifeYears? once settled), ' +
  'investigation?, settledAt?, total?, notes?, clocks (as of now; /state: as of its point), version, position';

/** Appliance-damage claim views from the read model (API.md queries); customers see their own claims only (another's is 404). */
@ApiTags('damage-claims')
@ApiBearerAuth()
@Controller('damage-claims')
@UseInterceptors(ReadYourWritesInterceptor)
export class DamageClaimQueriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ description: `\`{ items, nextCursor }\`, newest filing first; each item the ${VIEW}` })
  list(@Query() { limit, cursor, minPosition: _, ...filter }: ClaimListQueryDto, @CurrentIdentity() identity: Identity) {
    return this.queries.execute(new ListCasesQuery('claim', filter, limit ?? 50, cursor ?? null, identity));
  }

  @Get(':id')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ description: `The ${VIEW}` })
  view(@Param('id', new ProjectIdPipe()) id: string, @Query() _: ReadQueryDto, @CurrentIdentity() identity: Identity) {
    return this.queries.execute(new GetCaseViewQuery('claim', id, identity));
  }
}
