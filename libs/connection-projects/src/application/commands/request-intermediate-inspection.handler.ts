import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestIntermediateInspection } from '../../domain/index.js';
import type { CommandAnswer, CommandMeta } from '../command-meta.js';
import { ProjectCommandService } from '../project-command.service.js';

/** 中间检查申请 (SPEC §3.13) */
export class RequestIntermediateInspectionCommand extends Command<CommandAnswer> {
  constructor(
    readonly projectId: string,
    readonly body: Omit<RequestIntermediateInspection, 'type' | 'projectId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(RequestIntermediateInspectionCommand)
export class RequestIntermediateInspectionHandler implements ICommandHandler<RequestIntermediateInspectionCommand> {
  constructor(private readonly projects: ProjectCommandService) {}

  execute({ projectId, body, meta }: RequestIntermediateInspectionCommand): Promise<CommandAnswer> {
    return this.projects.handle({ type: 'RequestIntermediateInspection', projectId, ...body }, meta);
  }
}
