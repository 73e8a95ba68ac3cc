import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CLOCK, systemClock } from './clock.js';
import { PROJECT_COMMAND_HANDLERS } from './commands/handlers.js';
import { ProjectAccess } from './project-access.js';
import { ProjectCommandService } from './project-command.service.js';
import { ProjectRepository } from './project.repository.js';
import { ProjectionHost } from './read-models/projection-host.js';
import { ReadModelPositions } from './read-models/read-model-positions.js';
import { PROJECT_QUERY_HANDLERS } from './queries/handlers.js';

/** The 业扩报装 use cases: one command or query handler each, over the EventStore port (provided by StoresModule). */
@Module({
  imports: [CqrsModule],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    ProjectRepository,
    ProjectAccess,
    ProjectCommandService,
    ProjectionHost,
    ReadModelPositions,
    ...PROJECT_COMMAND_HANDLERS,
    ...PROJECT_QUERY_HANDLERS,
  ],
  exports: [ReadModelPositions, ProjectionHost],
})
export class ConnectionProjectsModule {}
