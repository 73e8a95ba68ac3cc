import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CancelProject } from '../../domain/index.js';
import type { CommandAnswer, CommandMeta } from '../command-meta.js';
import { ProjectCommandService } from '../project-command.service.js';

/** 撤销 (SPEC §3.12) */
export class CancelProjectCommand extends Command<CommandAnswer> {
  constructor(
    readonly projectId: string,
    readonly body: Omit<CancelProject, 'type' | 'projectId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(CancelProjectCommand)
export class CancelProjectHandler implements ICommandHandler<CancelProjectCommand> {
  constructor(private readonly projects: ProjectCommandService) {}

  execute({ projectId, body, meta }: CancelProjectCommand): Promise<CommandAnswer> {
    return this.projects.handle({ type: 'CancelProject', projectId, ...body }, meta);
  }
}
