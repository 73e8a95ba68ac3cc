import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GetCustomerDossierQuery, type Identity } from '#connection-projects';
import type { CustomerDossier } from '#connection-projects/projections';
import { CurrentIdentity } from '../auth/current-identity.decorator.js';
import { ANY_ROLE, Roles } from '../auth/roles.decorator.js';
import { ReadQueryDto } from '../read-models/read-query.dto.js';
import { ReadsAccounts } from '../read-models/reads-accounts.decorator.js';
import { CustomerId } from './customer-id.pipe.js';
import { ReadYourWritesInterceptor } from '../read-models/read-your-writes.interceptor.js';

/** 客户档案: every role may read it, a customer only its own (another customer's is 404). */
@ApiTags('customers')
@ApiBearerAuth()
@ReadsAccounts()
@Controller('customers')
@UseInterceptors(ReadYourWritesInterceptor)
export class CustomerDossierController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':customerId/dossier')
  @Roles(...ANY_ROLE)
  @ApiOkResponse({
    description:
      '`{ customer, projects, timeline, accounts, complaints, claims }` (accounts, complaints, claims: their views as of now, accounts with services and charges; each timeline entry ' +
      '`{ position, projectId, eventId, type, occurredAt, recordedAt, summary, facts, actor }`, `facts` the fields its summary speaks of); ID numbers masked except for auditor and admin',
  })
  @ApiNotFoundResponse({ description: 'The customer has no projects, accounts, complaints or claims, or is another customer than the caller' })
  dossier(
    @CustomerId() customerId: string,
    // Declared so that any parameter but minPosition is refused (400), like an unknown body field.
    @Query() _query: ReadQueryDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<CustomerDossier> {
    return this.queries.execute(new GetCustomerDossierQuery(customerId, identity));
  }
}
