import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtension, ApiTags } from '@nestjs/swagger';
import { GetAccountEventsQuery, GetAccountStateQuery, VerifyAccountIntegrityQuery, type Identity } from '#connection-projects';
import { CurrentIdentity } from '../auth/current-identity.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { READS_EVENT_STORE_EXTENSION } from '../problem/openapi-answers.js';
import { ProjectEventsQueryDto } from '../projects/project-events-query.dto.js';
import { ProjectStateQueryDto, timeTravelPoint } from '../projects/project-state-query.dto.js';
import { ReadQueryDto } from '../read-models/read-query.dto.js';
import { AccountId } from './account-id.pipe.js';
import { ReadYourWritesInterceptor } from '../read-models/read-your-writes.interceptor.js';

/** Auditors' view of an account's history, answered from the event store itself (the same shapes as a project's). */
@ApiTags('history')
@ApiExtension(READS_EVENT_STORE_EXTENSION, true)
@ApiBearerAuth()
@Controller('accounts')
@UseInterceptors(ReadYourWritesInterceptor)
export class AccountHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/events')
  @Roles('auditor', 'customer')
  events(@AccountId() id: string, @Query() query: ProjectEventsQueryDto, @CurrentIdentity() identity: Identity) {
    return this.queries.execute(new GetAccountEventsQuery(id, query.fromVersion ?? 1, query.limit ?? 100, identity));
  }

  @Get(':id/state')
  @Roles('auditor')
  state(@AccountId() id: string, @Query() query: ProjectStateQueryDto, @CurrentIdentity() identity: Identity) {
    return this.queries.execute(new GetAccountStateQuery(id, timeTravelPoint(query), identity));
  }

  @Get(':id/integrity')
  @Roles('auditor')
  integrity(@AccountId() id: string, @Query() _: ReadQueryDto, @CurrentIdentity() identity: Identity) {
    return this.queries.execute(new VerifyAccountIntegrityQuery(id, identity));
  }
}
