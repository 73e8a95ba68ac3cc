import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RecordSiteSurvey } from '../../domain/index.js';
import type { CommandAnswer, CommandMeta } from '../command-meta.js';
import { ProjectCommandService } from '../project-command.service.js';

/** 现场勘察 (SPEC §3.2) */
export class RecordSiteSurveyCommand extends Command<CommandAnswer> {
  constructor(
    readonly projectId: string,
    readonly body: Omit<RecordSiteSurvey, 'type' | 'projectId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(RecordSiteSurveyCommand)
export class RecordSiteSurveyHandler implements ICommandHandler<RecordSiteSurveyCommand> {
  constructor(private readonly projects: ProjectCommandService) {}

  execute({ projectId, body, meta }: RecordSiteSurveyCommand): Promise<CommandAnswer> {
    return this.projects.handle({ type: 'RecordSiteSurvey', projectId, ...body }, meta);
  }
}
