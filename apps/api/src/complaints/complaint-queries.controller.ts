import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GetCaseViewQuery, ListCasesQuery, type Identity } from '#connection-projects';
import { CurrentIdentity } from '../auth/current-identity.decorator.js';
import { ANY_ROLE, Roles } from '../auth/roles.decorator.js';
import { ProjectIdPipe } from '../projects/project-id.pipe.js';
import { ReadQueryDto } from '../read-models/read-query.dto.js';
import { ComplaintListQueryDto } from './complaint-list-query.dto.js';
import { ReadYourWritesInterceptor } from '../read-models/read-your-writes.interceptor.js';

const VIEW =
  'complaint view: complaintId, customerId, accountId?, orgUnit, channel, category, description, status (received | contacted | ' +
  'replied | closed), receivedAt, contact?, reply?, closedAt?, satisfaction?, clocks (as of now; /state: as of its point), version, position';

/** Complaint views from the read model (API.md queries); customers see their own complaints only (another's is 404). */
@ApiTags('complaints')
@ApiBearerAuth()
@Controller('complaints')
@UseInterceptors(ReadYourWritesInterceptor)
export class ComplaintQueriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ description: `\`{ items, nextCursor }\`, newest receipt first; each item the ${VIEW}` })
  list(@Query() { limit, cursor, minPosition: _, ...filter }: ComplaintListQueryDto, @CurrentIdentity() identity: Identity) {
    return this.queries.execute(new ListCasesQuery('complaint', filter, limit ?? 50, cursor ?? null, identity));
  }

  @Get(':id')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ description: `The ${VIEW}` })
  view(@Param('id', new ProjectIdPipe()) id: string, @Query() _: ReadQueryDto, @CurrentIdentity() identity: Identity) {
    return this.queries.execute(new GetCaseViewQuery('complaint', id, identity));
  }
}
