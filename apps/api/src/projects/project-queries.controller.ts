import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { GetProjectViewQuery, ListProjectsQuery, type Identity } from '#connection-projects';
import { CurrentIdentity } from '../auth/current-identity.decorator.js';
import { ANY_ROLE, Roles } from '../auth/roles.decorator.js';
import { ReadQueryDto } from '../read-models/read-query.dto.js';
import { ProjectId } from './project-id.pipe.js';
import { ProjectListQueryDto } from './project-list-query.dto.js';
import { ReadYourWritesInterceptor } from '../read-models/read-your-writes.interceptor.js';

/** Project views from the read model (API.md queries); customers see their own projects only. */
@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
@UseInterceptors(ReadYourWritesInterceptor)
export class ProjectQueriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles(...ANY_ROLE)
  list(@Query() { limit, cursor, minPosition: _, ...filter }: ProjectListQueryDto, @CurrentIdentity() identity: Identity) {
    return this.queries.execute(new ListProjectsQuery(filter, limit ?? 50, cursor ?? null, identity));
  }

  @Get(':id')
  @Roles(...ANY_ROLE)
  view(@ProjectId() id: string, @Query() _: ReadQueryDto, @CurrentIdentity() identity: Identity) {
    return this.queries.execute(new GetProjectViewQuery(id, identity));
  }
}
