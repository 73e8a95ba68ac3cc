import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AccountAccess } from './accounts/account-access.js';
import { AccountCommandService } from './accounts/account-command.service.js';
import { ACCOUNT_QUERY_HANDLERS } from './accounts/handlers.js';
import { ServeAccountHandler } from './accounts/serve-account.handler.js';
import { CLOCK, systemClock } from './clock.js';
import { CASE_QUERY_HANDLERS } from './complaints-and-claims/case-query-handlers.js';
import { ClaimCommandService } from './complaints-and-claims/claim-command.service.js';
import { ComplaintCommandService } from './complaints-and-claims/complaint-command.service.js';
import { ServeClaimHandler, ServeComplaintHandler } from './complaints-and-claims/serve-named-account.handlers.js';
import { PROJECT_COMMAND_HANDLERS } from './commands/handlers.js';
import { ProjectAccess } from './project-access.js';
import { ProjectCommandService } from './project-command.service.js';
import { policyScheduleProvider, POLICY_SCHEDULE } from './policy-schedule.provider.js';
import { ReadModelsModule } from './projection-hosting/read-models.module.js';
import { PROJECT_QUERY_HANDLERS } from './queries/handlers.js';
import { SlaClockIndex } from './sla/sla-clock-index.js';

/** The 业扩报装 use cases: one command or query handler each, over the EventStore port (provided by StoresModule). */
@Module({
  imports: [CqrsModule, ReadModelsModule],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    policyScheduleProvider,
    ProjectAccess,
    ProjectCommandService,
    ...PROJECT_COMMAND_HANDLERS,
    AccountCommandService,
    ServeAccountHandler,
    AccountAccess,
    ...ACCOUNT_QUERY_HANDLERS,
    ...CASE_QUERY_HANDLERS,
    ComplaintCommandService,
    ServeComplaintHandler,
    ClaimCommandService,
    ServeClaimHandler,
    ...PROJECT_QUERY_HANDLERS,
    SlaClockIndex,
  ],
  exports: [ReadModelsModule, POLICY_SCHEDULE],
})
export class ConnectionProjectsModule {}
