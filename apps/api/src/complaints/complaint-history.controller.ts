import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtension, ApiTags } from '@nestjs/swagger';
import { GetCaseEventsQuery, GetCaseStateQuery, VerifyCaseIntegrityQuery, type Identity } from '#connection-projects';
import { CurrentIdentity } from '../auth/current-identity.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { READS_EVENT_STORE_EXTENSION } from '../problem/openapi-answers.js';
import { ProjectEventsQueryDto } from '../projects/project-events-query.dto.js';
import { ProjectIdPipe } from '../projects/project-id.pipe.js';
import { ProjectStateQueryDto, timeTravelPoint } from '../projects/project-state-query.dto.js';
import { ReadQueryDto } from '../read-models/read-query.dto.js';
import { ReadYourWritesInterceptor } from '../read-models/read-your-writes.interceptor.js';

const ComplaintId = () => Param('id', new ProjectIdPipe());

/** Auditors' view of a complaint's history, answered from the event store itself (the same shapes as a project's). */
@ApiTags('history')
@ApiExtension(READS_EVENT_STORE_EXTENSION, true)
@ApiBearerAuth()
@Controller('complaints')
@UseInterceptors(ReadYourWritesInterceptor)
export class ComplaintHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/events')
  @Roles('auditor', 'customer')
  events(@ComplaintId() id: string, @Query() query: ProjectEventsQueryDto, @CurrentIdentity() identity: Identity) {
    return this.queries.execute(new GetCaseEventsQuery('complaint', id, query.fromVersion ?? 1, query.limit ?? 100, identity));
  }

  @Get(':id/state')
  @Roles('auditor')
  state(@ComplaintId() id: string, @Query() query: ProjectStateQueryDto, @CurrentIdentity() identity: Identity) {
    return this.queries.execute(new GetCaseStateQuery('complaint', id, timeTravelPoint(query), identity));
  }

  @Get(':id/integrity')
  @Roles('auditor')
  integrity(@ComplaintId() id: string, @Query() _: ReadQueryDto, @CurrentIdentity() identity: Identity) {
    return this.queries.execute(new VerifyCaseIntegrityQuery('complaint', id, identity));
  }
}
