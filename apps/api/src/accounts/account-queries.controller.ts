import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  GetAccountViewQuery,
  ListAccountsQuery,
  type Identity,
} from '#connection-projects';
import { CurrentIdentity } from '../auth/current-identity.decorator.js';
import { ANY_ROLE, Roles } from '../auth/roles.decorator.js';
import { ReadQueryDto } from '../read-models/read-query.dto.js';
import { ReadsAccounts } from '../read-models/reads-accounts.decorator.js';
import { AccountId } from './account-id.pipe.js';
import { AccountListQueryDto } from './account-list-query.dto.js';
import { ReadYourWritesInterceptor } from '../read-models/read-your-writes.interceptor.js';

const VIEW =
  'account view: accountId, customerId, projectId, status and suspendedCapacity (as of now; /state: as of its point), contractCapacity, ' +
  'tariffCategory, supplyAddress, orgUnit, meterNumbers, suspensions, services, charges, clocks, version, position, splitFrom?';

/** Account views from the read model (API.md queries); customers see their own accounts only (another's is 404). */
@ApiTags('accounts')
@ApiBearerAuth()
@ReadsAccounts()
@Controller('accounts')
@UseInterceptors(ReadYourWritesInterceptor)
export class AccountQueriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ description: `\`{ items, nextCursor }\`, newest opening first; each item the ${VIEW}` })
  list(@Query() { limit, cursor, minPosition: _, ...filter }: AccountListQueryDto, @CurrentIdentity() identity: Identity) {
    return this.queries.execute(new ListAccountsQuery(filter, limit ?? 50, cursor ?? null, identity));
  }

  @Get(':id')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ description: `The ${VIEW}` })
  view(@AccountId() id: string, @Query() _: ReadQueryDto, @CurrentIdentity() identity: Identity) {
    return this.queries.execute(new GetAccountViewQuery(id, identity));
  }
}
