import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { JwtModule } from '@nestjs/jwt';
import { ConnectionProjectsModule } from '#connection-projects';
import { loggingModule, StoresModule, type AppConfig } from '#platform';
import { hmacKeyProvider } from './auth/hmac-key.js';
import { JwtAuthGuard } from './auth/jwt-auth.guard.js';
import { AccountCommandsController } from './accounts/account-commands.controller.js';
import { AccountHistoryController } from './accounts/account-history.controller.js';
import { AccountQueriesController } from './accounts/account-queries.controller.js';
import { AuditController } from './audit/audit.controller.js';
import { ComplaintCommandsController } from './complaints/complaint-commands.controller.js';
import { ComplaintHistoryController } from './complaints/complaint-history.controller.js';
import { ComplaintQueriesController } from './complaints/complaint-queries.controller.js';
import { DamageClaimCommandsController } from './damage-claims/damage-claim-commands.controller.js';
import { DamageClaimHistoryController } from './damage-claims/damage-claim-history.controller.js';
import { DamageClaimQueriesController } from './damage-claims/damage-claim-queries.controller.js';
import { CustomerDossierController } from './customers/customer-dossier.controller.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { PoliciesController } from './policies/policies.controller.js';
import { SlaDashboardController } from './sla-dashboard/sla-dashboard.controller.js';
import { HealthController } from './health/health.controller.js';
import { ProblemDetailsFilter } from './problem/problem-details.filter.js';
import { ProjectCommandsController } from './projects/project-commands.controller.js';
import { ProjectHistoryController } from './projects/project-history.controller.js';
import { ProjectQueriesController } from './projects/project-queries.controller.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        loggingModule(config),
        StoresModule.forRoot(config),
        CqrsModule.forRoot(),
        JwtModule.register({ secretOrKeyProvider: hmacKeyProvider(config.jwtSecret), verifyOptions: { algorithms: ['HS256'] } }),
        ConnectionProjectsModule,
      ],
      controllers: [
        HealthController,
        ProjectCommandsController,
        AccountCommandsController,
        ComplaintCommandsController,
        DamageClaimCommandsController,
        ProjectHistoryController,
        ProjectQueriesController,
        AccountHistoryController,
        AccountQueriesController,
        ComplaintHistoryController,
        ComplaintQueriesController,
        DamageClaimHistoryController,
        DamageClaimQueriesController,
        CustomerDossierController,
        AuditController,
        SlaDashboardController,
        PoliciesController,
        MetricsController,
      ],
      providers: [
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }
}
