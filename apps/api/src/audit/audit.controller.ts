import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ListAuditTrailQuery,
  type AuditPage,
} from '#connection-projects';
import { Roles } from '../auth/roles.decorator.js';
import { AUDIT_DEFAULT_LIMIT, AuditQueryDto } from './audit-query.dto.js';
import { ReadYourWritesInterceptor } from '../read-models/read-your-writes.interceptor.js';

/** The audit trail: every event of every project and account, newest first, for auditors (and admins). */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
@UseInterceptors(ReadYourWritesInterceptor)
export class AuditController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('auditor')
  @ApiOkResponse({
    description:
      '`{ items: [{ position, eventId, type, subject, subjectId, projectId?, customerId, actor, occurredAt, recordedAt, summary, facts }], nextCursor }` (`projectId` on project events); ' +
      '`summary` is one line in Chinese and English, `facts` the fields it speaks of (codes, numbers, names as typed; never the ID number) for a reader that words the line in its own language',
  })
  list(@Query() { minPosition: _, limit, cursor, ...filter }: AuditQueryDto): Promise<AuditPage> {
    return this.queries.execute(new ListAuditTrailQuery(filter, limit ?? AUDIT_DEFAULT_LIMIT, cursor ?? null));
  }
}
