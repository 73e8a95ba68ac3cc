import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtension, ApiTags } from '@nestjs/swagger';
import {
  GetProjectEventsQuery,
  GetProjectStateQuery,
  VerifyProjectIntegrityQuery,
  type Identity,
} from '#connection-projects';
import { CurrentIdentity } from '../auth/current-identity.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { READS_EVENT_STORE_EXTENSION } from '../problem/openapi-answers.js';
import { ReadQueryDto } from '../read-models/read-query.dto.js';
import { ProjectEventsQueryDto } from './project-events-query.dto.js';
import { ProjectStateQueryDto, timeTravelPoint } from './project-state-query.dto.js';
import { ProjectId } from './project-id.pipe.js';
import { ReadYourWritesInterceptor } from '../read-models/read-your-writes.interceptor.js';

/** Auditors' view of a project's history, answered from the event store itself rather than a projection. */
@ApiTags('history')
@ApiExtension(READS_EVENT_STORE_EXTENSION, true)
@ApiBearerAuth()
@Controller('projects')
@UseInterceptors(ReadYourWritesInterceptor)
export class ProjectHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/events')
  @Roles('auditor', 'customer')
  events(@ProjectId() id: string, @Query() query: ProjectEventsQueryDto, @CurrentIdentity() identity: Identity) {
    return this.queries.execute(new GetProjectEventsQuery(id, query.fromVersion ?? 1, query.limit ?? 100, identity));
  }

  @Get(':id/state')
  @Roles('auditor')
  state(@ProjectId() id: string, @Query() query: ProjectStateQueryDto, @CurrentIdentity() identity: Identity) {
    return this.queries.execute(new GetProjectStateQuery(id, timeTravelPoint(query), identity));
  }

  @Get(':id/integrity')
  @Roles('auditor')
  integrity(@ProjectId() id: string, @Query() _: ReadQueryDto, @CurrentIdentity() identity: Identity) {
    return this.queries.execute(new VerifyProjectIntegrityQuery(id, identity));
  }
}

