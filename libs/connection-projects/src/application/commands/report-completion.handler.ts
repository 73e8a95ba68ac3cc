import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ReportCompletion } from '../../domain/index.js';
import type { CommandAnswer, CommandMeta } from '../command-meta.js';
import { ProjectCommandService } from '../project-command.service.js';

/** 竣工报告 (SPEC §3.7) */
export class ReportCompletionCommand extends Command<CommandAnswer> {
  constructor(
    readonly projectId: string,
    readonly body: Omit<ReportCompletion, 'type' | 'projectId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(ReportCompletionCommand)
export class ReportCompletionHandler implements ICommandHandler<ReportCompletionCommand> {
  constructor(private readonly projects: ProjectCommandService) {}

  execute({ projectId, body, meta }: ReportCompletionCommand): Promise<CommandAnswer> {
    return this.projects.handle({ type: 'ReportCompletion', projectId, ...body }, meta);
  }
}
